#include "SparqlStore.h"

#include "SparqlHttpClient.h"
#include "SparqlResults.h"
#include "SparqlUpdates.h"
#include "store/redland/RedlandStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace tinyml::store {
namespace {

// Triples per Graph Store upload of a staged transfer, and per page of a graph read by queries.
constexpr qsizetype kUploadTriples = 100000;
constexpr qsizetype kPageTriples = 5000;

const QByteArray kResultsAccept = "application/sparql-results+json, application/sparql-results+xml;q=0.9";
const QByteArray kTriplesAccept = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8";
const QByteArray kFormType = "application/x-www-form-urlencoded";

enum class QueryForm { Select, Ask, Construct, Describe, Unknown };

// The query form is the first of its four keywords after the prologue; IRIs and comments of the
// prologue are taken out first, since either may contain one of the words.
QueryForm queryForm(const QString &sparql)
{
    static const QRegularExpression iris(QStringLiteral("<[^<>\"{}|^`\\\\\\s]*>"));
    static const QRegularExpression comments(QStringLiteral("#[^\\n]*"));
    static const QRegularExpression keyword(QStringLiteral("\\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString text = sparql;
    text.remove(iris).remove(comments);
    const QString word = keyword.match(text).captured(1).toUpper();
    if (word == QLatin1String("SELECT"))
        return QueryForm::Select;
    if (word == QLatin1String("ASK"))
        return QueryForm::Ask;
    if (word == QLatin1String("CONSTRUCT"))
        return QueryForm::Construct;
    if (word == QLatin1String("DESCRIBE"))
        return QueryForm::Describe;
    return QueryForm::Unknown;
}

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

// Statements about blank nodes go first and in one piece: a blank node label means one node only
// within one upload.
QList<QList<RdfTriple>> uploadChunks(const QList<RdfTriple> &triples)
{
    QList<RdfTriple> blank;
    QList<RdfTriple> rest;
    for (const RdfTriple &t : triples)
        (mentionsBlankNode(t) ? blank : rest) << t;
    QList<QList<RdfTriple>> chunks;
    QList<RdfTriple> current = blank;
    for (const RdfTriple &t : rest) {
        if (current.size() >= kUploadTriples) {
            chunks << current;
            current.clear();
        }
        current << t;
    }
    if (!current.isEmpty())
        chunks << current;
    return chunks;
}

qsizetype distinctCount(const QList<RdfTriple> &triples)
{
    return QSet<RdfTriple>(triples.begin(), triples.end()).size();
}

} // namespace

SparqlStore::SparqlStore(const SparqlEndpoint &endpoint) : m_http(std::make_unique<SparqlHttpClient>(endpoint)) { }

SparqlStore::~SparqlStore() = default;

std::unique_ptr<SparqlStore> SparqlStore::connect(const SparqlEndpoint &endpoint, QString *error,
                                                  const std::atomic_bool *cancel)
{
    QString problem;
    if (!endpoint.isValid(&problem)) {
        *error = QStringLiteral("%1: %2").arg(endpoint.description(), problem);
        return nullptr;
    }
    std::unique_ptr<SparqlStore> store(new SparqlStore(endpoint));
    store->m_http->setCancelFlag(cancel);
    const auto answer = store->query(QStringLiteral("ASK { }"), error);
    if (!answer)
        return nullptr;
    if (answer->kind != QueryResult::Kind::Boolean) {
        *error = QStringLiteral("%1: the server did not answer ASK with a boolean; is it a SPARQL endpoint?")
                     .arg(endpoint.description());
        return nullptr;
    }
    return store;
}

const SparqlEndpoint &SparqlStore::endpoint() const
{
    return m_http->endpoint();
}

QString SparqlStore::location() const
{
    return endpoint().locator();
}

void SparqlStore::cancel()
{
    m_http->cancel();
}

void SparqlStore::resetCancel()
{
    m_http->resetCancel();
}

QString SparqlStore::refusedCertificate() const
{
    return m_http->refusedCertificate();
}

std::optional<QueryResult> SparqlStore::query(const QString &sparql, QString *error)
{
    return queryIn(endpoint().graph, sparql, error);
}

std::unique_ptr<StartedQuery> SparqlStore::startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                                      QString *error)
{
    Q_UNUSED(error);
    control->start();
    m_http->setQueryControl(control.get());
    QString problem;
    auto result = query(sparql, &problem);
    m_http->setQueryControl(nullptr);
    return std::make_unique<FinishedQuery>(std::move(result), problem);
}

std::optional<QueryResult> SparqlStore::queryIn(const QString &graph, const QString &sparql, QString *error)
{
    const QueryForm form = queryForm(sparql);
    if (form == QueryForm::Unknown) {
        *error = QStringLiteral("not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
        return std::nullopt;
    }
    const bool graphForm = form == QueryForm::Construct || form == QueryForm::Describe;
    const QByteArray body = formField("query", sparql) + '&' + formField("default-graph-uri", graph);
    const auto reply =
        m_http->send("POST", endpoint().queryUrl, body, kFormType, graphForm ? kTriplesAccept : kResultsAccept, error);
    if (!reply)
        return std::nullopt;
    const QString where = endpoint().queryUrl.toString(QUrl::RemoveUserInfo);
    // Virtuoso answers a query it stopped at its row or time limit with 200 and these headers.
    const QByteArray maxRows = reply->header("X-SPARQL-MaxRows");
    const QByteArray sqlState = reply->header("X-SQL-State");
    if (!maxRows.isEmpty() || sqlState == "S1TAT") {
        const QString why = !maxRows.isEmpty()
            ? QStringLiteral("it reached the server's limit of %1 rows").arg(QString::fromLatin1(maxRows))
            : QStringLiteral("the server stopped at its time limit: %1")
                  .arg(QString::fromUtf8(reply->header("X-SQL-Message")));
        *error = QStringLiteral("%1: the answer may be only part of the result (%2), so it is not shown; "
                                "narrow the query or raise the server's limit")
                     .arg(where, why);
        return std::nullopt;
    }
    QString problem;
    std::optional<QueryResult> result;
    const QByteArray &type = reply->contentType;
    if (type == "application/sparql-results+json" || (type == "application/json" && !graphForm)) {
        result = parseSparqlJson(reply->body, &problem);
    } else if (type == "application/sparql-results+xml" || (type == "application/xml" && !graphForm)) {
        result = parseSparqlXml(reply->body, &problem);
    } else if (graphForm && (type == "application/n-triples" || type == "text/plain" || type == "text/turtle")) {
        const auto triples = rdf::parseRdf(reply->body, type == "text/turtle" ? RdfFormat::Turtle : RdfFormat::NTriples,
                                           where, &problem);
        if (triples) {
            result = QueryResult{};
            result->kind = QueryResult::Kind::Graph;
            result->triples = *triples;
        }
    } else {
        problem = QStringLiteral("the server answered with '%1', which is not a SPARQL result format asked for")
                      .arg(QString::fromLatin1(type.isEmpty() ? QByteArray("no content type") : type));
    }
    if (!result) {
        *error = problem.startsWith(where) ? problem : QStringLiteral("%1: %2").arg(where, problem);
        return std::nullopt;
    }
    if (graphForm != (result->kind == QueryResult::Kind::Graph)) {
        *error = QStringLiteral("%1: the server answered a %2 query with the wrong kind of result")
                     .arg(where, graphForm ? QStringLiteral("CONSTRUCT or DESCRIBE") : QStringLiteral("SELECT or ASK"));
        return std::nullopt;
    }
    return result;
}

qint64 SparqlStore::tripleCount()
{
    QString error;
    return countIn(endpoint().graph, &error).value_or(-1);
}

bool SparqlStore::update(const QString &request, QString *error)
{
    return m_http->send("POST", endpoint().updateUrl, formField("update", request), kFormType, "*/*", error)
        .has_value();
}

bool SparqlStore::updateIdempotent(const QString &request, QString *error)
{
    for (int attempt = 1;; ++attempt) {
        if (update(request, error))
            return true;
        if (attempt == 3 || !error->contains(QLatin1String("Transaction timed out")))
            return false;
        QThread::sleep(attempt); // the locks of the upload before are let go within seconds
    }
}

bool SparqlStore::commit(const ChangeSet &changes, QString *error)
{
    if (const QString problem = changes.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (changes.isEmpty())
        return true;
    const QString graph = endpoint().graph;
    const bool blankAdditions = std::any_of(changes.additions.begin(), changes.additions.end(), mentionsBlankNode);
    const bool small = changes.removals.size() + changes.additions.size() <= kTriplesPerUpdate;
    // A small change is one Update request, which the server applies whole. A larger one would
    // take several, so its additions and plain removals are staged first and the last request
    // applies them together; so are blank nodes when the server takes uploads (its bulk path).
    if (small && !(blankAdditions && !endpoint().graphStoreUrl.isEmpty()))
        return update(
            joinOperations(deleteOperations(graph, changes.removals) + insertOperations(graph, changes.additions)),
            error);
    QList<RdfTriple> plainRemovals;
    QList<RdfTriple> blankRemovals;
    for (const RdfTriple &t : changes.removals)
        (mentionsBlankNode(t) ? blankRemovals : plainRemovals) << t;
    return stageAndApply({plainRemovals, changes.additions},
                         [&](const QStringList &staging) {
                             QList<UpdateOperation> operations = deleteOperations(graph, blankRemovals);
                             operations << UpdateOperation{
                                 QStringLiteral("DELETE { GRAPH %1 { ?s ?p ?o } } WHERE { GRAPH %2 { ?s ?p ?o } }")
                                     .arg(iriRef(graph), iriRef(staging.at(0))),
                                 0};
                             operations << UpdateOperation{
                                 QStringLiteral("ADD SILENT %1 TO %2").arg(iriRef(staging.at(1)), iriRef(graph)), 0};
                             return joinOperations(operations);
                         },
                         error, {});
}

bool SparqlStore::stage(const QString &staging, const QList<RdfTriple> &triples, QString *error,
                        const Progress &progress)
{
    qint64 sent = 0;
    auto told = [&](qsizetype more) {
        sent += more;
        if (progress)
            progress(sent, triples.size());
    };
    if (endpoint().graphStoreUrl.isEmpty()) {
        const QList<UpdateOperation> operations = insertOperations(staging, triples);
        for (const QString &request : updateRequests(operations)) {
            if (!update(request, error))
                return false;
            told(std::min<qsizetype>(kTriplesPerUpdate, triples.size() - sent));
        }
        return true;
    }
    const auto chunks = uploadChunks(triples);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const auto sentOk = m_http->send(i == 0 ? "PUT" : "POST", endpoint().graphStoreRequestUrl(staging),
                                         ntriples(chunks.at(i)).toUtf8(), "text/turtle", "*/*", error);
        if (!sentOk)
            return false;
        told(chunks.at(i).size());
    }
    return true;
}

bool SparqlStore::stageAndApply(const QList<QList<RdfTriple>> &sets,
                                const std::function<QString(const QStringList &)> &apply, QString *error,
                                const Progress &progress)
{
    QStringList staging;
    bool done = true;
    for (const QList<RdfTriple> &triples : sets) {
        staging << endpoint().graph + QStringLiteral("-staging-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!done || triples.isEmpty())
            continue;
        done = stage(staging.last(), triples, error, progress);
        const qsizetype expected = distinctCount(triples);
        const auto counted = done ? countIn(staging.last(), error) : std::nullopt;
        if (counted && *counted != expected) {
            *error = QStringLiteral("%1: the server holds %2 of the %3 triples sent; nothing was changed")
                         .arg(endpoint().description())
                         .arg(*counted)
                         .arg(expected);
        }
        done = counted && *counted == expected;
    }
    done = done && updateIdempotent(apply(staging), error);
    for (const QString &graph : staging)
        dropQuietly(graph);
    return done;
}

std::optional<qint64> SparqlStore::countIn(const QString &graph, QString *error)
{
    const auto result = queryIn(graph, QStringLiteral("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), error);
    if (!result)
        return std::nullopt;
    bool ok = false;
    const qint64 count = result->rows.size() == 1 && !result->rows.first().isEmpty()
        ? result->rows.first().first().value().toLongLong(&ok)
        : -1;
    if (!ok) {
        *error = QStringLiteral("%1: the server did not answer a count of the graph <%2>")
                     .arg(endpoint().queryUrl.toString(QUrl::RemoveUserInfo), graph);
        return std::nullopt;
    }
    return count;
}

void SparqlStore::dropQuietly(const QString &graph)
{
    // A staging graph is removed even after a cancellation; when even this fails, the server
    // keeps an orphan under a name that says what it is, and the graph itself is unharmed.
    m_http->setIgnoringCancel(true);
    QString ignored;
    update(QStringLiteral("DROP SILENT GRAPH %1").arg(iriRef(graph)), &ignored);
    m_http->setIgnoringCancel(false);
}

bool SparqlStore::replaceGraph(const QList<RdfTriple> &triples, QString *error, const Progress &progress)
{
    const QString graph = iriRef(endpoint().graph);
    if (triples.isEmpty())
        return update(QStringLiteral("DROP SILENT GRAPH %1").arg(graph), error);
    return stageAndApply(
        {triples},
        [&](const QStringList &staging) { return QStringLiteral("MOVE %1 TO %2").arg(iriRef(staging.first()), graph); },
        error, progress);
}

bool SparqlStore::addTriples(const QList<RdfTriple> &triples, QString *error, const Progress &progress)
{
    if (triples.isEmpty())
        return true;
    const QString graph = iriRef(endpoint().graph);
    return stageAndApply(
        {triples},
        [&](const QStringList &staging) { return QStringLiteral("ADD %1 TO %2").arg(iriRef(staging.first()), graph); },
        error, progress);
}

std::optional<QList<RdfTriple>> SparqlStore::fetchTriples(qint64 expected, QString *error)
{
    if (!endpoint().graphStoreUrl.isEmpty()) {
        const QUrl url = endpoint().graphStoreRequestUrl(endpoint().graph);
        int status = 0;
        const auto reply = m_http->send("GET", url, {}, {}, kTriplesAccept, error, &status);
        // The protocol answers 404 for a graph that does not exist: an empty graph to us.
        if (!reply)
            return status == 404 ? std::optional<QList<RdfTriple>>(QList<RdfTriple>()) : std::nullopt;
        auto triples =
            rdf::parseRdf(reply->body, reply->contentType == "text/turtle" ? RdfFormat::Turtle : RdfFormat::NTriples,
                          url.toString(QUrl::RemoveUserInfo), error);
        // Virtuoso 7.2 sent 101 of a graph's 3,117 triples here: a short answer is read again
        // below, in pages of queries.
        if (!triples || distinctCount(*triples) >= expected)
            return triples;
    }
    // Pages of CONSTRUCT queries. A server may send fewer triples than a page asks for without
    // saying so (Virtuoso sends its row limit plus one): a short page that does not complete the
    // graph shows the limit, and the following pages stay under it.
    QList<RdfTriple> triples;
    qsizetype pageSize = kPageTriples;
    while (triples.size() < expected) {
        const auto page = query(QStringLiteral("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT %1 OFFSET %2")
                                    .arg(pageSize)
                                    .arg(triples.size()),
                                error);
        if (!page)
            return std::nullopt;
        triples << page->triples;
        if (page->triples.isEmpty() || (page->triples.size() < pageSize && page->triples.size() <= 1))
            break;
        if (page->triples.size() < pageSize)
            pageSize = page->triples.size() - 1;
    }
    return triples;
}

std::optional<QList<RdfTriple>> SparqlStore::readGraph(QString *error)
{
    const auto expected = countIn(endpoint().graph, error);
    if (!expected)
        return std::nullopt;
    auto triples = fetchTriples(*expected, error);
    if (!triples)
        return std::nullopt;
    const qsizetype received = distinctCount(*triples);
    if (received != *expected) {
        *error = QStringLiteral("%1: the server sent %2 of the graph's %3 triples (a limit on result sizes, or a "
                                "change while it was read)")
                     .arg(endpoint().description())
                     .arg(received)
                     .arg(*expected);
        return std::nullopt;
    }
    return triples;
}

bool SparqlStore::exportFile(const QString &path, RdfFormat format, QString *error)
{
    const auto triples = readGraph(error);
    if (!triples)
        return false;
    // The embedded store writes the file, so that both backends write the same Turtle.
    auto copy = RedlandStore::createInMemory();
    return copy->commit({{}, *triples}, error) && copy->exportFile(path, format, error);
}

} // namespace tinyml::store
