// Deployment end to end through Qt Bluetooth's BlueZ D-Bus backend: the central and its queue
// against tinyml-board-sim on a private bus. A board "has" a model only when the simulator saved
// a byte-identical file for it; a success without one would be a false success.
#include "BoardSimulator.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "deploy/DeployQueue.h"
#include "deploy/DeployReport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tinyml::deploy;
using tinyml::test::BoardSimulator;
using tinyml::test::PrivateSystemBus;

namespace {

QByteArray modelBytes(int inputs, int outputs)
{
    const std::string bytes = tinyml::test::wideDenseNetwork(inputs, outputs).bytes();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

ModelPayload payload(const QByteArray &bytes)
{
    return ModelPayload{bytes, QStringLiteral("wide dense"),
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                        QString()};
}

QString address(int n)
{
    return tinyml::test::simulatedBoardAddress(n);
}

QList<DeployTarget> targets(int count)
{
    QList<DeployTarget> list;
    for (int i = 1; i <= count; ++i)
        list << DeployTarget{QBluetoothAddress(address(i)), QString(), QString(), QString()};
    return list;
}

// Quick timeouts so that the fault cases end in seconds.
TransferOptions quickOptions()
{
    TransferOptions o;
    o.connectTimeoutMs = 3000;
    o.stepTimeoutMs = 2000;
    o.verifyTimeoutMs = 2000;
    o.errorTextWaitMs = 300;
    o.findTimeoutMs = 1500;
    o.backoffMs = 100;
    o.deadlineMs = 60000;
    return o;
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneBoardLargeModel();
    void eightBoardsAtOnce();
    void faults_data();
    void faults();
    void unknownBoardFails();
    void cancelAndRetry();
    void deadlineEndsASilentBoard();
    void soak();
    void commandLine();
    void reportColumns();
    void runModelsNeedsItsRunner();

private:
    // Runs the queue to its end; fails the test if it does not end within `timeoutMs`.
    bool runToEnd(DeployQueue &queue, int timeoutMs);

    PrivateSystemBus m_bus;
    QByteArray m_large;
    QByteArray m_small;
};

void TestDeploy::initTestCase()
{
    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    m_bus.useForThisProcess();
    m_large = modelBytes(1040, 512);
    QVERIFY(m_large.size() > 525000 && m_large.size() < 545000);
    m_small = modelBytes(128, 128); // about 16 KB: 130 blocks
}

bool TestDeploy::runToEnd(DeployQueue &queue, int timeoutMs)
{
    if (queue.isFinished())
        return true;
    QSignalSpy finished(&queue, &DeployQueue::finished);
    return finished.wait(timeoutMs) || queue.isFinished();
}

void TestDeploy::oneBoardLargeModel()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("1")}, &error), qPrintable(error));
    DeployQueue queue(payload(m_large), TransferOptions());
    queue.add(targets(1));
    QVERIFY(runToEnd(queue, 60000));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Done);
    // The paper's firmware has no model status: the file is there, whether it runs is not known.
    QVERIFY(d.outcome == DeployOutcome::Unconfirmed);
    QCOMPARE(d.detail, QStringLiteral("delivered; the board does not report whether the model runs"));
    QCOMPARE(d.arenaUsedBytes, qint64(-1));
    QCOMPARE(d.attempts, 1);
    QCOMPARE(d.progress.bytesSent, qint64(m_large.size()));
    const QList<QByteArray> files = sim.filesReceivedBy(address(1));
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first() == m_large);
    qInfo("one board: %lld bytes in %.2f s (%.0f blocks/s)", qlonglong(m_large.size()),
          d.started.msecsTo(d.ended) / 1000.0, d.progress.blocksPerSecond);
}

