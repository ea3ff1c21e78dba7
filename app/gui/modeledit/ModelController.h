// Editing and deleting the models of the graph, owned by the main window: Edit model… (F2) and
// Delete model (Del) act on the model shown in "Models for a board" (its table, its context menu
// and its details), each an undoable step.
#pragma once

#include "kg/ModelInfo.h"

#include <QObject>

#include <functional>

class QAction;

namespace tinyml::gui {

class MainWindow;

class ModelController : public QObject
{
    Q_OBJECT
public:
    explicit ModelController(MainWindow *window);

    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    // Opens the model form for the model `iri` with what the graph says of it.
    void editModel(const QString &iri);
    // Describes the model `iri` with `info` as an undoable change; `done` hears the error, empty
    // once the change is in the graph.
    void saveModel(const QString &iri, const kg::ModelInfo &info, std::function<void(const QString &error)> done = {});
    // Deletes the model as an undoable change (no question asked: removeCurrent() asks).
    void deleteModel(const QString &iri, const QString &name);

private:
    void editCurrent();
    void removeCurrent();
    void updateActions();

    MainWindow *m_window;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace tinyml::gui
