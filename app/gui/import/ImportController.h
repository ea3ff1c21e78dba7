// The main window's work with files, owned by the window: store folders to open, models (chosen,
// named on the command line or dropped on the window), metadata sheets and snapshots to import,
// snapshots to export. Each runs on the graph's worker with a progress dialog that can cancel it.
#pragma once

#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/UserPrompts.h"

#include <QObject>
#include <QStringList>

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

    MainWindow *m_window;
    GraphSession *m_session;
    QUndoStack *m_undo;
    QLabel *m_storeLabel;
    ModelsForBoardView *m_modelsForBoard;
};

} // namespace tinyml::gui
