#include "MainWindow.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "boardcatalogue/BoardDialog.h"
#include "boardsformodel/BoardsForModelView.h"
#include "codegen/FirmwareController.h"
#include "console/SparqlConsole.h"
#include "deploy/DeploySession.h"
#include "deploy/DeployView.h"
#include "help/GettingStartedDialog.h"
#include "import/ImportController.h"
#include "mainwindow/GraphChangeCommand.h"
#include "mainwindow/UserPrompts.h"
#include "modeledit/ModelController.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "modelsfortask/ModelsForTaskView.h"
#include "server/ServerController.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "widgets/Units.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace tinyml::gui {
namespace {

QIcon actionIcon(const char *theme, const char *file)
{
    return QIcon::fromTheme(QLatin1String(theme),
                            QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(file))));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new GraphSession(this)), m_undo(new QUndoStack(this)),
      m_prompts(std::make_unique<DialogPrompts>())
{
    setWindowTitle(tr("TinyML Manager"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tinyml-manager.svg")));

    m_modelsForBoard = new ModelsForBoardView(m_session);
    m_boardsForModel = new BoardsForModelView;
    m_modelsForTask = new ModelsForTaskView;
    m_console = new SparqlConsole(m_session);
    m_deployments = new DeploySession(m_session, this);
    m_deploy = new DeployView(m_deployments, m_session);
    m_deploy->setPrompts(m_prompts.get());
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->addTab(m_modelsForBoard, tr("Models for a &board"));
    m_tabs->addTab(m_boardsForModel, tr("Boards for a m&odel"));
    m_tabs->addTab(m_modelsForTask, tr("Models for a &task"));
    m_tabs->addTab(m_console, tr("S&PARQL"));
    m_tabs->addTab(m_deploy, tr("&Deploy"));
    setCentralWidget(m_tabs);

    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_busy);
    m_imports = new ImportController(this);
    m_servers = new ServerController(this);
    m_models = new ModelController(this);
    m_firmware = new FirmwareController(this);

    createActions();
    createMenus();
    m_modelsForBoard->boards()->setActions({m_addBoard, m_editBoard, m_deleteBoard});
    connect(m_modelsForBoard->boards(), &BoardCataloguePanel::boardChosen, this, &MainWindow::updateBoardActions);
    connect(m_modelsForBoard->boards()->table(), &QTableView::doubleClicked, this, &MainWindow::editBoard);

    connect(m_modelsForBoard->details(), &ModelDetailsPanel::deployRequested, this, &MainWindow::deployModel);
    connect(m_deploy, &DeployView::linkRequested, this, &MainWindow::chooseBoardToLink);
    connect(m_deploy, &DeployView::message, this,
            [this](bool, const QString &text) { statusBar()->showMessage(text, 10000); });

    connect(m_session, &GraphSession::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_session, &GraphSession::catalogueChanged, this, &MainWindow::showCatalogue);
    connect(m_session, &GraphSession::catalogueFailed, this,
            [this](const QString &error) { report(false, tr("The catalogue could not be read: %1").arg(error)); });
    connect(m_session, &GraphSession::opened, this, [this](const QString &location, const QStringList &notes) {
        m_undo->clear();
        updateBoardActions();
        // The next start opens the local store again: a server may need a secret first.
        const kg::GraphLocation &open = m_session->openLocation();
        if (open.isServer())
            settings::serverLocator.setValue(open.settingsText());
        else
            settings::storeDirectory.setValue(location);
        showStoreLabel();
        for (const QString &note : notes)
            statusBar()->showMessage(note, 8000);
    });
    connect(m_session, &GraphSession::openFailed, this, [this](const QString &location, const QString &error) {
        if (m_session->failedLocation().isServer())
            m_servers->serverFailed(error);
        else
            report(false, tr("The store %1 could not be opened: %2").arg(location, error));
        showStoreLabel(); // the store that stays open
    });
    readSettings();
    updateBoardActions();
}

MainWindow::~MainWindow()
{
    // Deployments stop and hand their records to the session first; then the worker ends,
    // before the views its results are delivered to.
    m_deployments->shutdown();
    delete m_session;
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
    m_deploy->setPrompts(m_prompts.get());
}

void MainWindow::openStore(const kg::GraphLocation &location)
{
    m_imports->openStore(location);
}

void MainWindow::openStore(const QString &directory, kg::SeedPolicy seed)
{
    m_imports->openStore(directory, seed);
}

void MainWindow::openServer(const store::SparqlEndpoint &endpoint)
{
    m_servers->openServer(endpoint);
}

void MainWindow::pushToServer(const store::SparqlEndpoint &endpoint)
{
    m_servers->pushToServer(endpoint);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_imports->importFiles(paths);
}

void MainWindow::importWithSheet(const QString &sheet)
{
    m_imports->importWithSheet(sheet);
}

void MainWindow::importSnapshots(const QStringList &paths)
{
    m_imports->importSnapshots(paths);
}

void MainWindow::exportSnapshot(const QString &path, const QStringList &selection)
{
    m_imports->exportSnapshot(path, selection);
}

void MainWindow::showStoreLabel()
{
    const QString location = m_session->location();
    if (!m_session->isOpen())
        m_storeLabel->setText(tr("No store open: use File ▸ Open store…"));
    else if (m_session->openLocation().isServer())
        m_storeLabel->setText(tr("Server: %1").arg(m_session->openLocation().displayText()));
    else
        m_storeLabel->setText(tr("Store: %1").arg(location));
    m_storeLabel->setToolTip(location);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QIcon &icon, const QKeySequence &key, auto slot) {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(key);
        const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        action->setToolTip(
            key.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newStore = make(tr("&New store…"), actionIcon("document-new", "new-store"), QKeySequence::New,
                      [this]() { m_imports->chooseNewStore(); });
    m_openStore = make(tr("&Open store…"), actionIcon("document-open", "open-store"), QKeySequence::Open,
                       [this]() { m_imports->chooseStore(); });
    m_connectServer = make(tr("Connect to SPARQL se&rver…"), QIcon(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                           [this]() { m_servers->chooseServer(); });
    m_pushToServer = make(tr("P&ush to SPARQL server…"), QIcon(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                          [this]() { m_servers->chooseServerToPush(); });
    m_importModels = make(tr("&Import models…"), actionIcon("document-import", "import-model"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), [this]() { m_imports->chooseModels(); });
    m_importSheet = make(tr("Import models with a metadata &sheet…"), QIcon(),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this]() { m_imports->chooseSheet(); });
    m_importSnapshot = make(tr("Import sna&pshot…"), actionIcon("document-import", "import-snapshot"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), [this]() { m_imports->chooseSnapshots(); });
    m_exportSnapshot = make(tr("&Export snapshot…"), actionIcon("document-export", "export-snapshot"),
                            QKeySequence(Qt::CTRL | Qt::Key_E), [this]() { m_imports->chooseExport(false); });
    m_exportSelection = new QAction(tr("Export se&lection…"), this);
    m_exportSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSelection->setToolTip(tr("Export the selected models and the chosen board"));
    connect(m_exportSelection, &QAction::triggered, this, [this]() { m_imports->chooseExport(true); });
    m_quit = make(tr("&Quit"), actionIcon("application-exit", "stop"), QKeySequence::Quit, [this]() { close(); });

    // Our own texts rather than QUndoStack's, whose translations come with Qt's optional package.
    m_undoAction = new QAction(actionIcon("edit-undo", "refresh"), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString &step) {
        m_undoAction->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(step));
    });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this](const QString &step) {
        m_redoAction->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(step));
    });
    m_addBoard = make(tr("&Add board…"), actionIcon("list-add", "add-board"), QKeySequence(Qt::CTRL | Qt::Key_B),
                      &MainWindow::addBoard);
    m_editBoard = make(tr("&Edit board…"), actionIcon("document-edit", "edit-board"), QKeySequence(Qt::Key_F2),
                       &MainWindow::editBoard);
    m_deleteBoard = make(tr("&Delete board"), actionIcon("edit-delete", "delete-board"), QKeySequence::Delete,
                         &MainWindow::removeBoard);
    // F2 and Del edit and delete what has the focus: a board here, a model in its table or details.
    m_editBoard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_modelsForBoard->boards()->addAction(m_editBoard);
    m_deleteBoard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_modelsForBoard->boards()->table()->addAction(m_deleteBoard);
    m_settings = make(tr("&Settings…"), actionIcon("preferences-system", "edit-board"), QKeySequence::Preferences,
                      &MainWindow::showSettings);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_gettingStarted = make(tr("&Getting started"), actionIcon("help-contents", "help"), QKeySequence::HelpContents,
                            &MainWindow::showGettingStarted);
    m_gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    m_about = make(tr("&About TinyML Manager"), QIcon(), QKeySequence(), &MainWindow::showAbout);
    // Named, so that scripts and tests find them in any language.
    m_connectServer->setObjectName(QStringLiteral("connectServerAction"));
    m_addBoard->setObjectName(QStringLiteral("addBoardAction"));
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_about->setObjectName(QStringLiteral("aboutAction"));

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *action = new QAction(m_tabs->tabText(i), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i]() { m_tabs->setCurrentIndex(i); });
        m_viewActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newStore, m_openStore, m_connectServer});
    file->addSeparator();
    file->addActions({m_importModels, m_importSheet, m_importSnapshot});
    file->addSeparator();
    file->addActions({m_exportSnapshot, m_exportSelection, m_pushToServer});
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_addBoard, m_editBoard, m_deleteBoard});
    edit->addSeparator();
    edit->addActions({m_models->editAction(), m_models->deleteAction(), m_firmware->generateAction()});
    edit->addSeparator();
    edit->addAction(m_settings);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_gettingStarted);
    help->addSeparator();
    help->addAction(m_about);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({m_openStore, m_importModels, m_importSnapshot, m_exportSnapshot});
    tools->addSeparator();
    tools->addActions({m_undoAction, m_redoAction});
}

