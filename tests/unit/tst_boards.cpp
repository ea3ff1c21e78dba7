// Boards: described by a person (the paper's customised board) or imported from the W3C WoT
// Thing Description JSON that devices publish, and read back by the questions.
#include "TestData.h"

#include "kg/KnowledgeGraph.h"
#include "kg/ThingDescriptionJson.h"
#include "store/RedlandStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::kg;

namespace {

// A Thing Description of a factory sensor node with TinyML Manager's hardware members.
QByteArray thing()
{
    QFile file(QStringLiteral(TINYML_TEST_DATA_DIR "/station7.td.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read station7.td.json");
    return file.readAll();
}

} // namespace

class TestBoards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_graphs = 0;

    std::unique_ptr<KnowledgeGraph> newGraph()
    {
        const QString dir = m_dir.filePath(QStringLiteral("g%1").arg(++m_graphs));
        QString error;
        return std::make_unique<KnowledgeGraph>(store::RedlandStore::open(dir, &error), dir + QStringLiteral("/models"));
    }

    QString write(const QString &name, const QByteArray &text)
    {
        return test::writeWholeFile(m_dir.filePath(name), text);
    }

private slots:
    void customisedBoardIsAsked()
    {
        auto graph = newGraph();
        Board board;
        board.name = QStringLiteral("Line 3 camera");
        board.sensors = {QStringLiteral("Camera")};
        board.ramKb = 127;
        board.flashKb = 576;
        board.mcu = QStringLiteral("STM32H747");
        QString error;
        const auto iri = graph->addBoard(board, &error);
        QVERIFY2(iri, qPrintable(error));
        QVERIFY(iri->startsWith(QLatin1String("http://tinyml-schema.org/tinyml-demo/line_3_camera-")));
        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->boards.size(), 1);
        QCOMPARE(catalogue->boards[0].name, board.name);
        QCOMPARE(catalogue->boards[0].ramKb, 127.0);
        QCOMPARE(catalogue->boards[0].flashKb, 576.0);
        QCOMPARE(catalogue->boards[0].sensors, board.sensors);
    }

    void customisedBoardIsValidated()
    {
        auto graph = newGraph();
        Board board;
        board.sensors = {QStringLiteral("Sonar")};
        QString error;
        QVERIFY(!graph->addBoard(board, &error));
        QVERIFY2(error.contains(QLatin1String("needs a name")) && error.contains(QLatin1String("RAM must be more than 0"))
                     && error.contains(QLatin1String("unknown sensor class 'Sonar'")), qPrintable(error));
        QCOMPARE(graph->store().tripleCount(), 0);
    }

    void thingDescriptionBecomesABoard()
    {
        auto graph = newGraph();
        QString error;
        QStringList warnings;
        QVERIFY2(graph->importRdf({write(QStringLiteral("station7.td.json"), thing())}, &error, &warnings), qPrintable(error));
        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->boards.size(), 1);
        const BoardEntry &b = catalogue->boards[0];
        QCOMPARE(b.iri, QStringLiteral("urn:dev:ops:line3-station7"));
        QCOMPARE(b.name, QStringLiteral("Station 7 sensor node"));
        QCOMPARE(b.ramKb, 256.0);
        QCOMPARE(b.sensors, (QStringList{QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}));

        // Unmappable parts are reported, not lost silently.
        const QString all = warnings.join(QLatin1Char('\n'));
        for (const char *expected : {"unknown sensor class 'Sonar'", "'securityDefinitions' is not mapped", "unknown member 'vendorThing'", "unknown member 'ex:nested'"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));

        auto ask = [&](const QString &pattern) {
            const auto r = graph->store().query(QStringLiteral("PREFIX td: <https://www.w3.org/2019/wot/td#> PREFIX hctl: <https://www.w3.org/2019/wot/hypermedia#> ASK { ") + pattern + QStringLiteral(" }"), &error);
            return r && r->boolean;
        };
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:hasPropertyAffordance ?p . ?p td:name \"vibration\" ; td:isObservable true ; td:hasForm ?f . ?f hctl:hasTarget <coap://station7/vibration> ; td:hasOperationType \"observeproperty\"")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:title \"Sensorknoten Station 7\"@de")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> <http://example.org/line> 3")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:hasActionAffordance ?a . ?a td:name \"reset\"")));
    }

    void refusesWhatIsNotAThingDescription_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\"title\": ") << "not valid JSON at offset";
        QTest::newRow("array") << QByteArray("[]") << "a Thing Description is a JSON object";
        QTest::newRow("no context, no security") << QByteArray("{\"title\": \"x\"}")
                                                 << "missing @context (naming https://www.w3.org/2022/wot/td/v1.1 or .../2019/wot/td/v1), security, securityDefinitions";
        QTest::newRow("no title") << QByteArray("{\"@context\": \"https://www.w3.org/2019/wot/td/v1\", \"security\": [], \"securityDefinitions\": {}}")
                                  << "missing title";
    }
    void refusesWhatIsNotAThingDescription()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto graph = newGraph();
        const QString good = write(QStringLiteral("good.td.json"), thing());
        const QString bad = write(QStringLiteral("bad.td.json"), json);
        QString error;
        QVERIFY(!graph->importRdf({good, bad}, &error));
        QVERIFY2(error.startsWith(bad + QStringLiteral(": ")) && error.contains(message), qPrintable(error));
        QCOMPARE(graph->store().tripleCount(), 0);
    }

    void aThingWithoutHardwareIsNoBoard()
    {
        QByteArray json = thing();
        json.replace("\"tinyml:ram\": 256,", "");
        QString error;
        const auto td = readThingDescription(json, QStringLiteral("lamp"), &error);
        QVERIFY2(td, qPrintable(error));
        QVERIFY(!td->describesHardware);
        QVERIFY(td->warnings.join(QLatin1Char(' ')).contains(QLatin1String("kept as a Thing")));
    }
};

QTEST_GUILESS_MAIN(TestBoards)
#include "tst_boards.moc"
