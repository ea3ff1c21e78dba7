// Generate firmware project…, owned by the main window: for the model shown in "Models for a
// board" (its details and table, on the board picked there) and for the model and board chosen
// in Deploy. Opens a FirmwareProjectDialog.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace tinyml::gui {

class FirmwareProjectDialog;
class MainWindow;

class FirmwareController : public QObject
{
    Q_OBJECT
public:
    explicit FirmwareController(MainWindow *window);

    QAction *generateAction() const { return m_generate; }
    // Opens the dialog for the model `modelIri`, with `boardIri` chosen when it is a board of the
    // graph; returns it (it deletes itself when closed), or nullptr for a model the graph lacks.
    FirmwareProjectDialog *openDialog(const QString &modelIri, const QString &boardIri);

private:
    void generateForCurrent();
    void updateAction();

    MainWindow *m_window;
    QAction *m_generate;
    QPointer<FirmwareProjectDialog> m_dialog;
};

} // namespace tinyml::gui
