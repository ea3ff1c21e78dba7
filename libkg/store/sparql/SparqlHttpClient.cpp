#include "SparqlHttpClient.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <future>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace tinyml::store {
namespace {

const char *const kAuthTried = "tinyml-auth-tried";

QString shown(const QUrl &url)
{
    const QString text = url.toString(QUrl::RemoveUserInfo);
    return text.size() > 200 ? text.left(197) + QStringLiteral("…") : text;
}

QString normalisedFingerprint(QString text)
{
    text.remove(QLatin1Char(':'));
    text.remove(QLatin1Char(' '));
    return text.toUpper();
}

QString httpProblem(int status, const QString &reason, const HttpReply &reply, const SparqlEndpoint &endpoint)
{
    const QString message = serverMessage(reply.body, reply.contentType);
    const QString said = message.isEmpty() ? QString() : QStringLiteral(": %1").arg(message);
    if (status == 401) {
        return endpoint.auth == SparqlEndpoint::Auth::None
            ? QStringLiteral("the server asks for credentials (HTTP 401)")
            : QStringLiteral("the server refused the credentials (HTTP 401)");
    }
    if (status == 403)
        return QStringLiteral("the server does not allow this (HTTP 403)%1").arg(said);
    return QStringLiteral("the server answered HTTP %1%2%3")
        .arg(status)
        .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, said);
}

} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

// One request as the network thread runs it; the caller waits for `done`.
struct SparqlHttpClient::Exchange {
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
    HttpReply answer;
    QString stopped; // why the request was stopped: a timeout, a cancellation, a refused certificate
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QString reason;
    std::promise<void> done;
};

SparqlHttpClient::SparqlHttpClient(SparqlEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    m_thread.setObjectName(QStringLiteral("SPARQL HTTP"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SparqlHttpClient::~SparqlHttpClient()
{
    // The network objects are deleted on their own thread, then the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [this]() {
            m_network.reset();
            delete m_context;
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

QString SparqlHttpClient::refusedCertificate() const
{
    QMutexLocker lock(&m_mutex);
    return m_refusedCertificate;
}

std::optional<HttpReply> SparqlHttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                                const QByteArray &contentType, const QByteArray &accept, QString *error,
                                                int *failedStatus)
{
    if (failedStatus)
        *failedStatus = 0;
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), shown(url));
    if (isCancelled()) {
        *error = QStringLiteral("%1: cancelled").arg(where);
        return std::nullopt;
    }
    Exchange exchange;
    exchange.verb = verb;
    exchange.body = body;
    exchange.request = QNetworkRequest(url);
    QNetworkRequest &request = exchange.request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (m_endpoint.auth == SparqlEndpoint::Auth::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.secret.toUtf8());

    // The caller's thread only waits: running an event loop here would let the caller's other
    // queued work (closing the store, for one) run in the middle of this call.
    std::future<void> finished = exchange.done.get_future();
    QMetaObject::invokeMethod(
        m_context, [this, &exchange]() { start(&exchange); }, Qt::QueuedConnection);
    finished.wait();

    const HttpReply &answer = exchange.answer;
    if (!exchange.stopped.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(where, exchange.stopped);
        return std::nullopt;
    }
    if (answer.status >= 200 && answer.status < 300 && exchange.networkError == QNetworkReply::NoError)
        return answer;
    if (answer.status >= 300) {
        if (failedStatus)
            *failedStatus = answer.status;
        *error = QStringLiteral("%1: %2").arg(where, httpProblem(answer.status, exchange.reason, answer, m_endpoint));
    } else if (answer.status != 0) {
        *error = QStringLiteral("%1: the connection broke off: %2").arg(where, exchange.errorString);
    } else if (exchange.networkError == QNetworkReply::ConnectionRefusedError
               || exchange.networkError == QNetworkReply::HostNotFoundError
               || exchange.networkError == QNetworkReply::TimeoutError) {
        *error = QStringLiteral("%1: cannot reach the server: %2").arg(where, exchange.errorString);
    } else {
        *error = QStringLiteral("%1: the connection broke off: %2").arg(where, exchange.errorString);
    }
    return std::nullopt;
}

void SparqlHttpClient::start(Exchange *exchange)
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        QObject::connect(m_network.get(), &QNetworkAccessManager::authenticationRequired,
                         [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                             // Answering the challenge once per request: a second challenge means
                             // the credentials were refused, and the request ends with 401.
                             if (m_endpoint.auth != SparqlEndpoint::Auth::Password
                                 || reply->property(kAuthTried).toBool())
                                 return;
                             reply->setProperty(kAuthTried, true);
                             authenticator->setUser(m_endpoint.user);
                             authenticator->setPassword(m_endpoint.secret);
                         });
    }
    QNetworkReply *reply = exchange->verb == "GET"
        ? m_network->get(exchange->request)
        : m_network->sendCustomRequest(exchange->request, exchange->verb, exchange->body);
    struct Clocks {
        QElapsedTimer sinceStart;
        QElapsedTimer sinceActivity;
    };
    auto clocks = std::make_shared<Clocks>();
    clocks->sinceStart.start();
    clocks->sinceActivity.start();
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [clocks]() { clocks->sinceActivity.restart(); });
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [clocks]() { clocks->sinceActivity.restart(); });
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, exchange](const QList<QSslError> &errors) {
        QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        if (certificate.isNull())
            certificate = reply->sslConfiguration().peerCertificate();
        const QString fingerprint = certificateFingerprint(certificate.toDer());
        if (!m_endpoint.pinnedCertificate.isEmpty()
            && normalisedFingerprint(m_endpoint.pinnedCertificate) == normalisedFingerprint(fingerprint)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_refusedCertificate = fingerprint;
        }
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        exchange->stopped =
            QStringLiteral("the server's certificate is not trusted (%1); its SHA-256 fingerprint is %2, "
                           "pin it to trust this certificate")
                .arg(texts.join(QStringLiteral("; ")), fingerprint);
    });
