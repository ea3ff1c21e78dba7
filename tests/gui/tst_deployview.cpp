// The GUI's deploy path on the offscreen platform, against tinyml-board-sim on a private bus:
// a scan lists the simulated boards, a found board is linked to a board of the graph, Deploy in
// the model details sends the model to the chosen board, a multi-selection in the Deploy view
// sends another to both, and every deployment is recorded and shown as the board's history.
#include "AutomaticPrompts.h"
#include "BoardSimulator.h"
#include "TestData.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "deploy/DeployView.h"
#include "deploy/FleetTableModel.h"
#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tinyml;
using namespace tinyml::gui;
using tinyml::test::BoardSimulator;
using tinyml::test::PrivateSystemBus;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kFirst = tinyml::test::simulatedBoardAddress(1);
const QString kSecond = tinyml::test::simulatedBoardAddress(2);

const FleetBoard *fleetBoard(DeployView *view, const QString &address)
{
    const int row = view->fleet()->rowOf(address);
    return row < 0 ? nullptr : &view->fleet()->boards().at(row);
}

bool deploymentDone(DeployView *view, const QString &address)
{
    const FleetBoard *board = fleetBoard(view, address);
    return board && board->deployment && board->deployment->state == deploy::TransferState::Done;
}

QByteArray repositoryFile(MainWindow *window, const QString &sha256)
{
    std::optional<QByteArray> bytes;
    window->session()->run<QByteArray>(
        window,
        [sha256](kg::KnowledgeGraph &graph) {
            return tinyml::test::readWholeFile(
                QDir(graph.repositoryDirectory()).filePath(sha256 + QStringLiteral(".tflite")));
        },
        [&bytes](QByteArray b) { bytes = b; });
    if (!QTest::qWaitFor([&bytes] { return bytes.has_value(); }, kTimeoutMs))
        return QByteArray();
    return bytes.value_or(QByteArray());
}

} // namespace

class TestDeployView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        m_bus.useForThisProcess();
    }

    void deployFromDetailsAndFleet()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("2")}, &error), qPrintable(error));

        MainWindow window;
        window.setPrompts(AutomaticPrompts::make());
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openStore(m_dir.filePath(QStringLiteral("store")), kg::SeedPolicy::SeedWhenCreated);
        window.show();
        QVERIFY(ready.wait(kTimeoutMs));
        DeployView *view = window.deployView();

        // A scan finds both simulated boards.
        view->scan();
        QTRY_VERIFY_WITH_TIMEOUT(fleetBoard(view, kFirst) && fleetBoard(view, kSecond), kTimeoutMs);
        QVERIFY(fleetBoard(view, kFirst)->rssi.has_value());
        QVERIFY(fleetBoard(view, kFirst)->boardIri.isEmpty());

        // Linking the first one to a board of the graph stores its address there.
        const auto catalogue = window.session()->catalogue();
        const auto nano =
            std::find_if(catalogue->boards.cbegin(), catalogue->boards.cend(), [](const kg::BoardEntry &b) {
                return b.name == QLatin1String("Arduino Nano 33 BLE Sense Rev2");
            });
        QVERIFY(nano != catalogue->boards.cend());
        const QString nanoIri = nano->iri;
        window.linkBoard(nanoIri, kFirst, QStringLiteral("Nano 33 BLE Sense"));
        QTRY_COMPARE_WITH_TIMEOUT(fleetBoard(view, kFirst)->boardIri, nanoIri, kTimeoutMs);

        // Models for a board: the Nano chosen, a model selected, Deploy in its details.
        window.modelsForBoard()->boards()->selectBoard(nanoIri);
        QTableView *models = window.modelsForBoard()->table();
        QTRY_VERIFY_WITH_TIMEOUT(models->model()->rowCount() > 1, kTimeoutMs);
        models->selectionModel()->setCurrentIndex(models->model()->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ModelDetailsPanel *details = window.modelsForBoard()->details();
        QVERIFY(details->model().has_value());
        const kg::ModelEntry first = *details->model();
        auto *deployButton = details->findChild<QPushButton *>(QStringLiteral("deployModel"));
        QVERIFY(deployButton && deployButton->isEnabled());
        QSignalSpy recorded(view, &DeployView::recorded);
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QTRY_VERIFY_WITH_TIMEOUT(deploymentDone(view, kFirst), kTimeoutMs);
        QVERIFY(sim.filesReceivedBy(kFirst).value(0) == repositoryFile(&window, first.sha256));
        QVERIFY(sim.filesReceivedBy(kSecond).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(recorded.size() > 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(fleetBoard(view, kFirst)->runs, first.name, kTimeoutMs);

        // The fleet: another model to both boards at once.
        const kg::ModelEntry second =
            catalogue->models.at(1).iri == first.iri ? catalogue->models.at(0) : catalogue->models.at(1);
        view->selectBoards({kFirst, kSecond});
        auto *toSelected = view->findChild<QPushButton *>(QStringLiteral("deployToSelected"));
        QVERIFY(toSelected && toSelected->isEnabled());
        QSignalSpy finished(view, &DeployView::deploymentFinished);
        view->deployModel(second.iri, {kFirst, kSecond});
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        const QByteArray secondBytes = repositoryFile(&window, second.sha256);
        QVERIFY(sim.filesReceivedBy(kFirst).value(1) == secondBytes);
        QVERIFY(sim.filesReceivedBy(kSecond).value(0) == secondBytes);
        QTRY_COMPARE_WITH_TIMEOUT(fleetBoard(view, kFirst)->runs, second.name, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(fleetBoard(view, kSecond)->runs, second.name, kTimeoutMs);

        // The first board's history: both deployments, newest first.
        view->selectBoards({kFirst});
        QTRY_COMPARE_WITH_TIMEOUT(view->history()->topLevelItemCount(), 2, kTimeoutMs);
        QCOMPARE(view->history()->topLevelItem(0)->text(1), second.name);
        QCOMPARE(view->history()->topLevelItem(1)->text(1), first.name);

        // The summary of the latest deployment.
        const QString report = m_dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(view->saveReport(report, &error), qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(tinyml::test::readWholeFile(report)).object();
        QCOMPARE(json.value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("model")).toObject().value(QStringLiteral("iri")).toString(), second.iri);
    }

private:
    QTemporaryDir m_dir;
    PrivateSystemBus m_bus;
};

QTEST_MAIN(TestDeployView)
#include "tst_deployview.moc"
