// The board firmware's core (resources/firmware) on the emulated Cortex-M4, as the simulated
// board uses it: its protocol scenarios pass there, and reference models sent through
// bin/run-board-firmware.sh run with the arena the Cortex-M4 harness measures, their model status
// read by the desktop's own parser. Skips, naming what is missing, without ../shared/tflm, the
// arm-none-eabi toolchain, qemu-system-arm or ../shared/reference.
#include "EmulatedBoard.h"
#include "TestData.h"

#include "deploy/FileTransferProtocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>

using namespace tinyml::test;
using tinyml::deploy::ModelState;
using tinyml::deploy::ModelStatus;

namespace {

constexpr qint64 kDefaultArenaBytes = 192 * 1024; // the firmware's (BoardLayout.h)
constexpr int kFirmwareTimeoutMs = 180000;

ReferenceModel referenceModel(const QString &name)
{
    const QList<ReferenceModel> models = referenceModels();
    const auto found = std::find_if(models.cbegin(), models.cend(), [&](const auto &m) { return m.name == name; });
    return found == models.cend() ? ReferenceModel() : *found;
}

QList<ModelState> states(const FirmwareRun &run)
{
    QList<ModelState> found;
    for (const QByteArray &value : run.modelStatuses) {
        const std::optional<ModelStatus> status = tinyml::deploy::parseModelStatus(value);
        found << (status ? status->state : ModelState(0xff));
    }
    return found;
}

QString described(const FirmwareRun &run)
{
    return run.failure + QLatin1Char('\n') + QString::fromUtf8(run.log);
}

} // namespace