#endif
    auto *watchdog = new QTimer(reply);
    watchdog->setInterval(50);
    QObject::connect(watchdog, &QTimer::timeout, reply, [this, reply, exchange, clocks]() {
        QueryControl *control = m_queryControl;
        const QueryControl::Ending ending = control ? control->ending() : QueryControl::Ending::None;
        if (isCancelled())
            exchange->stopped = QStringLiteral("cancelled");
        else if (ending != QueryControl::Ending::None)
            exchange->stopped = control->end(ending);
        else if (clocks->sinceActivity.elapsed() > m_endpoint.inactivityTimeoutMs)
            exchange->stopped = QStringLiteral("the server sent nothing for %1 s (timed out)")
                                    .arg(m_endpoint.inactivityTimeoutMs / 1000.0);
        else if (clocks->sinceStart.elapsed() > m_endpoint.requestTimeoutMs)
            exchange->stopped = QStringLiteral("the request took longer than %1 s (timed out)")
                                    .arg(m_endpoint.requestTimeoutMs / 1000.0);
        else
            return;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, exchange]() {
        HttpReply &answer = exchange->answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.contentType =
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().split(';').first().trimmed().toLower();
        answer.headers = reply->rawHeaderPairs();
        exchange->networkError = reply->error();
        exchange->errorString = reply->errorString();
        exchange->reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        reply->deleteLater();
        exchange->done.set_value();
    });
    watchdog->start();
}

QString serverMessage(const QByteArray &body, const QByteArray &contentType)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    if (contentType.contains("html")) {
        static const QRegularExpression hidden(QStringLiteral("<(script|style|head)[^>]*>.*?</\\1>"),
                                               QRegularExpression::CaseInsensitiveOption
                                                   | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression breaks(QStringLiteral("<(br|/p|/h\\d|/div|/pre|/title)[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
        text.remove(hidden);
        text.replace(breaks, QStringLiteral("\n"));
        text.remove(tags);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.simplified();
        if (!trimmed.isEmpty())
            lines << trimmed;
        if (lines.size() == 6)
            break;
    }
    QString message = lines.join(QLatin1Char(' '));
    if (message.size() > 600)
        message = message.left(597) + QStringLiteral("…");
    return message;
}

} // namespace tinyml::store
