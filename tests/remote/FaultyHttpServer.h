// Faults no real SPARQL server produces on demand, on a loopback port: an answer that never
// comes, a canned answer (a malformed result document, an error page), and a proxy to a real
// server that cuts every connection once a number of bytes went through (either way). It serves
// from a thread of its own, since a store's call blocks the thread that makes it.
#pragma once

#include <QByteArray>
#include <QThread>

#include <atomic>
#include <memory>

namespace tinyml::test {

class FaultyHttpServer
{
public:
    // Reads requests and never answers.
    static std::unique_ptr<FaultyHttpServer> silent();
    // Answers every request with these bytes (status line, headers and body) and closes.
    static std::unique_ptr<FaultyHttpServer> answering(const QByteArray &response);
    // The same over TLS, with this certificate and private key (PEM).
    static std::unique_ptr<FaultyHttpServer> answeringOverTls(const QByteArray &response, const QByteArray &certificate,
                                                              const QByteArray &privateKey);
    // Forwards to 127.0.0.1:`port` until `cutAfter` bytes have gone through in all (requests and
    // answers); then closes every connection, and refuses new ones.
    static std::unique_ptr<FaultyHttpServer> cuttingProxy(int port, qint64 cutAfter);
    ~FaultyHttpServer();

    // From now on, requests get no answer.
    void goSilent() { m_silent = true; }
    // From now on, a request without this Authorization header value is answered 401 with this
    // WWW-Authenticate challenge (set before the first request).
    void requireAuthorization(const QByteArray &authorization, const QByteArray &challenge);

    int port() const { return m_port; }
    bool hasCut() const { return m_cut; }
    int connectionsSeen() const { return m_connections; }

private:
    class Worker;
    FaultyHttpServer(const QByteArray &response, int targetPort, qint64 cutAfter, const QByteArray &certificate = {},
                     const QByteArray &privateKey = {});

    QThread m_thread;
    Worker *m_worker = nullptr;
    int m_port = 0;
    std::atomic_bool m_silent{false};
    std::atomic_bool m_cut{false};
    std::atomic_int m_connections{0};
};

} // namespace tinyml::test