class TestBoardFirmware : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (const QString missing = boardFirmwareMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (referenceDir().isEmpty())
            QSKIP(kNoReferenceData);
    }

    void scenariosPassOnTheCortexM4()
    {
        const ReferenceModel small = referenceModel(QStringLiteral("Hello_World"));
        const ReferenceModel large = referenceModel(QStringLiteral("Person_Detection"));
        QVERIFY(!small.path.isEmpty() && !large.path.isEmpty());
        const FirmwareScenarios scenarios = runBoardCoreTests(small.path, large.path, kFirmwareTimeoutMs);
        QVERIFY2(scenarios.ran, qPrintable(scenarios.failure + QLatin1Char('\n') + QString::fromUtf8(scenarios.log)));
        QVERIFY2(scenarios.failed.isEmpty(), qPrintable(scenarios.failed.join(QLatin1Char('\n'))));
        QCOMPARE(scenarios.passed,
                 QStringList({QStringLiteral("model_runs"), QStringLiteral("corrupted_block"), QStringLiteral("cancel"),
                              QStringLiteral("too_long"), QStringLiteral("arena_too_small"),
                              QStringLiteral("survives_reset"), QStringLiteral("garbage_with_correct_crc")}));
    }

    // The smallest reference model, the middle one by size, and Person_Detection.
    void referenceModelRunsAsMeasured_data()
    {
        QTest::addColumn<ReferenceModel>("model");
        QList<ReferenceModel> models = referenceModels();
        std::sort(models.begin(), models.end(), [](const auto &a, const auto &b) { return a.bytes < b.bytes; });
        for (const ReferenceModel &model :
             {models.constFirst(), models.at(models.size() / 2), referenceModel(QStringLiteral("Person_Detection"))})
            QTest::newRow(qPrintable(model.name)) << model;
    }
    void referenceModelRunsAsMeasured()
    {
        QFETCH(ReferenceModel, model);
        const QByteArray file = readWholeFile(model.path);
        const FirmwareRun run = runBoardFirmware(model.path, kDefaultArenaBytes, kFirmwareTimeoutMs);
        QVERIFY2(run.ran, qPrintable(described(run)));
        QCOMPARE(run.transferStatuses, QList<quint32>({2, 0}));
        QVERIFY(run.errorMessages.isEmpty());
        // At boot (nothing stored), at the start, after the verdict, after the load.
        QCOMPARE(states(run),
                 QList<ModelState>({ModelState::Empty, ModelState::Empty, ModelState::Loading, ModelState::Running}));

        const std::optional<ModelStatus> status = tinyml::deploy::parseModelStatus(run.modelStatuses.last());
        QVERIFY(status);
        QVERIFY(status->describes(file));
        QCOMPARE(status->crc32, tinyml::deploy::crc32Of(file));
        QCOMPARE(status->sha256Prefix, QCryptographicHash::hash(file, QCryptographicHash::Sha256).left(8));
        QCOMPARE(qint64(status->modelBytes), model.bytes);
        QCOMPARE(qint64(status->arenaBytes), kDefaultArenaBytes);
        QVERIFY(status->invokeUs > 0);
        QVERIFY(status->error.isEmpty());
        // The firmware allocates what the harness measures, and what the paper's figures say.
        const EmulatedRun measured = runOnCortexM4(model.path);
        QVERIFY2(measured.ran, qPrintable(measured.failure));
        QCOMPARE(qint64(status->arenaUsedBytes), measured.arenaUsedBytes);
        QCOMPARE(quint64(status->arenaUsedBytes), model.arenaBytesCortexM4);
        qInfo("%-32s arena %6u of %6u bytes, Invoke %8u us (emulated)", qPrintable(model.name), status->arenaUsedBytes,
              status->arenaBytes, status->invokeUs);
    }

    void personDetectionFailsInA64KiBArena()
    {
        const ReferenceModel model = referenceModel(QStringLiteral("Person_Detection"));
        const FirmwareRun run = runBoardFirmware(model.path, 64 * 1024, kFirmwareTimeoutMs);
        QVERIFY2(run.ran, qPrintable(described(run)));
        QCOMPARE(run.transferStatuses, QList<quint32>({2, 0}));
        QCOMPARE(states(run).last(), ModelState::Failed);
        const std::optional<ModelStatus> status = tinyml::deploy::parseModelStatus(run.modelStatuses.last());
        QVERIFY(status);
        static const QRegularExpression tflmText(
            QStringLiteral("^Arena size is too small for all buffers\\. Needed \\d+ but only \\d+ was available\\.$"));
        QVERIFY2(tflmText.match(status->error).hasMatch(), qPrintable(status->error));
        QCOMPARE(status->arenaBytes, 64u * 1024);
        QCOMPARE(status->arenaUsedBytes, 0u);
        QVERIFY(status->describes(readWholeFile(model.path)));
    }

    // A model larger than the Nano 33 BLE's slot (444 KiB, BoardLayout.h) is refused at the start,
    // as the board would refuse it.
    void tooLargeAModelIsRefused()
    {
        const ReferenceModel model = referenceModel(QStringLiteral("Visual_Alarm_Clock"));
        QVERIFY(model.bytes > 454656);
        const FirmwareRun run = runBoardFirmware(model.path, kDefaultArenaBytes, kFirmwareTimeoutMs);
        QVERIFY2(run.ran, qPrintable(described(run)));
        QCOMPARE(run.transferStatuses, QList<quint32>{1});
        QCOMPARE(run.errorMessages,
                 QStringList{QStringLiteral("file too large: %1 bytes, maximum 454656").arg(model.bytes)});
        QCOMPARE(states(run), QList<ModelState>{ModelState::Empty});
    }

    void scriptRefusesBadArguments()
    {
        QProcess script;
        script.start(QStringLiteral("sh"),
                     {QStringLiteral(TINYML_M4_HARNESS_DIR "/bin/run-board-firmware.sh"),
                      QStringLiteral("/nonexistent/model.tflite"), QStringLiteral("1024")});
        QVERIFY(script.waitForFinished(10000));
        QCOMPARE(script.exitCode(), 2);
        QVERIFY(script.readAllStandardError().contains("cannot read /nonexistent/model.tflite"));
        script.start(QStringLiteral("sh"),
                     {QStringLiteral(TINYML_M4_HARNESS_DIR "/bin/run-board-firmware.sh"),
                      referenceModel(QStringLiteral("Hello_World")).path, QStringLiteral("64k")});
        QVERIFY(script.waitForFinished(10000));
        QCOMPARE(script.exitCode(), 2);
        QVERIFY(script.readAllStandardError().contains("ARENA_BYTES is not a number: 64k"));
    }
};

QTEST_GUILESS_MAIN(TestBoardFirmware)
#include "tst_boardfirmware.moc"
