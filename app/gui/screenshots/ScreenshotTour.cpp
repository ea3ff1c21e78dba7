#include "ScreenshotTour.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "boardsformodel/BoardsForModelView.h"
#include "console/SparqlConsole.h"
#include "deploy/DeployView.h"
#include "deploy/FleetTableModel.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "modelsfortask/ModelsForTaskView.h"
#include "widgets/ItemRoles.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace tinyml::gui {
namespace {

// Selects the first row whose text in `column` contains `text`; false if none does.
bool selectRow(QTableView *table, int column, const QString &text)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString().contains(text, Qt::CaseInsensitive)) {
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory)
    : QObject(window), m_window(window), m_directory(directory)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_window->resize(1280, 800); // what the views are laid out for
    step();
}

bool ScreenshotTour::save(const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    const bool ok = m_window->grab().save(path);
    if (!ok)
        qWarning("cannot write %s", qPrintable(path));
    m_ok = m_ok && ok;
    return ok;
}

void ScreenshotTour::step()
{
    // Each step sets a view up, then the next one saves it after the worker's answers arrived.
    auto later = [this](int ms) { QTimer::singleShot(ms, this, &ScreenshotTour::step); };
    ModelsForBoardView *models = m_window->modelsForBoard();
    switch (m_step++) {
    case 0:
        m_window->tabs()->setCurrentWidget(models);
        if (!selectRow(models->boards()->table(), 0, QStringLiteral("Nano 33 BLE Sense")))
            selectRow(models->boards()->table(), 0, QString());
        connect(
            models->details(), &ModelDetailsPanel::analysisShown, this, [later]() { later(0); },
            Qt::SingleShotConnection);
        selectRow(models->table(), 0, QString());
        return;
    case 1:
        save(QStringLiteral("models-for-board"));
        m_window->tabs()->setCurrentWidget(m_window->boardsForModel());
        later(0);
        return;
    case 2:
        save(QStringLiteral("boards-for-model"));
        m_window->tabs()->setCurrentWidget(m_window->modelsForTask());
        later(0);
        return;
    case 3:
        save(QStringLiteral("models-for-task"));
        m_window->tabs()->setCurrentWidget(m_window->console());
        connect(
            m_window->console(), &SparqlConsole::finished, this, [later]() { later(0); }, Qt::SingleShotConnection);
        m_window->console()->run();
        return;
    case 4: {
        save(QStringLiteral("sparql-console"));
        // The Deploy view needs boards to show: simulated ones when a private bus is set up
        // (packaging/screenshots.sh does), none otherwise.
        if (qEnvironmentVariableIsEmpty("BLUETOOTH_FORCE_DBUS_LE_VERSION") || !models->details()->model()) {
            emit finished(m_ok);
            return;
        }
        DeployView *deploy = m_window->deployView();
        m_window->tabs()->setCurrentWidget(deploy);
        connect(
            deploy, &DeployView::deploymentFinished, this, [later]() { later(300); }, Qt::SingleShotConnection);
        deploy->scan();
        // The scan lists the boards at once; the deployment follows once they are there.
        QTimer::singleShot(1000, this, [deploy, iri = models->details()->model()->iri]() {
            QStringList addresses;
            for (const FleetBoard &board : deploy->fleet()->boards())
                addresses << board.address;
            deploy->selectBoards(addresses);
            deploy->deployModel(iri, addresses);
        });
        return;
    }
    case 5:
        m_window->deployView()->selectBoards({m_window->deployView()->fleet()->boards().value(0).address});
        later(500); // the board's history arrives from the worker
        return;
    case 6:
        save(QStringLiteral("deploy"));
        emit finished(m_ok);
        return;
    default: return;
    }
}

} // namespace tinyml::gui
