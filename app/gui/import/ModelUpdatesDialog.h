// Before an import describes models of the graph again (a metadata sheet's rows, a snapshot), it
// shows per model which fields change, old → new, and applies them only when the person agrees:
// in one step that Edit ▸ Undo takes back.
#pragma once

#include "kg/KnowledgeGraph.h"

#include <QDialog>

namespace tinyml::gui {

class ModelUpdatesDialog : public QDialog
{
    Q_OBJECT
public:
    // `newModels`: how many models the import adds besides.
    ModelUpdatesDialog(const QString &source, const QList<kg::ModelUpdate> &updates, int newModels,
                       QWidget *parent = nullptr);
};

} // namespace tinyml::gui
