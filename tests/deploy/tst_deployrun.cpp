// Deployment to boards that run the model: the central and its queue against tinyml-board-sim
// --run-models on a private bus, whose boards hand each verified file to the firmware core on the
// emulated Cortex-M4 (TFLM 2.4 under qemu-system-arm) and serve the model status it sets. The
// figures the desktop reads back must be the ones the harness measures of the same file.
#include "BoardSimulator.h"
#include "EmulatedBoard.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "deploy/DeployQueue.h"
#include "deploy/DeployReport.h"
#include "deploy/FileTransferProtocol.h"
#include "kg/DeploymentRecords.h"
#include "store/redland/RedlandStore.h"
#include "tflite/BuiltinOperator.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tinyml;
using namespace tinyml::deploy;
using tinyml::test::BoardSimulator;
using tinyml::test::PrivateSystemBus;

namespace {

// The simulator's options for boards that run models, with the runner the build made.
QStringList runModels()
{
    return {QStringLiteral("--run-models"), QStringLiteral("--firmware-runner"),
            qEnvironmentVariable("TINYML_FIRMWARE_RUNNER")};
}

QString address(int n)
{
    return tinyml::test::simulatedBoardAddress(n);
}

ModelPayload payloadOf(const QString &name, const QByteArray &bytes)
{
    return ModelPayload{bytes, name,
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                        QString()};
}

TransferOptions quickOptions()
{
    TransferOptions o;
    o.connectTimeoutMs = 5000;
    o.stepTimeoutMs = 4000;
    o.verifyTimeoutMs = 4000;
    o.errorTextWaitMs = 300;
    o.findTimeoutMs = 2000;
    o.backoffMs = 100;
    o.deadlineMs = 120000;
    o.loadTimeoutMs = 120000; // an emulation waits while the other two run
    return o;
}

bool runToEnd(DeployQueue &queue, int timeoutMs)
{
    if (queue.isFinished())
        return true;
    QSignalSpy finished(&queue, &DeployQueue::finished);
    return finished.wait(timeoutMs) || queue.isFinished();
}

QString crcHex(const QByteArray &bytes)
{
    return QStringLiteral("%1").arg(crc32Of(bytes), 8, 16, QLatin1Char('0'));
}

// The simulator's "loading ADDRESS BYTES crc HEX" lines for one board: what reached its loader.
QStringList loadingLines(const BoardSimulator &sim, const QString &board)
{
    QStringList lines;
    for (const QString &line : sim.output().split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("loading ") + board + QLatin1Char(' ')))
            lines << line.trimmed();
    }
    return lines;
}

} // namespace

class TestDeployRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsRunOnTheBoards();
    void tooLittleRamFailsToLoad();
    void legacyBoardIsUnconfirmed();
    void corruptedTransferNeverReachesTheLoader();
    void statusTooLateIsALoadFailure();
    void haltedBoardIsALoadFailure();
    void commandLineReport();

private:
    QByteArray reference(const QString &name);
    qint64 measuredArena(const QString &name);

    PrivateSystemBus m_bus;
    QMap<QString, test::ReferenceModel> m_models;
    QMap<QString, qint64> m_measured;
};

