// The GUI's deploy path on the offscreen platform, against tinyml-board-sim on a private bus:
// a scan lists the simulated boards, a found board is linked to a board of the graph, Deploy in
// the model details sends the model to the chosen board, a multi-selection in the Deploy view
// sends another to both, and every deployment is recorded and shown as the board's history. The
// fit gate: a model the graph says does not fit a board is sent only after the user's answer
// (Cancel sends and records nothing; Deploy anyway sends and records the reasons overridden).
#include "AutomaticPrompts.h"
#include "BoardSimulator.h"
#include "TestData.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "deploy/DeployView.h"
#include "deploy/FitGate.h"
#include "deploy/FleetTableModel.h"
#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "widgets/TableCells.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
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
const QString kThird = tinyml::test::simulatedBoardAddress(3);

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

// The SPARQL answer the store of `window` gives, as "value|value" rows.
QStringList select(MainWindow *window, const QString &sparql)
{
    std::optional<QStringList> rows;
    window->session()->run<QStringList>(
        window,
        [sparql](kg::KnowledgeGraph &graph) {
            QString error;
            QStringList out;
            if (const auto result = graph.store().query(sparql, &error)) {
                for (const QList<rdf::RdfTerm> &row : result->rows) {
                    QStringList values;
                    for (const rdf::RdfTerm &term : row)
                        values << term.value();
                    out << values.join(QLatin1Char('|'));
                }
            } else {
                out << QStringLiteral("error: ") + error;
            }
            return out;
        },
        [&rows](QStringList r) { rows = r; });
    if (!QTest::qWaitFor([&rows] { return rows.has_value(); }, kTimeoutMs))
        return {QStringLiteral("no answer")};
    return rows.value_or(QStringList{QStringLiteral("no answer")});
}