void TestDeploy::eightBoardsAtOnce()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("8")}, &error), qPrintable(error));
    DeployQueue queue(payload(m_large), TransferOptions(), 8);
    QSignalSpy changed(&queue, &DeployQueue::deploymentChanged);
    queue.add(targets(8));
    QVERIFY(runToEnd(queue, 120000));
    QCOMPARE(queue.count(TransferState::Done), 8);
    for (int i = 1; i <= 8; ++i) {
        const QList<QByteArray> files = sim.filesReceivedBy(address(i));
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first() == m_large, qPrintable(address(i)));
    }
    QVERIFY(changed.size() > 8);

    // The summary report names every board and its outcome.
    const QJsonObject report = QJsonDocument::fromJson(deployReportJson(queue.model(), queue.deployments())).object();
    QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 8);
    QCOMPARE(report.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("unconfirmed")).toInt(), 8);
    QCOMPARE(report.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("running")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("boards")).toArray().size(), 8);
    QCOMPARE(report.value(QStringLiteral("model")).toObject().value(QStringLiteral("sha256")).toString(),
             queue.model().sha256);
    const QList<QByteArray> csv = deployReportCsv(queue.model(), queue.deployments()).trimmed().split('\n');
    QCOMPARE(csv.size(), 9);
    QVERIFY(csv.at(1).startsWith(address(1).toUtf8() + ',' + address(1).toUtf8()
                                 + ",done,delivered; the board does not report whether the model runs,1,"));
    QVERIFY2(csv.at(1).endsWith(queue.model().sha256.toUtf8() + ",unconfirmed,,,,"), csv.at(1).constData());
}

void TestDeploy::faults_data()
{
    QTest::addColumn<QStringList>("simulator");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("reason"); // part of the failure's message

    const auto args = [](const QString &text) { return text.split(QLatin1Char(' ')); };
    QTest::newRow("link drops once mid-transfer")
        << args("--drop-after-blocks 40 --faulty-connections 1") << true << 2 << QString();
    QTest::newRow("link always drops") << args("--drop-after-blocks 40") << false << 3
                                       << QStringLiteral("write to the board failed");
    QTest::newRow("link drops after 30 ms once")
        << args("--drop-after-ms 30 --faulty-connections 1") << true << 2 << QString();
    QTest::newRow("byte corrupted once") << args("--corrupt-byte --faulty-connections 1") << true << 2 << QString();
    QTest::newRow("byte always corrupted")
        << args("--corrupt-byte") << false << 3 << QStringLiteral("checksum mismatch");
    QTest::newRow("error text only readable")
        << args("--corrupt-byte --silent-error-text") << false << 3 << QStringLiteral("checksum mismatch");
    QTest::newRow("model too large") << args("--max-length 4096") << false << 1
                                     << QStringLiteral("takes at most 4096 bytes");
    QTest::newRow("slow writes") << args("--slow-write-ms 3") << true << 1 << QString();
    QTest::newRow("writes slower than the step timeout")
        << args("--slow-write-ms 2500") << false << 3 << QStringLiteral("stopped answering");
    QTest::newRow("connection refused twice")
        << args("--refuse-connection --faulty-connections 2") << true << 3 << QString();
    QTest::newRow("connection always refused")
        << args("--refuse-connection") << false << 3 << QStringLiteral("could not connect");
    QTest::newRow("stale transfer left over") << args("--stale-transfer") << true << 1 << QString();
    QTest::newRow("verdict only readable") << args("--silent-verdict") << true << 1 << QString();
    QTest::newRow("failed verdict only readable")
        << args("--silent-verdict --corrupt-byte --faulty-connections 1") << true << 2 << QString();
}

void TestDeploy::faults()
{
    QFETCH(QStringList, simulator);
    QFETCH(bool, succeeds);
    QFETCH(int, attempts);
    QFETCH(QString, reason);

    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(simulator, &error), qPrintable(error));
    DeployQueue queue(payload(m_small), quickOptions());
    queue.add(targets(1));
    QVERIFY2(runToEnd(queue, 60000), "the deployment did not end");
    const BoardDeployment &d = queue.deployments().first();
    const QList<QByteArray> files = sim.filesReceivedBy(address(1));
    QCOMPARE(d.attempts, attempts);
    if (succeeds) {
        QCOMPARE(d.state, TransferState::Done);
        QVERIFY(d.outcome == DeployOutcome::Unconfirmed);
        QVERIFY(!files.isEmpty());
        QVERIFY(files.last() == m_small);
    } else {
        QCOMPARE(d.state, TransferState::Failed);
        QVERIFY(d.outcome == DeployOutcome::TransferFailed);
        QVERIFY2(d.detail.contains(reason), qPrintable(d.detail));
        QVERIFY2(!d.detail.contains(QChar(0)), "the board's padding reached the message");
        QVERIFY(files.isEmpty());
    }
}

void TestDeploy::unknownBoardFails()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    DeployQueue queue(payload(m_small), quickOptions());
    queue.add({DeployTarget{QBluetoothAddress(QStringLiteral("11:22:33:44:55:66")), QStringLiteral("absent"), QString(),
                            QString()}});
    QVERIFY(runToEnd(queue, 30000));
    QCOMPARE(queue.deployments().first().state, TransferState::Failed);
    QVERIFY(!queue.deployments().first().detail.isEmpty());
}