void TestDeployRun::initTestCase()
{
    const QString runner = qEnvironmentVariable("TINYML_FIRMWARE_RUNNER");
    if (!QFileInfo(runner).isExecutable())
        QSKIP(qPrintable(QStringLiteral("the board firmware runner %1 is not built (the tflm_cortex_m4 target, with "
                                        "run-board-firmware.sh): models cannot run on simulated boards")
                             .arg(runner)));
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm")).isEmpty())
        QSKIP("qemu-system-arm not found: install the Debian package qemu-system-arm");
    if (const QString missing = test::emulatorMissing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    for (const test::ReferenceModel &model : test::referenceModels())
        m_models.insert(model.name, model);
    if (m_models.isEmpty())
        QSKIP(test::kNoReferenceData);
    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    m_bus.useForThisProcess();
}

QByteArray TestDeployRun::reference(const QString &name)
{
    return test::readWholeFile(m_models.value(name).path);
}

qint64 TestDeployRun::measuredArena(const QString &name)
{
    if (!m_measured.contains(name)) {
        const test::EmulatedRun run = test::runOnCortexM4(m_models.value(name).path);
        m_measured.insert(name, run.ran && run.allocateStatus == 0 ? run.arenaUsedBytes : -1);
    }
    return m_measured.value(name);
}

void TestDeployRun::modelsRunOnTheBoards()
{
    // Three sizes, one model per board, the three deployments at once.
    const QStringList names = {QStringLiteral("Hello_World"), QStringLiteral("Magic_Wand_1"),
                               QStringLiteral("ARM_CNN_Small_keyword_spotting")};
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels() + QStringList{QStringLiteral("--boards"), QStringLiteral("3")}, &error),
             qPrintable(error));
    std::vector<std::unique_ptr<DeployQueue>> queues;
    for (int i = 0; i < names.size(); ++i) {
        queues.push_back(std::make_unique<DeployQueue>(payloadOf(names.at(i), reference(names.at(i))), quickOptions()));
        queues.back()->add({DeployTarget{QBluetoothAddress(address(i + 1)), QString(), QString(), QString()}});
    }
    QSignalSpy loading(queues.back().get(), &DeployQueue::deploymentChanged);
    for (const auto &queue : queues)
        QVERIFY2(runToEnd(*queue, 240000), qPrintable(sim.output()));

    for (int i = 0; i < names.size(); ++i) {
        const BoardDeployment &d = queues.at(size_t(i))->deployments().first();
        const QByteArray label = names.at(i).toUtf8() + ": " + d.detail.toUtf8() + "\n" + sim.output().toUtf8();
        QCOMPARE(d.state, TransferState::Done);
        QVERIFY2(d.outcome == DeployOutcome::Running, label);
        const qint64 measured = measuredArena(names.at(i));
        QVERIFY2(measured > 0, qPrintable(names.at(i) + QStringLiteral(" does not run in the harness")));
        QCOMPARE(d.arenaUsedBytes, measured);
        QCOMPARE(d.arenaBytes, qint64(192 * 1024));
        QVERIFY2(d.invokeUs > 0, label);
        QVERIFY(d.boardReason.isEmpty());
        QCOMPARE(loadingLines(sim, address(i + 1)),
                 QStringList{QStringLiteral("loading %1 %2 crc %3")
                                 .arg(address(i + 1))
                                 .arg(reference(names.at(i)).size())
                                 .arg(crcHex(reference(names.at(i))))});
        QVERIFY2(sim.output().contains(
                     QStringLiteral("ran %1 running arena %2 of %3").arg(address(i + 1)).arg(measured).arg(192 * 1024)),
                 label);
    }
    // Each board took its time loading: the queue said so while it waited.
    bool sawLoading = false;
    for (const QList<QVariant> &signal : std::as_const(loading))
        sawLoading |= signal.at(1).value<BoardDeployment>().state == TransferState::Loading;
    QVERIFY(sawLoading);

    const QJsonObject report =
        QJsonDocument::fromJson(deployReportJson(queues.back()->model(), queues.back()->deployments())).object();
    const QJsonObject board = report.value(QStringLiteral("boards")).toArray().first().toObject();
    QCOMPARE(board.value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
    QCOMPARE(board.value(QStringLiteral("arena_used_bytes")).toInteger(), measuredArena(names.last()));
    QVERIFY(board.value(QStringLiteral("board_reason")).isNull());
    QCOMPARE(report.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("running")).toInt(), 1);
}

