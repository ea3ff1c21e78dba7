#include "FirmwareController.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "codegen/FirmwareProjectDialog.h"
#include "deploy/DeployView.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"

#include <QAction>
#include <QIcon>
#include <QTableView>

namespace tinyml::gui {

FirmwareController::FirmwareController(MainWindow *window) : QObject(window), m_window(window)
{
    m_generate =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Generate &firmware project…"), this);
    m_generate->setObjectName(QStringLiteral("generateFirmwareAction"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_generate->setToolTip(tr("Write the firmware that runs the selected model on the chosen board (Ctrl+Shift+G)"));
    m_generate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    window->modelsForBoard()->table()->addAction(m_generate);
    window->modelsForBoard()->details()->addAction(m_generate);
    window->modelsForBoard()->details()->addModelActions({m_generate});
    connect(m_generate, &QAction::triggered, this, &FirmwareController::generateForCurrent);
    connect(window->modelsForBoard()->details(), &ModelDetailsPanel::modelChanged, this,
            &FirmwareController::updateAction);
    connect(window->deployView(), &DeployView::firmwareRequested, this,
            [this](const QString &modelIri, const QString &boardIri) { openDialog(modelIri, boardIri); });
    updateAction();
}

void FirmwareController::updateAction()
{
    m_generate->setEnabled(m_window->modelsForBoard()->details()->model().has_value());
}

void FirmwareController::generateForCurrent()
{
    const auto model = m_window->modelsForBoard()->details()->model();
    if (!model)
        return;
    const auto board = m_window->modelsForBoard()->boards()->currentBoard();
    openDialog(model->iri, board ? board->iri : QString());
}

FirmwareProjectDialog *FirmwareController::openDialog(const QString &modelIri, const QString &boardIri)
{
    const auto catalogue = m_window->session()->catalogue();
    if (!catalogue)
        return nullptr;
    const kg::ModelEntry *model = nullptr;
    for (const kg::ModelEntry &m : catalogue->models)
        model = m.iri == modelIri ? &m : model;
    if (!model)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new FirmwareProjectDialog(m_window->session(), *model, boardIri, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    return m_dialog;
}

} // namespace tinyml::gui
