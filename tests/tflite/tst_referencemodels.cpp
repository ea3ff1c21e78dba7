// The 23 models of the paper's knowledge graph: bytes, SHA-256, MACs and the tensor arena exactly
// as expected.tsv gives them (the arena as TensorFlow Lite Micro 2.4 reports it).
#include "TestData.h"

#include "analysis/ModelAnalysis.h"

#include <QtTest>

using namespace tinyml;
using namespace tinyml::test;

class TestReferenceModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (referenceDir().isEmpty())
            QSKIP(kNoReferenceData);
        QCOMPARE(referenceModels().size(), 23);
    }

    void matchesExpected_data() { addReferenceModelRows(); }
    void matchesExpected()
    {
        QFETCH(ReferenceModel, model);
        QString error;
        const auto analysis = analyseModelFile(model.path, &error);
        QVERIFY2(analysis, qPrintable(error));
        QCOMPARE(analysis->bytes, model.bytes);
        QCOMPARE(analysis->sha256, model.sha256);
        QCOMPARE(quint64(analysis->macs.paperTotal), model.macs);
        QVERIFY(analysis->macs.completeTotal >= analysis->macs.paperTotal);

        const double ours = double(analysis->arena().arenaBytes);
        const double tflm = double(model.arenaBytesTflm);
        const double error_pct = 100.0 * (ours - tflm) / tflm;
        qInfo("%-40s arena %7.0f vs TFLM %7.0f (%+.2f%%)", qPrintable(model.name), ours, tflm, error_pct);
        QCOMPARE(quint64(analysis->arena().arenaBytes), model.arenaBytesTflm);
        QVERIFY(analysis->arena().complete);
        QVERIFY(analysis->arena().activationPeakBytes <= analysis->arena().headBytes);
        // The board's own runtime: TFLM 2.4 with CMSIS-NN on a Cortex-M4, as measured.
        const RuntimeNeeds *m4 = analysis->needsOn("tflm24-cortex-m4-cmsis");
        QVERIFY(m4 && m4->arena.runnable && m4->arena.complete && m4->flash.complete);
        QCOMPARE(quint64(m4->arena.arenaBytes), model.arenaBytesCortexM4);
        QVERIFY(m4->flash.flashBytes > m4->flash.modelBytes);
    }
};

QTEST_GUILESS_MAIN(TestReferenceModels)
#include "tst_referencemodels.moc"
