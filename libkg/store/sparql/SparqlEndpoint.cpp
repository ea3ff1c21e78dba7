#include "SparqlEndpoint.h"

#include "rdf/RdfTerm.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace tinyml::store {
namespace {

const QString kPrefix = QStringLiteral("sparql+");

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

} // namespace

bool SparqlEndpoint::isLocator(const QString &text)
{
    return text.startsWith(QLatin1String("sparql+http://")) || text.startsWith(QLatin1String("sparql+https://"));
}

std::optional<SparqlEndpoint> SparqlEndpoint::fromLocator(const QString &locator, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!isLocator(locator)) {
        *error = QStringLiteral("%1: not a SPARQL store locator (sparql+http://… or sparql+https://…)").arg(locator);
        return std::nullopt;
    }
    const QUrl url(locator.mid(kPrefix.size()), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("%1: not a valid URL").arg(locator);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    SparqlEndpoint endpoint;
    endpoint.queryUrl = withPath(url, url.path().isEmpty() ? QStringLiteral("/sparql") : url.path());
    const QString update = query.queryItemValue(QStringLiteral("update"), QUrl::FullyDecoded);
    endpoint.updateUrl = update.isEmpty() ? endpoint.queryUrl : withPath(url, update);
    const QString data = query.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded);
    if (!data.isEmpty())
        endpoint.graphStoreUrl = withPath(url, data);
    endpoint.graph = query.queryItemValue(QStringLiteral("graph"), QUrl::FullyDecoded);
    endpoint.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    endpoint.pinnedCertificate = query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded);
    const QString auth = query.queryItemValue(QStringLiteral("auth"));
    if (auth == QLatin1String("bearer"))
        endpoint.auth = Auth::Bearer;
    else if (auth == QLatin1String("password") || (auth.isEmpty() && !endpoint.user.isEmpty()))
        endpoint.auth = Auth::Password;
    else if (!auth.isEmpty() && auth != QLatin1String("none")) {
        *error = QStringLiteral("%1: unknown auth '%2' (password, bearer or none)").arg(locator, auth);
        return std::nullopt;
    }
    for (const auto &item : query.queryItems()) {
        static const QStringList known{QStringLiteral("graph"), QStringLiteral("update"), QStringLiteral("data"),
                                       QStringLiteral("user"),  QStringLiteral("auth"),   QStringLiteral("pin")};
        if (!known.contains(item.first)) {
            *error = QStringLiteral("%1: unknown parameter '%2' (graph, update, data, user, auth, pin)")
                         .arg(locator, item.first);
            return std::nullopt;
        }
    }
    QString problem;
    if (!endpoint.isValid(&problem)) {
        *error = QStringLiteral("%1: %2").arg(locator, problem);
        return std::nullopt;
    }
    return endpoint;
}

bool SparqlEndpoint::isValid(QString *error) const
{
    for (const QUrl &url : {queryUrl, updateUrl}) {
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            *error = QStringLiteral("'%1' is not an http or https URL").arg(url.toString());
            return false;
        }
    }
    if (!graphStoreUrl.isEmpty() && (!graphStoreUrl.isValid() || graphStoreUrl.host().isEmpty())) {
        *error = QStringLiteral("'%1' is not an http or https URL").arg(graphStoreUrl.toString());
        return false;
    }
    if (graph.isEmpty() || rdf::iriFromText(graph) != graph) {
        *error = graph.isEmpty()
            ? QStringLiteral("no graph given (graph=IRI names the graph that holds the knowledge graph)")
            : QStringLiteral("the graph '%1' is not an absolute IRI").arg(graph);
        return false;
    }
    if (auth != Auth::None && auth != Auth::Bearer && user.isEmpty()) {
        *error = QStringLiteral("a password needs a user name");
        return false;
    }
    return true;
}

QString SparqlEndpoint::locator() const
{
    QUrl url = queryUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("graph"), QString::fromUtf8(QUrl::toPercentEncoding(graph)));
    if (updateUrl != queryUrl)
        query.addQueryItem(QStringLiteral("update"), updateUrl.path());
    if (!graphStoreUrl.isEmpty())
        query.addQueryItem(QStringLiteral("data"), graphStoreUrl.path());
    if (!user.isEmpty())
        query.addQueryItem(QStringLiteral("user"), QString::fromUtf8(QUrl::toPercentEncoding(user)));
    if (auth == Auth::Bearer)
        query.addQueryItem(QStringLiteral("auth"), QStringLiteral("bearer"));
    if (!pinnedCertificate.isEmpty())
        query.addQueryItem(QStringLiteral("pin"), pinnedCertificate);
    url.setQuery(query);
    return kPrefix + url.toString(QUrl::FullyEncoded);
}

QString SparqlEndpoint::description() const
{
    return QStringLiteral("%1 graph <%2>").arg(queryUrl.toString(QUrl::RemoveUserInfo), graph);
}

QUrl SparqlEndpoint::graphStoreRequestUrl(const QString &name) const
{
    QUrl url = graphStoreUrl;
    QUrlQuery query;
    const bool virtuoso = graphStoreUrl.path().contains(QLatin1String("sparql-graph-crud"));
    query.addQueryItem(virtuoso ? QStringLiteral("graph-uri") : QStringLiteral("graph"),
                       QString::fromUtf8(QUrl::toPercentEncoding(name)));
    url.setQuery(query);
    return url;
}

QString certificateFingerprint(const QByteArray &der)
{
    const QByteArray hex = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

} // namespace tinyml::store