void TestDeploy::cancelAndRetry()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--boards"), QStringLiteral("3"), QStringLiteral("--slow-write-ms"),
                        QStringLiteral("2")},
                       &error),
             qPrintable(error));
    DeployQueue queue(payload(m_small), quickOptions(), 2);
    queue.add(targets(3));
    QTRY_VERIFY_WITH_TIMEOUT(queue.deployments().first().progress.bytesSent > 0, 20000);
    queue.cancelAll();
    QVERIFY(queue.isFinished());
    QCOMPARE(queue.count(TransferState::Cancelled), 3);
    for (const BoardDeployment &d : queue.deployments())
        QVERIFY(d.outcome == DeployOutcome::Cancelled);
    QVERIFY(sim.filesReceivedBy(address(1)).isEmpty());

    // The boards keep their unfinished transfers; the retry clears them and sends again.
    queue.retryFailed();
    QVERIFY(runToEnd(queue, 60000));
    QCOMPARE(queue.count(TransferState::Done), 3);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(sim.filesReceivedBy(address(i)).value(0) == m_small);
}

void TestDeploy::deadlineEndsASilentBoard()
{
    // A board that takes each block and never answers, with step timeouts longer than the
    // deployment's deadline: the deadline ends it.
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--slow-write-ms"), QStringLiteral("600000")}, &error), qPrintable(error));
    TransferOptions options = quickOptions();
    options.stepTimeoutMs = 600000;
    options.deadlineMs = 3000;
    DeployQueue queue(payload(m_small), options);
    QElapsedTimer clock;
    clock.start();
    queue.add(targets(1));
    QVERIFY(runToEnd(queue, 30000));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Failed);
    QVERIFY2(d.detail.contains(QLatin1String("no confirmation within 3 s")), qPrintable(d.detail));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestDeploy::soak()
{
    // 100 boards, each with faults drawn from a fixed seed, through one queue: no board may be
    // reported done without the file, and every deployment must end within its deadline.
    const quint32 seed = qEnvironmentVariableIsSet("TINYML_SOAK_SEED")
        ? quint32(qEnvironmentVariableIntValue("TINYML_SOAK_SEED"))
        : 20221122u;
    QRandomGenerator random(seed);
    QStringList arguments;
    QSet<int> mustSucceed;
    QSet<int> mustFail;
    for (int i = 1; i <= 100; ++i) {
        QStringList faults;
        const int faulty = random.bounded(0, 4); // connections hit; 3 or more exhaust the attempts
        switch (random.bounded(9)) {
        case 0: break;
        case 1: faults << QStringLiteral("drop-after-blocks=%1").arg(random.bounded(0, 140)); break;
        case 2: faults << QStringLiteral("drop-after-ms=%1").arg(random.bounded(5, 400)); break;
        case 3: faults << QStringLiteral("corrupt-byte"); break;
        case 4: faults << QStringLiteral("refuse-connection"); break;
        case 5: faults << QStringLiteral("stale-transfer"); break;
        case 6: faults << QStringLiteral("slow-write-ms=%1").arg(random.bounded(1, 4)); break;
        case 7: faults << QStringLiteral("max-length=%1").arg(random.bounded(1000, 20000)); break;
        case 8: faults << QStringLiteral("silent-error-text") << QStringLiteral("corrupt-byte"); break;
        }
        if (random.bounded(4) == 0)
            faults << QStringLiteral("stale-transfer");
        faults << QStringLiteral("faulty-connections=%1").arg(faulty);
        const QString spec = faults.join(QLatin1Char(','));
        if (!spec.contains(QLatin1String("max-length"))
            && (faulty == 0 || !spec.contains(QRegularExpression(QStringLiteral("drop|corrupt|refuse")))))
            mustSucceed << i;
        if (spec.contains(QLatin1String("max-length"))
            && spec.section(QLatin1String("max-length="), 1).section(QLatin1Char(','), 0, 0).toInt() < m_small.size())
            mustFail << i;
        arguments << QStringLiteral("--board") << address(i) + QLatin1Char(',') + spec;
    }
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(arguments, &error), qPrintable(error));

    TransferOptions options = quickOptions();
    options.deadlineMs = 20000;
    DeployQueue queue(payload(m_small), options, 8);
    queue.add(targets(100));
    QVERIFY2(runToEnd(queue, 240000), "the soak did not end");

    int succeeded = 0;
    for (int i = 1; i <= 100; ++i) {
        const BoardDeployment &d = queue.deployments().at(i - 1);
        const QList<QByteArray> files = sim.filesReceivedBy(address(i));
        const QByteArray label = address(i).toUtf8() + ": " + d.detail.toUtf8();
        QVERIFY2(d.state == TransferState::Done || d.state == TransferState::Failed, label);
        QVERIFY2(d.started.msecsTo(d.ended) <= options.deadlineMs + 1000, label);
        if (d.state == TransferState::Done) {
            ++succeeded;
            QVERIFY2(!files.isEmpty() && files.last() == m_small, "false success on " + label);
        }
        if (mustSucceed.contains(i))
            QVERIFY2(d.state == TransferState::Done, label);
        if (mustFail.contains(i))
            QVERIFY2(d.state == TransferState::Failed && files.isEmpty(), label);
    }
    qInfo("soak (seed %u): %d of 100 done, %d failed as their faults demand or after all attempts", seed, succeeded,
          100 - succeeded);
}

