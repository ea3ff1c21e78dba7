// The main window: the three questions and the SPARQL console as tabs, the board catalogue,
// File and Edit menus for the store, imports, exports and undoable board edits, drag-and-drop of
// .tflite files, and a status bar with the store and its counts.
#pragma once

#include "kg/BoardDescriber.h"
#include "kg/GraphOpening.h"
#include "store/TripleStore.h"
#include "store/sparql/SparqlEndpoint.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;
class QUndoStack;

namespace tinyml::gui {

class BoardsForModelView;
class DeployView;
class GraphSession;
class ModelsForBoardView;
class ModelsForTaskView;
class SparqlConsole;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the graph at `location` (the embedded default store is seeded when it is created).
    void openStore(const kg::GraphLocation &location);
    // Opens a store folder; a new one is seeded when `seed` asks for it (the default store always is).
    void openStore(const QString &directory, kg::SeedPolicy seed);
    // Opens the graph on a SPARQL server; the endpoint carries its secret.
    void openServer(const store::SparqlEndpoint &endpoint);
    // Copies the open graph to the server's graph (staged there, so a failure changes nothing).
    void pushToServer(const store::SparqlEndpoint &endpoint);
    // Analyses the files, asks for their metadata and imports the models.
    void importFiles(const QStringList &paths);
    // When set, dialogs that would ask a question take this answer instead (tests and scripts).
    void setAutomaticAnswers(bool automatic) { m_automatic = automatic; }

    GraphSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    ModelsForBoardView *modelsForBoard() const { return m_modelsForBoard; }
    BoardsForModelView *boardsForModel() const { return m_boardsForModel; }
    ModelsForTaskView *modelsForTask() const { return m_modelsForTask; }
    SparqlConsole *console() const { return m_console; }
    DeployView *deployView() const { return m_deploy; }

    // Writes the whole graph, or the models and boards named, to a Turtle or N-Triples file.
    void exportSnapshot(const QString &path, const QStringList &selection = {});
    void importSnapshots(const QStringList &paths);
    void importWithSheet(const QString &sheet);
    // Adds or replaces a board as an undoable change.
    void saveBoard(const kg::Board &board);
    void deleteBoard(const QString &iri, const QString &name);
    // Deploys a model to the board chosen in "Models for a board" when it has a Bluetooth
    // address; otherwise opens the Deploy view with the model chosen.
    void deployModel(const QString &modelIri);
    // Records a Bluetooth address on a board of the graph (an undoable board edit).
    void linkBoard(const QString &boardIri, const QString &address, const QString &advertisedName);

signals:
    // A store opened and its catalogue is shown: the window is ready to use.
    void ready();
    // A long operation ended; `message` says what happened (shown in the status bar).
    void operationFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showCatalogue();
    void updateBoardActions();
    void readSettings();
    void writeSettings();
    void report(bool ok, const QString &message);
    // The status bar's store: the open folder or server, or that none is open.
    void showStoreLabel();
    // Pushes an undoable change prepared in the session's `generation`; `alreadyApplied` for a
    // change that is already in the graph.
    void pushChange(const store::ChangeSet &changes, int generation, const QString &text, bool alreadyApplied = false,
                    std::function<void()> afterFirstApply = {});

    void chooseNewStore();
    void chooseStore();
    void chooseServer();
    void chooseServerToPush();
    // Calls `use` with the endpoint and its secret: the one typed (saved in the keyring when
    // `remember`), or the keyring's.
    void withSecret(store::SparqlEndpoint endpoint, bool remember, std::function<void(const store::SparqlEndpoint &)> use);
    // Explains a failed connection; offers to trust a certificate the server was refused for.
    void serverFailed(const QString &error);
    store::SparqlEndpoint lastServer() const;
    void chooseModels();
    void chooseSheet();
    void chooseSnapshots();
    void chooseExport(bool selectionOnly);
    void addBoard();
    void editBoard();
    void removeBoard();
    void showSettings();
    void showAbout();
    void chooseBoardToLink(const QString &address, const QString &advertisedName);

    GraphSession *m_session;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    ModelsForBoardView *m_modelsForBoard;
    BoardsForModelView *m_boardsForModel;
    ModelsForTaskView *m_modelsForTask;
    SparqlConsole *m_console;
    DeployView *m_deploy;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    bool m_automatic = false;
    bool m_readyOnce = false;
    store::SparqlEndpoint m_server; // the server last opened or being opened, with its secret

    QAction *m_newStore = nullptr;
    QAction *m_openStore = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_pushToServer = nullptr;
    QAction *m_importModels = nullptr;
    QAction *m_importSheet = nullptr;
    QAction *m_importSnapshot = nullptr;
    QAction *m_exportSnapshot = nullptr;
    QAction *m_exportSelection = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addBoard = nullptr;
    QAction *m_editBoard = nullptr;
    QAction *m_deleteBoard = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace tinyml::gui