void TestDeployRun::tooLittleRamFailsToLoad()
{
    // Person_Detection needs about 80 KiB of arena: a board with 64 KiB takes the file whole and
    // cannot run it. That is on record, never retried, and is not what runs there.
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels() + QStringList{QStringLiteral("--board"), address(1) + QStringLiteral(",ram-kb=64")},
                       &error),
             qPrintable(error));
    const QByteArray model = reference(QStringLiteral("Person_Detection"));
    DeployQueue queue(payloadOf(QStringLiteral("Person_Detection"), model), quickOptions());
    queue.add({DeployTarget{QBluetoothAddress(address(1)), QStringLiteral("small board"), QString(), QString()}});
    QVERIFY2(runToEnd(queue, 240000), qPrintable(sim.output()));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Failed);
    QVERIFY2(d.outcome == DeployOutcome::LoadFailed, qPrintable(d.detail));
    QCOMPARE(d.attempts, 1);
    QVERIFY2(!d.boardReason.isEmpty(), qPrintable(sim.output()));
    QVERIFY2(d.detail.startsWith(QLatin1String("the board could not load the model: ")), qPrintable(d.detail));
    QVERIFY2(d.detail.contains(d.boardReason), qPrintable(d.detail));
    QCOMPARE(d.arenaBytes, qint64(64 * 1024));
    QCOMPARE(d.arenaUsedBytes, qint64(-1));
    QCOMPARE(sim.filesReceivedBy(address(1)).size(), 1);
    QCOMPARE(loadingLines(sim, address(1)).size(), 1);
    QVERIFY2(sim.output().contains(QStringLiteral("ran %1 failed arena 65536").arg(address(1))),
             qPrintable(sim.output()));

    QTemporaryDir dir;
    auto store = store::RedlandStore::open(dir.path(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->commit(kg::deploymentRecordChange({deploymentRecordOf(queue.model(), d)}), &error),
             qPrintable(error));
    const auto history = kg::deploymentHistory(*store, QString(), address(1), &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 1);
    QVERIFY(history->first().outcome == kg::DeploymentRecord::Outcome::LoadFailed);
    QVERIFY(history->first().error.contains(d.boardReason));
    const auto result = store->query(QStringLiteral("ASK { ?d <http://tinyml-schema.org/manager#outcome> "
                                                    "<http://tinyml-schema.org/manager#LoadFailed> }"),
                                     &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->boolean);
    const auto current = kg::currentDeployments(*store, &error);
    QVERIFY2(current, qPrintable(error));
    QVERIFY(current->isEmpty());

    const QJsonObject board = QJsonDocument::fromJson(deployReportJson(queue.model(), queue.deployments()))
                                  .object()
                                  .value(QStringLiteral("boards"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(board.value(QStringLiteral("outcome")).toString(), QStringLiteral("load_failed"));
    QCOMPARE(board.value(QStringLiteral("board_reason")).toString(), d.boardReason);
    QVERIFY(board.value(QStringLiteral("arena_used_bytes")).isNull());
}

void TestDeployRun::legacyBoardIsUnconfirmed()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(
        sim.start(runModels() + QStringList{QStringLiteral("--board"), address(1) + QStringLiteral(",legacy")}, &error),
        qPrintable(error));
    const QByteArray model = reference(QStringLiteral("Hello_World"));
    DeployQueue queue(payloadOf(QStringLiteral("Hello_World"), model), quickOptions());
    queue.add({DeployTarget{QBluetoothAddress(address(1)), QString(), QString(), QString()}});
    QVERIFY(runToEnd(queue, 60000));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Done);
    QVERIFY(d.outcome == DeployOutcome::Unconfirmed);
    QCOMPARE(d.detail, QStringLiteral("delivered; the board does not report whether the model runs"));
    QCOMPARE(d.arenaUsedBytes, qint64(-1));
    QVERIFY(sim.filesReceivedBy(address(1)).value(0) == model);
    QVERIFY2(loadingLines(sim, address(1)).isEmpty(), qPrintable(sim.output()));
}

void TestDeployRun::corruptedTransferNeverReachesTheLoader()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels()
                           + QStringList{QStringLiteral("--board"),
                                         address(1) + QStringLiteral(",corrupt-byte,faulty-connections=1")},
                       &error),
             qPrintable(error));
    const QByteArray model = reference(QStringLiteral("Magic_Wand_1"));
    DeployQueue queue(payloadOf(QStringLiteral("Magic_Wand_1"), model), quickOptions());
    queue.add({DeployTarget{QBluetoothAddress(address(1)), QString(), QString(), QString()}});
    QVERIFY2(runToEnd(queue, 240000), qPrintable(sim.output()));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.attempts, 2);
    QVERIFY2(d.outcome == DeployOutcome::Running, qPrintable(d.detail + QLatin1Char('\n') + sim.output()));
    QCOMPARE(d.arenaUsedBytes, measuredArena(QStringLiteral("Magic_Wand_1")));
    // Only the retry's whole file was loaded: the corrupted one stopped at the checksum.
    QCOMPARE(loadingLines(sim, address(1)),
             QStringList{QStringLiteral("loading %1 %2 crc %3").arg(address(1)).arg(model.size()).arg(crcHex(model))});
}