void MainWindow::showCatalogue()
{
    const auto catalogue = m_session->catalogue();
    m_modelsForBoard->setCatalogue(catalogue);
    m_boardsForModel->setCatalogue(catalogue);
    m_modelsForTask->setCatalogue(catalogue);
    m_deploy->setCatalogue(catalogue);
    m_countLabel->setText(tr("%n model(s)", nullptr, int(catalogue->models.size())) + QStringLiteral(" · ")
                          + tr("%n board(s)", nullptr, int(catalogue->boards.size())));
    updateBoardActions();
    if (!m_readyOnce) {
        m_readyOnce = true;
        emit ready();
    }
}

void MainWindow::updateBoardActions()
{
    const bool chosen = m_modelsForBoard->boards()->currentBoard().has_value();
    m_editBoard->setEnabled(chosen);
    m_deleteBoard->setEnabled(chosen);
    const bool open = m_session->isOpen();
    for (QAction *a :
         {m_importModels, m_importSheet, m_importSnapshot, m_exportSnapshot, m_exportSelection, m_addBoard})
        a->setEnabled(open);
}

void MainWindow::report(bool ok, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (!ok)
        m_prompts->warn(this, tr("TinyML Manager"), message);
    emit operationFinished(ok, message);
}

void MainWindow::pushChange(const store::ChangeSet &changes, int generation, const QString &text, bool alreadyApplied,
                            std::function<void()> afterFirstApply,
                            std::function<void(const QString &error)> firstFailed)
{
    if (generation != m_session->generation()) {
        // Prepared for a store that has been closed since: an applied change's step goes with
        // it, one not yet applied is not applied to another store.
        const QString why = tr("Another store was opened meanwhile, so this was not done: %1").arg(text);
        if (firstFailed)
            firstFailed(why);
        else if (!alreadyApplied)
            report(false, why);
        return;
    }
    // Who hears of a failure: the form that asked, for the first commit; the user, afterwards.
    auto firstOutcome = std::make_shared<std::function<void(const QString &)>>(std::move(firstFailed));
    m_undo->push(new GraphChangeCommand(
        m_session, this, changes, generation, text, alreadyApplied,
        [this, firstOutcome](const QString &error) {
            m_undo->clear();
            if (auto failed = std::exchange(*firstOutcome, {}))
                failed(error);
            else
                report(false, tr("The change could not be saved: %1").arg(error));
        },
        [firstOutcome, after = std::move(afterFirstApply)]() {
            *firstOutcome = {};
            if (after)
                after();
        }));
}

