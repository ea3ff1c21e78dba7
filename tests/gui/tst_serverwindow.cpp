// The desktop application on a knowledge graph held by a real SPARQL server (a Virtuoso the test
// starts): the status bar names the server, the board picker and the models table show what they
// show on the embedded store, edits and their undo reach the server, a model dropped in is
// imported there, and a refused connection leaves the open store in use.
#include "AutomaticPrompts.h"
#include "TestData.h"
#include "TfliteFixture.h"
#include "VirtuosoServer.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "kg/GraphOpening.h"
#include "kg/GraphSync.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelFitTableModel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "widgets/ItemRoles.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 60000;

// Chooses the board of that name in the board picker.
bool selectBoard(MainWindow *window, const QString &name)
{
    const auto &boards = window->session()->catalogue()->boards;
    const auto board =
        std::find_if(boards.begin(), boards.end(), [&](const kg::BoardEntry &b) { return b.name == name; });
    if (board == boards.end())
        return false;
    window->modelsForBoard()->boards()->selectBoard(board->iri);
    const auto current = window->modelsForBoard()->boards()->currentBoard();
    return current && current->name == name;
}

// The table's rows as "name: fits" lines, sorted.
QStringList tableRows(MainWindow *window)
{
    QStringList rows;
    ModelFitTableModel *model = window->modelsForBoard()->fitModel();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << QStringLiteral("%1: %2").arg(model->index(row, ModelFitTableModel::Name).data().toString(),
                                             model->index(row, 0).data(FitsRole).toBool() ? QStringLiteral("fits")
                                                                                          : QStringLiteral("no"));
    rows.sort();
    return rows;
}

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::VirtuosoServer m_virtuoso;
    store::SparqlEndpoint m_endpoint;
    std::unique_ptr<MainWindow> m_local;

    std::unique_ptr<MainWindow> openedOn(const store::SparqlEndpoint &endpoint)
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompts(AutomaticPrompts::make());
        QSignalSpy ready(window.get(), &MainWindow::ready);
        window->openServer(endpoint);
        window->show();
        if (!ready.wait(kTimeoutMs))
            qFatal("the window did not become ready on %s", qPrintable(endpoint.description()));
        return window;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        qputenv("XDG_DATA_HOME",
                m_dir.filePath(QStringLiteral("data")).toUtf8()); // the server's local model repository
        const QString missing = test::VirtuosoServer::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QString error;
        QVERIFY2(m_virtuoso.start(&error), qPrintable(error));
        // The demonstration store, pushed to the server as a plant would share it.
        const QString local = m_dir.filePath(QStringLiteral("local"));
        auto graph = kg::openGraphStore(local, kg::SeedPolicy::SeedWhenCreated, &error);
        QVERIFY2(graph, qPrintable(error));
        m_endpoint = m_virtuoso.newGraphEndpoint();
        auto server = store::SparqlStore::connect(m_endpoint, &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(kg::pushGraph(graph->store(), *server, &error), qPrintable(error));
        graph.reset();
        m_local = std::make_unique<MainWindow>();
        m_local->setPrompts(AutomaticPrompts::make());
        QSignalSpy ready(m_local.get(), &MainWindow::ready);
        m_local->openStore(local, kg::SeedPolicy::Empty);
        QVERIFY(ready.wait(kTimeoutMs));
    }

    void cleanupTestCase() { m_local.reset(); }

    void showsTheSameAnswersAsTheEmbeddedStore_data()
    {
        QTest::addColumn<QString>("board");
        QTest::newRow("Nano 33 BLE Sense") << QStringLiteral("Arduino Nano 33 BLE Sense Rev2");
        QTest::newRow("Nicla Vision") << QStringLiteral("Arduino Nicla Vision");
    }
    void showsTheSameAnswersAsTheEmbeddedStore()
    {
        QFETCH(QString, board);
        auto window = openedOn(m_endpoint);
        auto *label = window->findChild<QLabel *>(QStringLiteral("storeLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(QStringLiteral("Server: ")) && label->text().contains(m_endpoint.graph),
                 qPrintable(label->text()));
        QCOMPARE(window->session()->catalogue()->models.size(), m_local->session()->catalogue()->models.size());
        QVERIFY(selectBoard(window.get(), board));
        QVERIFY(selectBoard(m_local.get(), board));
        QTRY_VERIFY_WITH_TIMEOUT(window->modelsForBoard()->fitModel()->rowCount() > 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(window.get()), tableRows(m_local.get()), kTimeoutMs);
    }

    void editsAndTheirUndoReachTheServer()
    {
        auto window = openedOn(m_endpoint);
        const int boards = int(window->session()->catalogue()->boards.size());
        kg::Board board;
        board.name = QStringLiteral("Line 4 gateway");
        board.ramKb = 256;
        board.flashKb = 1024;
        board.sensors = {QStringLiteral("Microphone")};
        window->saveBoard(board);
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->boards.size()), boards + 1, kTimeoutMs);
        QString error;
        auto server = store::SparqlStore::connect(m_endpoint, &error);
        QVERIFY2(server, qPrintable(error));
        const QString ask = QStringLiteral("ASK { ?b ?p ?name FILTER(STR(?name) = \"Line 4 gateway\") }");
        auto seen = server->query(ask, &error);
        QVERIFY2(seen && seen->boolean, qPrintable(error));
        window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->boards.size()), boards, kTimeoutMs);
        seen = server->query(ask, &error);
        QVERIFY2(seen && !seen->boolean, qPrintable(error));
    }

    void aModelImportedGoesToTheServer()
    {
        auto window = openedOn(m_endpoint);
        const int models = int(window->session()->catalogue()->models.size());
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("press_vibration.tflite")),
                                                  QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        QSignalSpy finished(window.get(), &MainWindow::operationFinished);
        window->importFiles({file});
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->models.size()), models + 1, kTimeoutMs);
        QString error;
        auto server = store::SparqlStore::connect(m_endpoint, &error);
        QVERIFY2(server, qPrintable(error));
        const auto seen =
            server->query(QStringLiteral("ASK { ?m ?p ?name FILTER(STR(?name) = \"press_vibration\") }"), &error);
        QVERIFY2(seen && seen->boolean, qPrintable(error));
        window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->models.size()), models, kTimeoutMs);
    }

    void aRefusedConnectionKeepsTheOpenStore()
    {
        auto window = openedOn(m_endpoint);
        auto *label = window->findChild<QLabel *>(QStringLiteral("storeLabel"));
        store::SparqlEndpoint wrong = m_endpoint;
        wrong.secret = QStringLiteral("guess");
        QSignalSpy finished(window.get(), &MainWindow::operationFinished);
        QSignalSpy failed(window->session(), &GraphSession::openFailed);
        window->openServer(wrong);
        QVERIFY(failed.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kTimeoutMs);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("refused the credentials")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(window->session()->isOpen());
        QCOMPARE(window->session()->location(), m_endpoint.locator());
        QVERIFY2(label->text().startsWith(QStringLiteral("Server: ")), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
