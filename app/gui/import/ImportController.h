// The main window's work with files, owned by the window: store folders to open, models (chosen,
// named on the command line or dropped on the window), metadata sheets and snapshots to import,
// snapshots to export. Each runs on the graph's worker with a progress dialog that can cancel it.
#pragma once

#include "kg/GraphOpening.h"
#include "kg/ModelInfo.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/UserPrompts.h"
#include "widgets/WorkProgress.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QLabel;
class QUndoStack;

namespace tinyml::gui {

class GraphSession;
class ModelsForBoardView;

class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(MainWindow *window);

    // Opens the graph at `location` (a server through the window's server controller).
    void openStore(const kg::GraphLocation &location);
    void openStore(const QString &directory, kg::SeedPolicy seed);
    // Analyses the files, asks for their metadata and imports the models.
    void importFiles(const QStringList &paths);
    void importWithSheet(const QString &sheet);
    void importSnapshots(const QStringList &paths);
    // Writes the whole graph, or the models and boards named, to a Turtle or N-Triples file.
    void exportSnapshot(const QString &path, const QStringList &selection = {});

    // The File menu's actions: each asks for its files first.
    void chooseNewStore();
    void chooseStore();
    void chooseModels();
    void chooseSheet();
    void chooseSnapshots();
    void chooseExport(bool selectionOnly);

    // For quit. True while models the user accepted are being imported (an import form's or a
    // metadata sheet's): stopping them keeps only what was committed so far, so the window asks.
    bool isImporting() const;
    // Stops reading files at the next file and imports at the next group of models: the worker
    // is free within a moment, and what an import committed stays in the graph.
    void stopWork();

protected:
    // Local files dragged onto the window are imported as models when a store is open.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The window's, for the work above.
    void report(bool ok, const QString &message) { m_window->report(ok, message); }
    void pushChange(const store::ChangeSet &changes, int generation, const QString &text, bool alreadyApplied = false)
    {
        m_window->pushChange(changes, generation, text, alreadyApplied);
    }
    void openServer(const store::SparqlEndpoint &endpoint) { m_window->openServer(endpoint); }
    UserPrompts *prompts() const { return m_window->prompts(); }
    // Imports a metadata sheet's models, updating those the graph has, as one undoable step.
    void commitSheet(const QString &sheet, const QList<kg::ModelImport> &imports, int generation);
    // Commits the models of the import form `form` (its saver), made for the store of `generation`.
    void commitImports(const QList<kg::ModelImport> &imports, const QStringList &refused, int generation, QWidget *form,
                       std::function<void(const QString &error)> done);

    MainWindow *m_window;
    GraphSession *m_session;
    QUndoStack *m_undo;
    QLabel *m_storeLabel;
    ModelsForBoardView *m_modelsForBoard;
    QList<WorkProgress> m_reading;   // files being read for the import form
    QList<WorkProgress> m_importing; // accepted imports being committed
};

} // namespace tinyml::gui
