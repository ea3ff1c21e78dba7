// The main window's work with SPARQL servers, owned by the window: opening a server's graph,
// pushing the open graph to a server, the secrets of both (asked for, or read from the keyring)
// and certificates to trust.
#pragma once

#include "store/sparql/SparqlEndpoint.h"

#include <QObject>

#include <functional>

namespace tinyml::gui {

class MainWindow;

class ServerController : public QObject
{
    Q_OBJECT
public:
    explicit ServerController(MainWindow *window);

    // Opens the graph on a SPARQL server; the endpoint carries its secret.
    void openServer(const store::SparqlEndpoint &endpoint);
    // Copies the open graph to the server's graph (staged there, so a failure changes nothing).
    void pushToServer(const store::SparqlEndpoint &endpoint);
    // Explains a failed connection; offers to trust a certificate the server was refused for.
    void serverFailed(const QString &error);

    // The File menu's actions: each asks for the server first.
    void chooseServer();
    void chooseServerToPush();

private:
    // Calls `use` with the endpoint and its secret: the one typed (saved in the keyring when
    // `remember`), or the keyring's.
    void withSecret(store::SparqlEndpoint endpoint, bool remember,
                    std::function<void(const store::SparqlEndpoint &)> use);
    store::SparqlEndpoint lastServer() const;

    MainWindow *m_window;
    store::SparqlEndpoint m_server; // the server last opened or being opened, with its secret
};

} // namespace tinyml::gui
