// The main window: the three questions, the SPARQL console and Deploy as tabs, the board
// catalogue, File and Edit menus, undoable board and model edits (models: its ModelController) and a status bar with the store and its
// counts. Files (stores, imports, exports, drag-and-drop) are its ImportController's work,
// servers its ServerController's; what it asks the user goes through its UserPrompts.
#pragma once

#include "kg/BoardDescriber.h"
#include "kg/GraphOpening.h"
#include "store/TripleStore.h"
#include "store/sparql/SparqlEndpoint.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;
class QUndoStack;

namespace tinyml::gui {

class BoardsForModelView;
class DeploySession;
class DeployView;
class GettingStartedDialog;
class GraphSession;
class ImportController;
class FirmwareController;
class ModelController;
class ModelsForBoardView;
class ServerController;
class UserPrompts;
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
    // Who answers the window's questions: modal dialogs (DialogPrompts) unless set otherwise, as
    // tests and scripts do.
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts *prompts() const { return m_prompts.get(); }

    GraphSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    ModelsForBoardView *modelsForBoard() const { return m_modelsForBoard; }
    BoardsForModelView *boardsForModel() const { return m_boardsForModel; }
    ModelsForTaskView *modelsForTask() const { return m_modelsForTask; }
    SparqlConsole *console() const { return m_console; }
    DeployView *deployView() const { return m_deploy; }
    QLabel *storeLabel() const { return m_storeLabel; }
    ImportController *imports() const { return m_imports; }
    ServerController *servers() const { return m_servers; }
    ModelController *models() const { return m_models; }
    FirmwareController *firmware() const { return m_firmware; }

    // Writes the whole graph, or the models and boards named, to a Turtle or N-Triples file.
    void exportSnapshot(const QString &path, const QStringList &selection = {});
    void importSnapshots(const QStringList &paths);
    void importWithSheet(const QString &sheet);
    // Adds or replaces a board as an undoable change. With `done`, it hears the outcome (the
    // error, empty once the board is in the graph) and shows a failure itself.
    void saveBoard(const kg::Board &board, std::function<void(const QString &error)> done = {});
    void deleteBoard(const QString &iri, const QString &name);
    // Deploys a model to the board chosen in "Models for a board" when it has a Bluetooth
    // address; otherwise opens the Deploy view with the model chosen.
    void deployModel(const QString &modelIri);
    // Records a Bluetooth address on a board of the graph (an undoable board edit).
    void linkBoard(const QString &boardIri, const QString &address, const QString &advertisedName);

    // Shows what happened in the status bar; a failure also through the prompts.
    void report(bool ok, const QString &message);
    // What the board form commits through, and who hears of a failure once the form is closed.
    std::function<void(const kg::Board &, std::function<void(const QString &)>)> boardSaver();
    std::function<void(const QString &)> boardNotSaved();
    // Pushes an undoable change prepared in the session's `generation`; `alreadyApplied` for a
    // change that is already in the graph. A failure of its first commit goes to `firstFailed`
    // when given (the form that asked for it shows it), else it is reported.
    void pushChange(const store::ChangeSet &changes, int generation, const QString &text, bool alreadyApplied = false,
                    std::function<void()> afterFirstApply = {},
                    std::function<void(const QString &error)> firstFailed = {});

signals:
    // A store opened and its catalogue is shown: the window is ready to use.
    void ready();
    // A long operation ended; `message` says what happened (shown in the status bar).
    void operationFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showCatalogue();
    void updateBoardActions();
    void readSettings();
    void writeSettings();
    // The status bar's store: the open folder or server, or that none is open.
    void showStoreLabel();

    void addBoard();
    void editBoard();
    void removeBoard();
    void showSettings();
    void showGettingStarted();
    void showAbout();
    void chooseBoardToLink(const QString &address, const QString &advertisedName);

    GraphSession *m_session;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    ModelsForBoardView *m_modelsForBoard;
    BoardsForModelView *m_boardsForModel;
    ModelsForTaskView *m_modelsForTask;
    SparqlConsole *m_console;
    DeploySession *m_deployments;
    DeployView *m_deploy;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    std::unique_ptr<UserPrompts> m_prompts;
    ImportController *m_imports;
    ServerController *m_servers;
    ModelController *m_models = nullptr;
    FirmwareController *m_firmware = nullptr;
    bool m_readyOnce = false;

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
    QAction *m_gettingStarted = nullptr;
    GettingStartedDialog *m_gettingStartedDialog = nullptr; // made when first asked for
    QAction *m_about = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace tinyml::gui
