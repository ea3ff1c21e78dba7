// The Cortex-M4 harness reproduces the reference figures it exists to give: TFLM 2.4 with CMSIS-NN
// under qemu (mps2-an386) allocates exactly expected.tsv's arena_bytes_tflm24_cortex_m4 for each
// of the paper's 23 models and runs them, the paper's find-arena-size gives arena_bytes_tflm, and
// Flash probes link and grow with their operators. Skips, naming what is missing, without
// ../shared/tflm, the arm-none-eabi toolchain or qemu-system-arm.
#include "EmulatedBoard.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml::test;

class TestCortexM4Harness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (referenceDir().isEmpty())
            QSKIP(kNoReferenceData);
        QCOMPARE(referenceModels().size(), 23);
    }

    void emulatedArena_data() { addReferenceModelRows(); }
    void emulatedArena()
    {
        if (const QString missing = emulatorMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QFETCH(ReferenceModel, model);
        QElapsedTimer timer;
        timer.start();
        const EmulatedRun run = runOnCortexM4(model.path);
        qInfo("%-40s Cortex-M4 arena %7lld (expected %7llu), Invoke %d, %lld ms", qPrintable(model.name),
              run.arenaUsedBytes, model.arenaBytesCortexM4, run.invokeStatus, timer.elapsed());
        QVERIFY2(run.ran, qPrintable(run.failure + QLatin1Char('\n') + QString::fromUtf8(run.log)));
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
        QCOMPARE(run.allocateStatus, 0);
        QCOMPARE(quint64(run.arenaUsedBytes), model.arenaBytesCortexM4);
        QCOMPARE(run.invokeStatus, 0);
        QVERIFY(!run.outputs.isEmpty());
        for (const EmulatedOutput &output : run.outputs)
            QVERIFY(output.bytes > 0 && !output.head.isEmpty());
    }

    // The calibration run: the recording allocator's buckets are all there and add up to no
    // more than the arena the recording interpreter used.
    void breakdown()
    {
        if (const QString missing = emulatorMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const ReferenceModel model = referenceModels().constFirst();
        const EmulatedRun run = runOnCortexM4(model.path, true);
        QVERIFY2(run.ran, qPrintable(run.failure + QLatin1Char('\n') + QString::fromUtf8(run.log)));
        QCOMPARE(run.recorded.size(), 7);
        qint64 recorded = 0;
        for (const RecordedAllocation &a : run.recorded)
            recorded += a.usedBytes;
        QVERIFY(recorded > 0);
        QCOMPARE(run.arenaHeadBytes + run.arenaTailBytes, run.arenaUsedBytes);
        QVERIFY(recorded <= run.arenaTailBytes);
    }

    // A file that is no model ends the emulation with a report (an error, a failed check or a
    // fault), not a core spinning until the timeout.
    void notAModelEndsTheEmulation()
    {
        if (const QString missing = emulatorMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeWholeFile(dir.filePath(QStringLiteral("garbage.tflite")), QByteArray(4096, '\xff'));
        QElapsedTimer timer;
        timer.start();
        const EmulatedRun run = runOnCortexM4(path, false, 30000);
        QVERIFY2(timer.elapsed() < 25000, qPrintable(run.failure));
        QVERIFY(!run.ran || run.allocateStatus != 0);
        QVERIFY2(!run.errors.isEmpty() || !run.failure.isEmpty(), run.log.constData());
    }

    void findArenaSize_data() { addReferenceModelRows(); }
    void findArenaSize()
    {
        if (const QString missing = findArenaSizeMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QFETCH(ReferenceModel, model);
        const HostArenaSize host = tinyml::test::findArenaSize(model.path);
        QVERIFY2(host.allocatable, qPrintable(host.failure));
        QCOMPARE(quint64(host.arenaBytes), model.arenaBytesTflm);
    }

    void findArenaSizeReportsACrash()
    {
        if (const QString missing = findArenaSizeMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeWholeFile(dir.filePath(QStringLiteral("garbage.tflite")), QByteArray(4096, '\xff'));
        const HostArenaSize host = tinyml::test::findArenaSize(path);
        QVERIFY(!host.allocatable);
        QVERIFY2(!host.failure.isEmpty(), qPrintable(host.failure));
    }

    // The runtime alone links, and an operator adds its kernel to it.
    void flashProbe()
    {
        if (const QString missing = flashProbeMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const FlashProbe base = linkFlashProbe({});
        QVERIFY2(base.linked, qPrintable(base.failure));
        const FlashProbe conv = linkFlashProbe({QStringLiteral("AddConv2D")});
        QVERIFY2(conv.linked, qPrintable(conv.failure));
        qInfo("Flash: runtime %lld bytes, with AddConv2D %lld bytes", base.flashBytes, conv.flashBytes);
        QVERIFY(base.flashBytes > 0);
        QVERIFY(base.flashBytes < conv.flashBytes);
        QCOMPARE(base.flashBytes, base.textBytes + base.dataBytes);
    }

    void flashProbeRefusesAnUnknownOperator()
    {
        if (const QString missing = flashProbeMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const FlashProbe probe = linkFlashProbe({QStringLiteral("rm -rf")});
        QVERIFY(!probe.linked);
    }
};

QTEST_GUILESS_MAIN(TestCortexM4Harness)
#include "tst_cortexm4harness.moc"
