// The triple store boundary for knowledge-graph tests: a Virtuoso of our own (virtuoso-t, or the
// program TINYML_VIRTUOSO names) with a fresh database, its log and loopback ports in a temporary
// folder, so that tests never see or change the packaged database. It is stopped by PID when the
// object goes.
#pragma once

#include "store/sparql/SparqlEndpoint.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tinyml::test {

class VirtuosoServer
{
public:
    VirtuosoServer() = default;
    ~VirtuosoServer();
    VirtuosoServer(const VirtuosoServer &) = delete;
    VirtuosoServer &operator=(const VirtuosoServer &) = delete;

    // Empty when a server can be started; otherwise why not, for QSKIP.
    static QString unavailableReason();

    // [SPARQL] ResultSetMaxRows for the next start; until called, the packaged value (10000 on
    // Debian) stays, so tests meet the cap that real installations have.
    void setResultSetMaxRows(int rows) { m_resultSetMaxRows = rows; }

    // Starts a server on a new, empty database and waits until its SPARQL endpoint answers; false
    // with *error (ending with the tail of the server's log) when it cannot.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    int httpPort() const { return m_httpPort; }
    QUrl baseUrl() const;
    // Read-only SPARQL; updates need authSparqlUrl().
    QUrl sparqlUrl() const;
    // SPARQL query and update behind HTTP digest authentication as user()/password().
    QUrl authSparqlUrl() const;
    // The SPARQL Graph Store protocol behind the same digest authentication.
    QUrl graphStoreUrl() const;
    // A new, empty graph of this server as its administrator reaches it, through SPARQL Update
    // alone or with the Graph Store protocol as well.
    store::SparqlEndpoint newGraphEndpoint(bool graphStoreProtocol = true) const;
    // A fresh database's administrator.
    QString user() const { return QStringLiteral("dba"); }
    QString password() const { return QStringLiteral("dba"); }

    // What the server wrote to its console, which includes its error log.
    QString log() const;

private:
    bool startOnce(const QString &program, QString *error, bool *portTaken);
    bool writeConfiguration(const QString &path, int sqlPort, QString *error) const;
    bool waitUntilAnswering(QString *error);
    QUrl endpoint(const QString &path) const;

    int m_resultSetMaxRows = -1;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_httpPort = 0;
};

} // namespace tinyml::test