void TestDeploy::commandLine()
{
    // tinyml-kg deploy: exit code 0 only when every board has the model; every try is recorded.
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--board"), address(1), QStringLiteral("--board"),
                        address(2) + QStringLiteral(",max-length=1000")},
                       &error),
             qPrintable(error));
    QTemporaryDir dir;
    const QString model = tinyml::test::writeWholeFile(dir.filePath(QStringLiteral("wide.tflite")), m_small);
    const QString store = dir.filePath(QStringLiteral("store"));
    const QString kg = qEnvironmentVariable("TINYML_KG");
    QVERIFY2(!kg.isEmpty(), "TINYML_KG does not name tinyml-kg");
    auto run = [&](const QStringList &arguments, QByteArray *out) {
        QProcess process;
        process.start(kg, QStringList{QStringLiteral("--store"), store} + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            *out = "tinyml-kg did not finish";
            return -1;
        }
        *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QByteArray output;
    QCOMPARE(run({QStringLiteral("deploy"), model, QStringLiteral("--to"), address(1)}, &output), 0);
    QVERIFY2(output.contains("1 of 1 board(s) run the model"), output.constData());
    QVERIFY(sim.filesReceivedBy(address(1)).value(0) == m_small);

    const QString report = dir.filePath(QStringLiteral("report.csv"));
    QCOMPARE(run({QStringLiteral("deploy"), model, QStringLiteral("--to"), address(1) + QLatin1Char(',') + address(2),
                  QStringLiteral("--report"), report},
                 &output),
             1);
    QVERIFY2(output.contains("1 of 2 board(s) run the model"), output.constData());
    QVERIFY2(output.contains("takes at most 1000 bytes"), output.constData());
    const QByteArray csv = tinyml::test::readWholeFile(report);
    QVERIFY(csv.contains(address(2).toUtf8() + ",failed,"));

    // Three tries on record, as PROV-O activities.
    const QString query = tinyml::test::writeWholeFile(
        dir.filePath(QStringLiteral("q.rq")),
        "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX tinyml: <http://tinyml-schema.org/manager#>\n"
        "SELECT ?address ?outcome WHERE { ?d a prov:Activity ; tinyml:bleAddress ?address ; tinyml:outcome ?outcome } "
        "ORDER BY ?address ?outcome");
    QCOMPARE(run({QStringLiteral("query"), query, QStringLiteral("--format"), QStringLiteral("csv")}, &output), 0);
    QCOMPARE(output.count("DeliveredUnconfirmed"), 2);
    QCOMPARE(output.count("Failed"), 1);

    QCOMPARE(run({QStringLiteral("deploy"), dir.filePath(QStringLiteral("missing.tflite")), QStringLiteral("--to"),
                  address(1)},
                 &output),
             1);
    QVERIFY2(output.contains("missing.tflite"), output.constData());
    QCOMPARE(run({QStringLiteral("deploy"), model, QStringLiteral("--to"), QStringLiteral("not-an-address")}, &output),
             2);
}