QStringList deploymentsTo(MainWindow *window, const QString &address)
{
    return select(window,
                  QStringLiteral("PREFIX tinyml: <http://tinyml-schema.org/manager#>\n"
                                 "SELECT ?d ?despite WHERE { ?d a tinyml:Deployment ; tinyml:bleAddress \"%1\" "
                                 "OPTIONAL { ?d tinyml:deployedDespite ?despite } }")
                      .arg(address));
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
        // One simulator for every test: Qt Bluetooth does not see a second org.bluez that
        // replaces the first on the bus.
        m_sim = std::make_unique<BoardSimulator>(m_bus);
        QVERIFY2(m_sim->start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
    }

    void deployFromDetailsAndFleet()
    {
        BoardSimulator &sim = *m_sim;
        QString error;

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

        // The fleet: another model that fits the Nano to both boards at once (the second board is
        // not in the graph: its fit is unknown, which is no refusal).
        const auto fitsNano =
            std::find_if(catalogue->models.cbegin(), catalogue->models.cend(), [&](const kg::ModelEntry &m) {
                const QList<kg::BoardAnswer> answers = kg::boardsFor(*catalogue, m);
                return m.iri != first.iri
                    && std::any_of(answers.cbegin(), answers.cend(),
                                   [&](const kg::BoardAnswer &a) { return a.board->iri == nanoIri && a.fit.fits(); });
            });
        QVERIFY(fitsNano != catalogue->models.cend());
        const kg::ModelEntry second = *fitsNano;
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

    void fitGate()
    {
        // The third board, which the first test left alone.
        BoardSimulator &sim = *m_sim;

        MainWindow window;
        auto prompts = std::make_unique<AutomaticPrompts>();
        AutomaticPrompts *answers = prompts.get();
        window.setPrompts(std::move(prompts));
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openStore(m_dir.filePath(QStringLiteral("fitstore")), kg::SeedPolicy::SeedWhenCreated);
        QVERIFY(ready.wait(kTimeoutMs));
        DeployView *view = window.deployView();

        // A board of the graph and the smallest model the graph says is short of RAM on it.
        const auto catalogue = window.session()->catalogue();
        const kg::ModelEntry *model = nullptr;
        std::optional<kg::BoardAnswer> misfit;
        for (const kg::ModelEntry &m : catalogue->models) {
            for (const kg::BoardAnswer &a : kg::boardsFor(*catalogue, m)) {
                if (!a.fit.fits() && a.fit.ramHeadroomKb < 0 && (!model || m.flashKb < model->flashKb)) {
                    model = &m;
                    misfit = a;
                }
            }
        }
        QVERIFY2(model, "the seeded graph has no model short of RAM on one of its boards");
        const kg::BoardEntry board = *misfit->board;
        view->scan();
        QTRY_VERIFY_WITH_TIMEOUT(fleetBoard(view, kThird) && fleetBoard(view, kThird)->rssi, kTimeoutMs);
        window.linkBoard(board.iri, kThird, QStringLiteral("Simulated"));
        QTRY_VERIFY_WITH_TIMEOUT(fleetBoard(view, kThird) && fleetBoard(view, kThird)->boardIri == board.iri,
                                 kTimeoutMs);

        // Cancel: the question lists the board with the tables' reasons; nothing goes out.
        answers->fitAnswer = FitQuestion::Answer::Cancel;
        view->deployModel(model->iri, {kThird});
        QCOMPARE(answers->fitQuestions.size(), 1);
        const FitQuestion question = answers->fitQuestions.first();
        const QString reasons = fitReasons(misfit->fit, misfit->need);
        QVERIFY(reasons.contains(QLatin1String("RAM short by")));
        QCOMPARE(question.misfits.size(), 1);
        QCOMPARE(question.misfits.first().board, board.name);
        QCOMPARE(question.misfits.first().reasons, reasons);
        QVERIFY2(question.text().contains(board.name + QStringLiteral(": ") + reasons), qPrintable(question.text()));
        QVERIFY(!question.othersRemain());
        QVERIFY(!view->isDeploying());
        QTest::qWait(1000);
        QVERIFY(!fleetBoard(view, kThird)->deployment);
        QVERIFY(sim.filesReceivedBy(kThird).isEmpty());
        QCOMPARE(deploymentsTo(&window, kThird), QStringList());

        // The details panel's Deploy button asks the same question (the case that sent a model
        // the table itself marked as not fitting).
        window.modelsForBoard()->boards()->selectBoard(board.iri);
        QTableView *models = window.modelsForBoard()->table();
        QTRY_VERIFY_WITH_TIMEOUT(models->model()->rowCount() > 1, kTimeoutMs);
        const QModelIndexList rows =
            models->model()->match(models->model()->index(0, 0), IriRole, model->iri, 1, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        models->selectionModel()->setCurrentIndex(rows.first(),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *deployButton =
            window.modelsForBoard()->details()->findChild<QPushButton *>(QStringLiteral("deployModel"));
        QVERIFY(deployButton && deployButton->isEnabled());
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QCOMPARE(answers->fitQuestions.size(), 2);
        QCOMPARE(answers->fitQuestions.last().misfits.value(0).reasons, reasons);
        QTest::qWait(500);
        QVERIFY(sim.filesReceivedBy(kThird).isEmpty());

        // Deploy anyway: sent, and the record says which reasons were overridden.
        answers->fitAnswer = FitQuestion::Answer::DeployAnyway;
        QSignalSpy finished(view, &DeployView::deploymentFinished);
        QSignalSpy recorded(view, &DeployView::recorded);
        view->deployModel(model->iri, {kThird});
        QCOMPARE(answers->fitQuestions.size(), 3);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(finished.first().at(0).toInt() == 1,
                 qPrintable(deploymentText(*fleetBoard(view, kThird)->deployment)));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(sim.filesReceivedBy(kThird).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(recorded.size() > 0, kTimeoutMs);
        const QStringList records = deploymentsTo(&window, kThird);
        QCOMPARE(records.size(), 1);
        const QString despite = deploy::misfitText(misfit->fit.reasons(misfit->need));
        QVERIFY2(records.first().endsWith(QLatin1Char('|') + despite), qPrintable(records.first()));

        // The history shows what was overridden; the fleet what became of the model.
        view->selectBoards({kThird});
        QTRY_COMPARE_WITH_TIMEOUT(view->history()->topLevelItemCount(), 1, kTimeoutMs);
        QVERIFY2(view->history()->topLevelItem(0)->text(6).contains(despite),
                 qPrintable(view->history()->topLevelItem(0)->text(6)));
        QCOMPARE(fleetBoard(view, kThird)->deployment->outcome, deploy::DeployOutcome::Unconfirmed);
        const QString status = view->findChild<QLabel *>(QStringLiteral("deployStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("1 delivered without confirmation")), qPrintable(status));
        const QModelIndex cell = view->fleet()->index(view->fleet()->rowOf(kThird), FleetTableModel::Deployment);
        QVERIFY2(cell.data().toString().contains(QLatin1String("not confirmed")), qPrintable(cell.data().toString()));
    }

private:
    QTemporaryDir m_dir;
    PrivateSystemBus m_bus;
    std::unique_ptr<BoardSimulator> m_sim;
};

QTEST_MAIN(TestDeployView)
#include "tst_deployview.moc"