void MainWindow::addBoard()
{
    BoardDialog dialog(kg::Board{}, this);
    dialog.setSaver(boardSaver(), boardNotSaved());
    const int outcome = dialog.exec();
    if (outcome == BoardDialog::TryOnly) {
        m_tabs->setCurrentWidget(m_modelsForBoard);
        m_modelsForBoard->useUnsavedBoard(dialog.board());
    }
}

void MainWindow::editBoard()
{
    const auto current = m_modelsForBoard->boards()->currentBoard();
    if (!current)
        return;
    BoardDialog dialog(kg::boardOf(*current), this);
    dialog.setSaver(boardSaver(), boardNotSaved());
    if (dialog.exec() == BoardDialog::TryOnly)
        m_modelsForBoard->useUnsavedBoard(dialog.board());
}

BoardDialog::Saver MainWindow::boardSaver()
{
    return [this](const kg::Board &board, auto done) { saveBoard(board, std::move(done)); };
}

std::function<void(const QString &)> MainWindow::boardNotSaved()
{
    return [window = QPointer<MainWindow>(this)](const QString &error) {
        if (window)
            window->report(false, tr("The board could not be saved: %1").arg(error));
    };
}

void MainWindow::saveBoard(const kg::Board &board, std::function<void(const QString &error)> done)
{
    struct Prepared {
        std::optional<store::ChangeSet> changes;
        QString iri;
        QString error;
    };
    kg::Board named = board;
    if (named.iri.isEmpty())
        named.iri = kg::mintBoardIri(named.name);
    const bool isNew = board.iri.isEmpty();
    const int generation = m_session->generation();
    m_session->run<Prepared>(
        this,
        [named](kg::KnowledgeGraph &graph) {
            Prepared p;
            p.iri = named.iri;
            p.changes = graph.boardChange(named, &p.error);
            return p;
        },
        [this, isNew, generation, name = named.name, done](Prepared p) {
            if (!p.changes) {
                if (p.error.isEmpty())
                    p.error = tr("no store is open");
                if (done)
                    done(p.error);
                else
                    report(false, tr("The board %1 could not be saved: %2").arg(name, p.error));
                return;
            }
            const QString text = isNew ? tr("Add board %1").arg(name) : tr("Edit board %1").arg(name);
            pushChange(
                *p.changes, generation, text, false,
                [this, iri = p.iri, text, done]() {
                    m_modelsForBoard->boards()->selectBoard(iri);
                    report(true, text);
                    if (done)
                        done(QString());
                },
                done);
        });
}