void TestDeployRun::statusTooLateIsALoadFailure()
{
    // Starting the emulator alone takes longer than 10 ms: the central stops waiting. The board
    // reports its model's status and did not say the model runs: a failure, not a delivery.
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels(), &error), qPrintable(error));
    TransferOptions options = quickOptions();
    options.loadTimeoutMs = 10;
    DeployQueue queue(payloadOf(QStringLiteral("Person_Detection"), reference(QStringLiteral("Person_Detection"))),
                      options);
    queue.add({DeployTarget{QBluetoothAddress(address(1)), QString(), QString(), QString()}});
    QVERIFY(runToEnd(queue, 120000));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Failed);
    QVERIFY2(d.outcome == DeployOutcome::LoadFailed, qPrintable(d.detail));
    QVERIFY2(d.detail.contains(QLatin1String("reported nothing more within 0.01 s")), qPrintable(d.detail));
    QCOMPARE(d.attempts, 1);
}

void TestDeployRun::haltedBoardIsALoadFailure()
{
    // An int8 softmax without options (beta 0): TFLM 2.4's softmax Prepare fails a TFLITE_CHECK
    // and aborts, on a board too. The board halts; its link drops while loading.
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels(), &error), qPrintable(error));
    test::TfliteFixture writer;
    const int logits = writer.activation("logits", tflite::schema::TensorType::INT8, {1, 10});
    writer.quantize(logits, {0.1f}, {0});
    const int probabilities = writer.activation("probabilities", tflite::schema::TensorType::INT8, {1, 10});
    writer.quantize(probabilities, {1.0f / 256}, {-128});
    writer.op(tflite::op::Softmax, {logits}, {probabilities});
    writer.inputs({logits});
    writer.outputs({probabilities});
    const QByteArray model = QByteArray::fromStdString(writer.bytes());
    DeployQueue queue(payloadOf(QStringLiteral("softmax_without_options"), model), quickOptions());
    queue.add({DeployTarget{QBluetoothAddress(address(1)), QString(), QString(), QString()}});
    QVERIFY(runToEnd(queue, 120000));
    const BoardDeployment &d = queue.deployments().first();
    QCOMPARE(d.state, TransferState::Failed);
    QVERIFY2(d.outcome == DeployOutcome::LoadFailed, qPrintable(d.detail));
    QVERIFY2(d.detail.contains(QLatin1String("stopped answering while loading")), qPrintable(d.detail));
    QVERIFY2(sim.output().contains(QLatin1String("halted")), qPrintable(sim.output()));
}

void TestDeployRun::commandLineReport()
{
    BoardSimulator sim(m_bus);
    QString error;
    QVERIFY2(sim.start(runModels() + QStringList{QStringLiteral("--boards"), QStringLiteral("1")}, &error),
             qPrintable(error));
    const QString kg = qEnvironmentVariable("TINYML_KG");
    QVERIFY2(!kg.isEmpty(), "TINYML_KG does not name tinyml-kg");
    QTemporaryDir dir;
    const QString name = QStringLiteral("Magic_Wand_1");
    const QString report = dir.filePath(QStringLiteral("r.json"));
    QProcess process;
    process.start(kg,
                  {QStringLiteral("--store"), dir.filePath(QStringLiteral("store")), QStringLiteral("deploy"),
                   m_models.value(name).path, QStringLiteral("--to"), address(1), QStringLiteral("--report"), report});
    QVERIFY(process.waitForFinished(240000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, output.constData());
    const QByteArray json = test::readWholeFile(report);
    QVERIFY2(json.contains("\"outcome\": \"running\""), json.constData());
    const QJsonObject board =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("boards")).toArray().first().toObject();
    QCOMPARE(board.value(QStringLiteral("arena_used_bytes")).toInteger(), measuredArena(name));
    QVERIFY(board.value(QStringLiteral("invoke_us")).toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestDeployRun)
#include "tst_deployrun.moc"
