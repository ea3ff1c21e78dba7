// tinyml-kg deploy's fit gate, as a user runs it, against tinyml-board-sim on a private bus: a
// board the graph says the model does not fit is refused (exit code 1, the reason on standard
// error, nothing sent) unless --force, which sends and records that it was sent despite the
// reasons; a board the graph does not know gets a warning and the model; --no-record says once
// that it cannot judge. Whether a board received anything is what the simulator saved.
#include "BoardSimulator.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tinyml::test::BoardSimulator;
using tinyml::test::PrivateSystemBus;

namespace {

QString address(int n)
{
    return tinyml::test::simulatedBoardAddress(n);
}

// Two boards of the graph by Bluetooth address: one far too small for any model, one ample with
// a microphone.
QByteArray boardsTurtle()
{
    const QString turtle = QStringLiteral(R"(
@prefix s3n: <http://w3id.org/s3n/> .
@prefix td: <https://www.w3.org/2019/wot/td#> .
@prefix ssn: <http://www.w3.org/ns/ssn/> .
@prefix ssn-system: <http://www.w3.org/ns/ssn/systems/> .
@prefix schema: <https://schema.org/> .
@prefix om: <http://www.ontology-of-units-of-measure.org/resource/om-2/> .
@prefix s3n_extend: <http://tinyml-schema.org/s3n_extend/> .
@prefix tinyml: <http://tinyml-schema.org/manager#> .
@prefix sosa_extend: <http://tinyml-schema.org/sosa_extend/> .
<urn:test:tiny> a s3n:SmartSensor, td:Thing ; td:title "Tiny board" ; tinyml:bleAddress "%1" ;
    tinyml:runsRuntime tinyml:tflm24-cortex-m4-cmsis ;
    ssn:hasSubSystem [ a s3n:MicroController ; s3n:hasSystemCapability [ ssn-system:hasSystemProperty
        [ a s3n_extend:RAM ; schema:value 0.2 ; schema:unitCode om:kilobyte ] ,
        [ a s3n_extend:Flash ; schema:value 2 ; schema:unitCode om:kilobyte ] ] ] .
<urn:test:ample> a s3n:SmartSensor, td:Thing ; td:title "Ample board" ; tinyml:bleAddress "%2" ;
    tinyml:runsRuntime tinyml:tflm24-cortex-m4-cmsis ;
    ssn:hasSubSystem [ a sosa_extend:Microphone ] ;
    ssn:hasSubSystem [ a s3n:MicroController ; s3n:hasSystemCapability [ ssn-system:hasSystemProperty
        [ a s3n_extend:RAM ; schema:value 4096 ; schema:unitCode om:kilobyte ] ,
        [ a s3n_extend:Flash ; schema:value 8192 ; schema:unitCode om:kilobyte ] ] ] .
)");
    return turtle.arg(address(1), address(2)).toUtf8();
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestDeployFitGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        m_bus.useForThisProcess();
        const std::string bytes = tinyml::test::wideDenseNetwork(128, 128).bytes();
        m_model = tinyml::test::writeWholeFile(m_dir.filePath(QStringLiteral("wide.tflite")),
                                               QByteArray(bytes.data(), qsizetype(bytes.size())));
        const QString boards =
            tinyml::test::writeWholeFile(m_dir.filePath(QStringLiteral("boards.ttl")), boardsTurtle());
        Run imported = run({QStringLiteral("import-rdf"), boards});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // The model is of the graph, with its sensor (code 1: Microphone), so its fit is known.
        const QString sheet =
            tinyml::test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet.tsv")), "Name\tHardware\nwide\t1\n");
        imported = run({QStringLiteral("import"), m_model, QStringLiteral("--metadata"), sheet});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void refusedWithoutForce()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
        const Run r = run({QStringLiteral("deploy"), m_model, QStringLiteral("--to"), address(1)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Tiny board (" + address(1).toUtf8() + "): refused"), r.err.constData());
        QVERIFY2(r.err.contains("RAM short by"), r.err.constData());
        QVERIFY2(r.out.contains("0 of 1 board(s) run the model"), r.out.constData());
        QVERIFY(sim.filesReceivedBy(address(1)).isEmpty());
        QVERIFY2(!sim.output().contains(QLatin1String("received")), qPrintable(sim.output()));
        QCOMPARE(deploymentCount(), 0);
    }

    void onlyTheMisfitIsLeftOut()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
        const Run r = run({QStringLiteral("deploy"), m_model, QStringLiteral("--to"),
                           QStringList{address(1), address(2), address(3)}.join(QLatin1Char(','))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
        QVERIFY2(
            r.err.contains("warning: " + address(3).toUtf8() + " is not a board of the knowledge graph: fit unknown"),
            r.err.constData());
        QVERIFY2(!r.err.contains("Ample board (" + address(2).toUtf8() + "): refused"), r.err.constData());
        QVERIFY2(r.out.contains("2 of 3 board(s) run the model"), r.out.constData());
        QVERIFY(sim.filesReceivedBy(address(1)).isEmpty());
        QCOMPARE(sim.filesReceivedBy(address(2)).size(), 1);
        QCOMPARE(sim.filesReceivedBy(address(3)).size(), 1);
    }

    // A file the graph does not hold says nothing of its sensors: even a board with the memory for
    // it is refused, with the reason, unless --force.
    void aModelOfUnknownSensorsIsAskedAbout()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
        const std::string bytes = tinyml::test::wideDenseNetwork(64, 64).bytes();
        const QString unknown = tinyml::test::writeWholeFile(m_dir.filePath(QStringLiteral("unknown.tflite")),
                                                             QByteArray(bytes.data(), qsizetype(bytes.size())));
        const Run r = run({QStringLiteral("deploy"), unknown, QStringLiteral("--to"), address(2)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Ample board (" + address(2).toUtf8()
                                + "): refused, the model does not fit: fits memory; sensors unknown"),
                 r.err.constData());
        QVERIFY(sim.filesReceivedBy(address(2)).isEmpty());
    }

    void sentWithForceAndRecordedDespite()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
        const Run r =
            run({QStringLiteral("deploy"), m_model, QStringLiteral("--force"), QStringLiteral("--to"), address(1)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("sent anyway (--force)"), r.err.constData());
        QVERIFY2(r.out.contains("1 of 1 board(s) run the model"), r.out.constData());
        QCOMPARE(sim.filesReceivedBy(address(1)).size(), 1);
        const Run despite = query("SELECT ?why WHERE { ?d tinyml:bleAddress \"" + address(1).toUtf8()
                                  + "\" ; tinyml:deployedDespite ?why }");
        QVERIFY2(despite.out.contains("RAM short by"), despite.out.constData() + despite.err);
    }

    void noRecordCannotJudge()
    {
        BoardSimulator sim(m_bus);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3")}, &error), qPrintable(error));
        const Run r = run({QStringLiteral("deploy"), m_model, QStringLiteral("--no-record"), QStringLiteral("--to"),
                           address(1) + QLatin1Char(',') + address(2)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count("cannot be judged"), 1);
        QCOMPARE(sim.filesReceivedBy(address(1)).size(), 1);
    }

private:
    Run run(const QStringList &arguments)
    {
        const QString kg = qEnvironmentVariable("TINYML_KG");
        Run r;
        if (kg.isEmpty()) {
            r.err = "TINYML_KG does not name tinyml-kg";
            return r;
        }
        QProcess process;
        process.start(kg, QStringList{QStringLiteral("--store"), m_dir.filePath(QStringLiteral("store"))} + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            r.err = "tinyml-kg did not finish";
            return r;
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return r;
    }

    Run query(const QByteArray &select)
    {
        const QString file = tinyml::test::writeWholeFile(
            m_dir.filePath(QStringLiteral("q.rq")), "PREFIX tinyml: <http://tinyml-schema.org/manager#>\n" + select);
        return run({QStringLiteral("query"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    }

    int deploymentCount()
    {
        const Run r = query("SELECT ?d WHERE { ?d a tinyml:Deployment }");
        return r.exitCode == 0 ? int(r.out.trimmed().count('\n')) : -1;
    }

    QTemporaryDir m_dir;
    PrivateSystemBus m_bus;
    QString m_model;
};

QTEST_GUILESS_MAIN(TestDeployFitGate)
#include "tst_deployfitgate.moc"