void MainWindow::removeBoard()
{
    const auto current = m_modelsForBoard->boards()->currentBoard();
    if (!current)
        return;
    if (!m_prompts->confirm(
            this, tr("Delete board"),
            tr("Delete the board %1 from the knowledge graph?\n\nEdit ▸ Undo brings it back.").arg(current->name)))
        return;
    deleteBoard(current->iri, current->name);
}

void MainWindow::deleteBoard(const QString &iri, const QString &name)
{
    struct Prepared {
        std::optional<store::ChangeSet> changes;
        QString error;
    };
    const int generation = m_session->generation();
    m_session->run<Prepared>(
        this,
        [iri](kg::KnowledgeGraph &graph) {
            Prepared p;
            p.changes = graph.removalOf(iri, &p.error);
            return p;
        },
        [this, name, generation](Prepared p) {
            if (!p.changes) {
                report(false, tr("The board %1 could not be deleted: %2").arg(name, p.error));
                return;
            }
            const QString text = tr("Delete board %1").arg(name);
            pushChange(*p.changes, generation, text, false, [this, text]() { report(true, text); });
        });
}

void MainWindow::deployModel(const QString &modelIri)
{
    m_tabs->setCurrentWidget(m_deploy);
    const auto board = m_modelsForBoard->boards()->currentBoard();
    if (board && !board->bleAddress.isEmpty()) {
        m_deploy->selectBoards({board->bleAddress});
        m_deploy->deployModel(modelIri, {board->bleAddress});
    } else {
        m_deploy->deployModel(modelIri);
    }
}

void MainWindow::chooseBoardToLink(const QString &address, const QString &advertisedName)
{
    const auto catalogue = m_session->catalogue();
    if (!catalogue || catalogue->boards.isEmpty())
        return;
    QStringList names;
    for (const kg::BoardEntry &b : catalogue->boards)
        names << b.name;
    names.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Link to board"), tr("Which board of the knowledge graph is %1 (%2)?").arg(advertisedName, address),
        names, 0, false, &ok);
    if (!ok)
        return;
    for (const kg::BoardEntry &b : catalogue->boards) {
        if (b.name == name)
            return linkBoard(b.iri, address, advertisedName);
    }
}

