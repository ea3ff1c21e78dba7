// Blocking HTTP for the SPARQL store, which (like every TripleStore) is called on one worker
// thread and answers synchronously: requests run on a network thread of the client's own while
// the caller waits, so no event loop runs inside a store call (the caller's other queued work
// cannot run in the middle of one). It authenticates (basic or digest by challenge, or a bearer
// token), refuses TLS errors unless the certificate is the pinned one, gives up on a server that
// stops sending (inactivity) or takes too long over all, and stops on cancel() from any thread.
#pragma once

#include "SparqlEndpoint.h"

#include "store/QueryControl.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tinyml::store {

struct HttpReply {
    int status = 0;
    QByteArray contentType; // without parameters, lower case
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

class SparqlHttpClient
{
public:
    explicit SparqlHttpClient(SparqlEndpoint endpoint);
    ~SparqlHttpClient();

    const SparqlEndpoint &endpoint() const { return m_endpoint; }

    // Sends one request. A 2xx answer is returned; anything else (no connection, TLS refused,
    // 4xx/5xx, timeout, cancellation) is nullopt with *error naming the URL and the problem, with
    // the server's own message when it sent one, and *failedStatus (if given) the HTTP status
    // of a refusal (0 when there was no HTTP answer).
    std::optional<HttpReply> send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                  const QByteArray &contentType, const QByteArray &accept, QString *error,
                                  int *failedStatus = nullptr);

    // Stops the request in progress, and refuses new ones, until resetCancel(). Any thread.
    void cancel() { m_cancelled = true; }
    void resetCancel() { m_cancelled = false; }
    bool isCancelled() const { return !m_ignoringCancel && (m_cancelled || (m_cancelFlag && *m_cancelFlag)); }
    // For clean-up after a cancellation: requests go through while this is set.
    void setIgnoringCancel(bool ignoring) { m_ignoringCancel = ignoring; }
    // A caller's own cancel flag, which works as cancel() while it is set. Set before use.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancelFlag = flag; }
    // While set, the requests in progress end when `control` says so (Stop, its time limit),
    // with its message as the error.
    void setQueryControl(QueryControl *control) { m_queryControl = control; }

    // The fingerprint of the certificate the last TLS error was about, so that a person can
    // compare it and pin it. Any thread.
    QString refusedCertificate() const;

private:
    struct Exchange;
    // On the network thread: sends the request and fills `exchange` when it ends.
    void start(Exchange *exchange);

    SparqlEndpoint m_endpoint;
    QThread m_thread;
    QObject *m_context = nullptr;                     // lives on m_thread
    std::unique_ptr<QNetworkAccessManager> m_network; // made and used on m_thread
    std::atomic_bool m_cancelled{false};
    const std::atomic_bool *m_cancelFlag = nullptr;
    std::atomic<QueryControl *> m_queryControl{nullptr};
    std::atomic_bool m_ignoringCancel{false};
    mutable QMutex m_mutex;
    QString m_refusedCertificate;
};

// The server's own explanation in an error body: the text of a plain or HTML page, trimmed to a
// few lines.
QString serverMessage(const QByteArray &body, const QByteArray &contentType);

} // namespace tinyml::store
