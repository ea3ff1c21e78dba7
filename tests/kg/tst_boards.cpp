// Boards: described by a person (the paper's customised board) or imported from the W3C WoT
// Thing Description JSON that devices publish, and read back by the questions.
#include "TestData.h"
#include "TfliteFixture.h"

#include "codegen/FirmwareTarget.h"
#include "kg/KnowledgeGraph.h"
#include "kg/ThingDescriptionJson.h"
#include "store/redland/RedlandStore.h"

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
        return std::make_unique<KnowledgeGraph>(store::RedlandStore::open(dir, &error),
                                                dir + QStringLiteral("/models"));
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
        QVERIFY2(error.contains(QLatin1String("needs a name"))
                     && error.contains(QLatin1String("RAM must be more than 0"))
                     && error.contains(QLatin1String("unknown sensor class 'Sonar'")),
                 qPrintable(error));
        QCOMPARE(graph->store().tripleCount(), 0);
    }

    void thingDescriptionBecomesABoard()
    {
        auto graph = newGraph();
        QString error;
        QStringList warnings;
        QVERIFY2(graph->importRdf({write(QStringLiteral("station7.td.json"), thing())}, &error, &warnings),
                 qPrintable(error));
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
        for (const char *expected : {"unknown sensor class 'Sonar'", "'securityDefinitions' is not mapped",
                                     "unknown member 'vendorThing'", "unknown member 'ex:nested'"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));

        auto ask = [&](const QString &pattern) {
            const auto r = graph->store().query(QStringLiteral("PREFIX td: <https://www.w3.org/2019/wot/td#> PREFIX "
                                                               "hctl: <https://www.w3.org/2019/wot/hypermedia#> ASK { ")
                                                    + pattern + QStringLiteral(" }"),
                                                &error);
            return r && r->boolean;
        };
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:hasPropertyAffordance ?p . ?p td:name "
                                   "\"vibration\" ; td:isObservable true ; td:hasForm ?f . ?f hctl:hasTarget "
                                   "<coap://station7/vibration> ; td:hasOperationType \"observeproperty\"")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:title \"Sensorknoten Station 7\"@de")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> <http://example.org/line> 3")));
        QVERIFY(ask(QStringLiteral("<urn:dev:ops:line3-station7> td:hasActionAffordance ?a . ?a td:name \"reset\"")));
    }

    void describingAThingAgainReplacesIt()
    {
        auto graph = newGraph();
        QString error;
        QVERIFY(graph->importRdf({write(QStringLiteral("v1.td.json"), thing())}, &error));
        QByteArray smaller = thing();
        smaller.replace("\"tinyml:ram\": 256", "\"tinyml:ram\": 64");
        smaller.replace("\"titles\": {\"de\": \"Sensorknoten Station 7\"}", "\"titles\": {\"en us\": \"bad tag\"}");
        QStringList warnings;
        QVERIFY2(graph->importRdf({write(QStringLiteral("v2.td.json"), smaller)}, &error, &warnings),
                 qPrintable(error));
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QLatin1String("'en us' is not a language tag")));
        const Catalogue *catalogue = graph->catalogue(&error);
        QCOMPARE(catalogue->boards.size(), 1);
        QCOMPARE(catalogue->boards[0].ramKb, 64.0);
        const auto old = graph->store().query(
            QStringLiteral("ASK { ?s <https://www.w3.org/2019/wot/td#title> \"Sensorknoten Station 7\"@de }"), &error);
        QVERIFY(old && !old->boolean);
    }

    // Editing a catalogue board in the form (a Bluetooth address linked to it, say) keeps how
    // firmware is built for it, and the drivers of the sensors it keeps.
    void editingABoardKeepsItsFirmwareFacts()
    {
        auto graph = newGraph();
        QString error;
        QVERIFY2(graph->importRdf(
                     {QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards/arduino_nano_33_ble_sense_rev2.ttl")}, &error),
                 qPrintable(error));
        const BoardEntry entry = graph->catalogue(&error)->boards.value(0);
        const auto before = codegen::readFirmwareTarget(graph->store(), entry.iri, &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->firmwareTemplate, codegen::kNrf52840Template);
        QCOMPARE(before->driverOf(QStringLiteral("Microphone")), QStringLiteral("PDM"));
        QCOMPARE(before->drivers.size(), 9);

        Board edited = boardOf(entry);
        edited.bleAddress = QStringLiteral("AA:BB:CC:DD:EE:07");
        edited.sensors.removeAll(QStringLiteral("Barometer"));
        const auto change = graph->boardChange(edited, &error);
        QVERIFY2(change && graph->apply(*change, &error), qPrintable(error));
        const auto after = codegen::readFirmwareTarget(graph->store(), entry.iri, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->firmwareTemplate, before->firmwareTemplate);
        QCOMPARE(after->platformioBoard, QStringLiteral("nano33ble"));
        QCOMPARE(after->arduinoFqbn, before->arduinoFqbn);
        QCOMPARE(after->libraries, before->libraries);
        QCOMPARE(after->drivers.size(), 8);
        QCOMPARE(after->driverOf(QStringLiteral("Accelerometer")), QStringLiteral("Arduino_BMI270_BMM150"));
        QVERIFY(after->driverOf(QStringLiteral("Barometer")).isEmpty());
        QCOMPARE(graph->catalogue(&error)->boards.value(0).bleAddress, QStringLiteral("AA:BB:CC:DD:EE:07"));
    }

    void onlyKilobytesCount()
    {
        // The paper's queries compare memory in kB; a board given in MB is not silently read as kB.
        auto graph = newGraph();
        Board board;
        board.name = QStringLiteral("big");
        board.ramKb = 2;
        board.flashKb = 4;
        QString error;
        const auto iri = graph->addBoard(board, &error);
        QVERIFY(iri);
        const QString om = QStringLiteral("http://www.ontology-of-units-of-measure.org/resource/om-2/");
        const rdf::RdfTriple kb{rdf::RdfTerm::iri(*iri + QStringLiteral("#ram")),
                                rdf::RdfTerm::iri(QStringLiteral("https://schema.org/unitCode")),
                                rdf::RdfTerm::iri(om + QStringLiteral("kilobyte"))};
        const rdf::RdfTriple mb{kb.subject, kb.predicate, rdf::RdfTerm::iri(om + QStringLiteral("megabyte"))};
        QVERIFY(graph->store().commit({{kb}, {mb}}, &error));
        graph->invalidateCatalogue();
        QCOMPARE(graph->catalogue(&error)->boards.size(), 0);
    }

    void aStoreFolderWithASpaceWorks()
    {
        const QString dir = m_dir.filePath(QStringLiteral("my store"));
        QString error;
        {
            KnowledgeGraph graph(store::RedlandStore::open(dir, &error), dir + QStringLiteral("/models"));
            QVERIFY(graph.importRdf({write(QStringLiteral("space.td.json"), thing())}, &error));
            QVERIFY(graph.importModels(
                {{test::writeWholeFile(m_dir.filePath(QStringLiteral("m.tflite")),
                                       QByteArray::fromStdString(test::syntheticClassifier(1).bytes())),
                  {}}},
                &error));
        }
        auto reopened = store::RedlandStore::open(dir, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto url =
            reopened->query(QStringLiteral("SELECT ?u WHERE { ?n <https://schema.org/contentUrl> ?u }"), &error);
        QVERIFY(url && url->rows.size() == 1);
        QVERIFY2(url->rows[0][0].value().contains(QLatin1String("my%20store")), qPrintable(url->rows[0][0].value()));
    }

    void refusesWhatIsNotAThingDescription_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\"title\": ") << "not valid JSON at offset";
        QTest::newRow("array") << QByteArray("[]") << "a Thing Description is a JSON object";
        QTest::newRow("no context, no security") << QByteArray("{\"title\": \"x\"}")
                                                 << "missing @context (naming https://www.w3.org/2022/wot/td/v1.1 or "
                                                    ".../2019/wot/td/v1), security, securityDefinitions";
        QTest::newRow("no title") << QByteArray(
            "{\"@context\": \"https://www.w3.org/2019/wot/td/v1\", \"security\": [], \"securityDefinitions\": {}}")
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
