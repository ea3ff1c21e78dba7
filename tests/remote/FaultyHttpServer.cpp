#include "FaultyHttpServer.h"

#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace tinyml::test {

class FaultyHttpServer::Worker : public QObject
{
public:
    Worker(FaultyHttpServer &owner, const QByteArray &response, int targetPort, qint64 cutAfter,
           const QByteArray &certificate, const QByteArray &privateKey)
        : m_owner(owner), m_response(response), m_targetPort(targetPort), m_cutAfter(cutAfter)
    {
        if (certificate.isEmpty()) {
            m_server = new QTcpServer(this);
        } else {
            auto *tls = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(QSslCertificate(certificate));
            configuration.setPrivateKey(QSslKey(privateKey, QSsl::Rsa));
            tls->setSslConfiguration(configuration);
            // A TLS connection is pending once its handshake is done.
            connect(tls, &QSslServer::pendingConnectionAvailable, this, &Worker::accept);
            m_server = tls;
        }
        connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
    }

    void requireAuthorization(const QByteArray &authorization, const QByteArray &challenge)
    {
        m_authorization = authorization;
        m_challenge = challenge;
    }

    int listen()
    {
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on loopback: %s", qPrintable(m_server->errorString()));
        return m_server->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_owner.m_connections;
            m_sockets << client;
            if (m_owner.m_cut) {
                client->abort();
                client->deleteLater();
            } else if (m_targetPort) {
                proxy(client);
            } else {
                connect(client, &QTcpSocket::readyRead, client, [this, client]() { answer(client); });
            }
        }
    }

    // Answers once the request's headers are in; the body (if any) does not matter.
    void answer(QTcpSocket *client)
    {
        if (m_owner.m_silent || m_response.isEmpty() || client->property("answered").toBool()
            || !client->peek(1 << 20).contains("\r\n\r\n")) {
            if (m_owner.m_silent || m_response.isEmpty())
                client->readAll();
            return;
        }
        client->setProperty("answered", true);
        const QByteArray request = client->readAll();
        const bool authorized = m_authorization.isEmpty()
            || request.contains("\r\nAuthorization: " + m_authorization + "\r\n")
            || request.contains("\r\nauthorization: " + m_authorization + "\r\n");
        client->write(authorized ? m_response
                                 : "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: " + m_challenge
                              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    }

    void proxy(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        m_sockets << upstream;
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_targetPort));
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream]() { forward(client, upstream); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream]() { forward(upstream, client); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    }

    void forward(QTcpSocket *from, QTcpSocket *to)
    {
        const QByteArray bytes = from->readAll();
        to->write(bytes.left(std::max<qint64>(0, m_cutAfter - m_forwarded)));
        m_forwarded += bytes.size();
        if (m_forwarded <= m_cutAfter)
            return;
        m_owner.m_cut = true;
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    FaultyHttpServer &m_owner;
    QTcpServer *m_server = nullptr;
    QByteArray m_response;
    QByteArray m_authorization;
    QByteArray m_challenge;
    int m_targetPort = 0;
    qint64 m_cutAfter = 0;
    qint64 m_forwarded = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

FaultyHttpServer::FaultyHttpServer(const QByteArray &response, int targetPort, qint64 cutAfter,
                                   const QByteArray &certificate, const QByteArray &privateKey)
{
    m_worker = new Worker(*this, response, targetPort, cutAfter, certificate, privateKey);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FaultyHttpServer::~FaultyHttpServer()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            delete m_worker;
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void FaultyHttpServer::requireAuthorization(const QByteArray &authorization, const QByteArray &challenge)
{
    QMetaObject::invokeMethod(
        m_worker, [this, authorization, challenge]() { m_worker->requireAuthorization(authorization, challenge); },
        Qt::BlockingQueuedConnection);
}

std::unique_ptr<FaultyHttpServer> FaultyHttpServer::silent()
{
    return std::unique_ptr<FaultyHttpServer>(new FaultyHttpServer({}, 0, 0));
}

std::unique_ptr<FaultyHttpServer> FaultyHttpServer::answering(const QByteArray &response)
{
    return std::unique_ptr<FaultyHttpServer>(new FaultyHttpServer(response, 0, 0));
}

std::unique_ptr<FaultyHttpServer> FaultyHttpServer::answeringOverTls(const QByteArray &response,
                                                                     const QByteArray &certificate,
                                                                     const QByteArray &privateKey)
{
    return std::unique_ptr<FaultyHttpServer>(new FaultyHttpServer(response, 0, 0, certificate, privateKey));
}

std::unique_ptr<FaultyHttpServer> FaultyHttpServer::cuttingProxy(int port, qint64 cutAfter)
{
    return std::unique_ptr<FaultyHttpServer>(new FaultyHttpServer({}, port, cutAfter));
}

} // namespace tinyml::test
