#include "ServerController.h"

#include "kg/GraphSync.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/UserPrompts.h"
#include "server/ServerDialog.h"
#include "server/ServerSecrets.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "widgets/WorkProgress.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>
#include <QUndoStack>

#include <memory>

namespace tinyml::gui {

ServerController::ServerController(MainWindow *window) : QObject(window), m_window(window) { }

store::SparqlEndpoint ServerController::lastServer() const
{
    if (!m_server.queryUrl.isEmpty())
        return m_server;
    const auto saved = kg::GraphLocation::parse(settings::serverLocator.value());
    return saved.isServer() && saved.problem().isEmpty() ? saved.endpoint() : store::SparqlEndpoint();
}

void ServerController::openServer(const store::SparqlEndpoint &endpoint)
{
    m_server = endpoint;
    m_window->storeLabel()->setText(tr("Connecting to %1…").arg(endpoint.description()));
    m_window->undoStack()->clear(); // its steps belong to the store being closed
    m_window->session()->open(kg::GraphLocation::server(endpoint));
}

void ServerController::chooseServer()
{
    ServerDialog dialog(lastServer(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        withSecret(dialog.endpoint(), dialog.rememberSecret(),
                   [this](const store::SparqlEndpoint &endpoint) { openServer(endpoint); });
}

void ServerController::chooseServerToPush()
{
    ServerDialog dialog(lastServer(), m_window);
    dialog.setWindowTitle(tr("Push to SPARQL server"));
    if (dialog.exec() == QDialog::Accepted)
        withSecret(dialog.endpoint(), dialog.rememberSecret(),
                   [this](const store::SparqlEndpoint &endpoint) { pushToServer(endpoint); });
}

void ServerController::withSecret(store::SparqlEndpoint endpoint, bool remember,
                                  std::function<void(const store::SparqlEndpoint &)> use)
{
    if (endpoint.auth == store::SparqlEndpoint::Auth::None) {
        use(endpoint);
        return;
    }
    const QString key = secretKey(endpoint);
    if (!endpoint.secret.isEmpty()) {
        if (remember) {
            writeSecret(key, endpoint.secret, this, [this](const QString &error) {
                if (!error.isEmpty())
                    m_window->report(
                        false,
                        tr("The password was not saved in the keyring (%1); it is used for this session only.")
                            .arg(error));
            });
        }
        use(endpoint);
        return;
    }
    readSecret(key, this, [this, endpoint, use = std::move(use)](const QString &secret, const QString &error) mutable {
        if (secret.isEmpty()) {
            m_window->report(
                false,
                error.isEmpty()
                    ? tr("No password or token for %1 in the keyring: enter it in the connection dialog.")
                          .arg(endpoint.description())
                    : tr("The keyring could not be read (%1): enter the password or token in the connection dialog.")
                          .arg(error));
            return;
        }
        endpoint.secret = secret;
        use(endpoint);
    });
}

void ServerController::pushToServer(const store::SparqlEndpoint &endpoint)
{
    const WorkProgress progress(m_window, tr("Pushing the knowledge graph to %1…").arg(endpoint.description()),
                                tr("Stop pushing"), 0);
    m_server = endpoint;
    m_window->session()->run<QString>(
        this,
        [this, endpoint, progress](kg::KnowledgeGraph &graph) {
            QString error;
            auto server = store::SparqlStore::connect(endpoint, &error, progress.cancelFlag());
            const bool pushed =
                server && kg::pushGraph(graph.store(), *server, &error, [this, progress](qint64 sent, qint64 total) {
                    progress.setMaximum(this, int(std::min<qint64>(total, INT_MAX)));
                    progress.advance(this, int(std::min<qint64>(sent, INT_MAX)));
                });
            return pushed ? QString() : error;
        },
        [this, progress, endpoint](const QString &error) {
            progress.finish(); // before the message box of a failure
            if (error.isEmpty())
                m_window->report(true, tr("The knowledge graph was pushed to %1.").arg(endpoint.description()));
            else
                m_window->report(
                    false,
                    tr("Nothing was pushed to %1; its graph is as it was: %2").arg(endpoint.description(), error));
        });
}

void ServerController::serverFailed(const QString &error)
{
    m_window->report(false, tr("The server %1 could not be opened: %2").arg(m_server.description(), error));
    static const QRegularExpression refused(QStringLiteral("fingerprint is ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    const QString fingerprint = refused.match(error).captured(1);
    if (fingerprint.isEmpty())
        return;
    if (!m_window->prompts()->acceptRisk(
            m_window, tr("Untrusted certificate"),
            tr("The server's certificate is not trusted:\n\n%1\n\nTrust this certificate from now on? Compare its "
               "SHA-256 fingerprint with the one the server's administrator gives you:\n%2")
                .arg(error, fingerprint)))
        return;
    store::SparqlEndpoint pinned = m_server;
    pinned.pinnedCertificate = fingerprint;
    settings::serverLocator.setValue(pinned.locator());
    openServer(pinned);
}

} // namespace tinyml::gui