void TestDeploy::reportColumns()
{
    // What a board said of the model, and the fit check the user overrode, reach both reports.
    const ModelPayload model = payload(m_small);
    BoardDeployment running;
    running.target = DeployTarget{QBluetoothAddress(address(1)), QStringLiteral("=nano"), QString(),
                                  QStringLiteral("RAM short by 3.0 kB")};
    running.state = TransferState::Done;
    running.outcome = DeployOutcome::Running;
    running.arenaUsedBytes = 81696;
    running.arenaBytes = 196608;
    running.invokeUs = 52000;
    BoardDeployment failedLoad;
    failedLoad.target = DeployTarget{QBluetoothAddress(address(2)), QStringLiteral("small"), QString(), QString()};
    failedLoad.state = TransferState::Failed;
    failedLoad.outcome = DeployOutcome::LoadFailed;
    failedLoad.arenaBytes = 65536;
    failedLoad.boardReason = QStringLiteral("Arena size is too small, needed 81696, available 65536");
    failedLoad.detail = QStringLiteral("the board could not load the model: ") + failedLoad.boardReason;
    BoardDeployment lost;
    lost.target = DeployTarget{QBluetoothAddress(address(3)), QString(), QString(), QString()};
    lost.state = TransferState::Failed;
    lost.outcome = DeployOutcome::TransferFailed;
    const QList<BoardDeployment> deployments = {running, failedLoad, lost};

    const QList<QByteArray> csv = deployReportCsv(model, deployments).trimmed().split('\n');
    QCOMPARE(csv.size(), 4);
    QVERIFY(csv.at(0).endsWith(",sha256,outcome,arena_used_bytes,invoke_us,board_reason,fit_override"));
    QVERIFY2(csv.at(1).startsWith("'=nano,"), csv.at(1).constData());
    QVERIFY2(csv.at(1).endsWith(",running,81696,52000,,RAM short by 3.0 kB"), csv.at(1).constData());
    QVERIFY2(csv.at(2).endsWith(",load_failed,,,\"Arena size is too small, needed 81696, available 65536\","),
             csv.at(2).constData());
    QVERIFY2(csv.at(3).endsWith(",transfer_failed,,,,"), csv.at(3).constData());

    const QJsonObject report = QJsonDocument::fromJson(deployReportJson(model, deployments)).object();
    const QJsonArray boards = report.value(QStringLiteral("boards")).toArray();
    QCOMPARE(boards.size(), 3);
    const QJsonObject first = boards.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
    QCOMPARE(first.value(QStringLiteral("arena_used_bytes")).toInteger(), 81696);
    QCOMPARE(first.value(QStringLiteral("invoke_us")).toInteger(), 52000);
    QVERIFY(first.value(QStringLiteral("board_reason")).isNull());
    QCOMPARE(first.value(QStringLiteral("fit_override")).toString(), QStringLiteral("RAM short by 3.0 kB"));
    const QJsonObject second = boards.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("outcome")).toString(), QStringLiteral("load_failed"));
    QVERIFY(second.value(QStringLiteral("arena_used_bytes")).isNull());
    QVERIFY(second.value(QStringLiteral("invoke_us")).isNull());
    QCOMPARE(second.value(QStringLiteral("board_reason")).toString(), failedLoad.boardReason);
    QVERIFY(second.value(QStringLiteral("fit_override")).isNull());
    QCOMPARE(boards.at(2).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("transfer_failed"));
    const QJsonObject outcomes = report.value(QStringLiteral("outcomes")).toObject();
    QCOMPARE(outcomes.value(QStringLiteral("running")).toInt(), 1);
    QCOMPARE(outcomes.value(QStringLiteral("load_failed")).toInt(), 1);
    QCOMPARE(outcomes.value(QStringLiteral("transfer_failed")).toInt(), 1);
    QCOMPARE(outcomes.value(QStringLiteral("unconfirmed")).toInt(), 0);
    QCOMPARE(outcomes.value(QStringLiteral("cancelled")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("total")).toInt(), 3);
}

void TestDeploy::runModelsNeedsItsRunner()
{
    // Boards that run models without the means to run them would be a false promise: the
    // simulator refuses to start and says what is missing.
    const QString program = qEnvironmentVariable("TINYML_BOARD_SIM");
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("run-board-firmware.sh"));
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(program,
              {QStringLiteral("--bus"), m_bus.address(), QStringLiteral("--run-models"),
               QStringLiteral("--firmware-runner"), absent});
    QVERIFY(sim.waitForFinished(10000));
    const QByteArray output = sim.readAll();
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY2(output.contains(absent.toUtf8()) && output.contains("tflm_cortex_m4"), output.constData());

    sim.start(program,
              {QStringLiteral("--bus"), m_bus.address(), QStringLiteral("--board"),
               address(1) + QStringLiteral(",ram-kb=lots")});
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY2(sim.readAll().contains("ram-kb needs a number of KiB, not 'lots'"), "no message for a bad ram-kb");
}

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