void MainWindow::linkBoard(const QString &boardIri, const QString &address, const QString &advertisedName)
{
    const auto catalogue = m_session->catalogue();
    for (const kg::BoardEntry &b : catalogue ? catalogue->boards : QList<kg::BoardEntry>()) {
        if (b.iri != boardIri)
            continue;
        kg::Board board = kg::boardOf(b);
        board.bleAddress = address.toUpper();
        board.bleName = advertisedName;
        saveBoard(board);
        return;
    }
    report(false, tr("The board %1 is not in the knowledge graph.").arg(boardIri));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings::language.setValue(dialog.language());
    settings::queryTimeLimit.setValue(dialog.queryTimeLimit());
    if (dialog.memoryUnit() != Units::memoryUnit()) {
        Units::setMemoryUnit(dialog.memoryUnit());
        m_modelsForBoard->refreshUnits();
        m_boardsForModel->refreshUnits();
        showCatalogue();
    }
    const QString store = dialog.storeDirectory();
    if (!store.isEmpty() && store != settings::storeDirectory.value(kg::defaultStoreDirectory()))
        openStore(kg::GraphLocation::folder(store));
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStartedDialog) {
        auto showTab = [this](QWidget *view) { return [this, view]() { m_tabs->setCurrentWidget(view); }; };
        m_gettingStartedDialog = new GettingStartedDialog(
            {
                {QStringLiteral("models-for-board"), showTab(m_modelsForBoard)},
                {QStringLiteral("boards-for-model"), showTab(m_boardsForModel)},
                {QStringLiteral("models-for-task"), showTab(m_modelsForTask)},
                {QStringLiteral("console"), showTab(m_console)},
                {QStringLiteral("deploy"), showTab(m_deploy)},
                {QStringLiteral("import"), [this]() { m_importModels->trigger(); }},
            },
            this);
    }
    m_gettingStartedDialog->show();
    m_gettingStartedDialog->raise();
    m_gettingStartedDialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TinyML Manager"),
        tr("<h3>TinyML Manager %1</h3>"
           "<p>Manage TinyML models and IoT boards with a knowledge graph: which boards can run a model, "
           "which models run on a board, which models do a task.</p>"
           "<p>It implements the semantic management of Ren, Anicic and Runkler, "
           "“How to Manage Tiny Machine Learning at Scale” (tinyML Research Symposium 2022).</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::readSettings()
{
    if (!restoreGeometry(settings::windowGeometry.value())) {
        // 1280×800 is what the views are laid out for; on a screen no larger, that size with its
        // frame would hang over the edge (the status bar out of sight), so the window fills it.
        const QSize laidOutFor(1280, 800);
        resize(laidOutFor);
        const QScreen *shownOn = screen();
        if (shownOn
            && (shownOn->availableSize().width() <= laidOutFor.width()
                || shownOn->availableSize().height() <= laidOutFor.height()))
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings::windowState.value());
    m_modelsForBoard->restoreState(settings::modelsForBoardState.value());
    m_tabs->setCurrentIndex(settings::currentTab.value());
}

void MainWindow::writeSettings()
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::modelsForBoardState.setValue(m_modelsForBoard->saveState());
    settings::currentTab.setValue(m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_deploy->isDeploying()
        && !m_prompts->confirm(this, tr("Quit"),
                               tr("Models are still being deployed. Stop the deployments and quit?\n\n"
                                  "Boards keep the unfinished transfer until the next deployment clears it."))) {
        event->ignore();
        return;
    }
    // Models the user accepted are not dropped without asking: stopping keeps the groups
    // committed so far, and waiting for a large import would keep the process for long.
    if (m_imports->isImporting()
        && !m_prompts->confirm(this, tr("Quit"),
                               tr("Models are still being imported. Stop the import and quit?\n\n"
                                  "The models saved so far stay in the graph; the others are not imported."))) {
        event->ignore();
        return;
    }
    writeSettings();
    // A query that runs ends now, reading files and imports at the next file or group of models;
    // queued commits still run when the session closes the store.
    m_session->stopQueries();
    m_imports->stopWork();
    event->accept();
}

} // namespace tinyml::gui
