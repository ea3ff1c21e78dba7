// The fit gate: each target judged by the graph's own answer (kg::boardsFor) on the board's
// runtime, reasons worded as the tables word them, boards the graph does not know left unknown,
// and what is sent with and without the user's "anyway". A file the graph does not hold is
// judged by its analysis.
#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "deploy/FitGate.h"

#include <QTest>

using namespace tinyml;
using deploy::TargetFit;

namespace {

kg::BoardEntry board(const QString &iri, double ramKb, double flashKb, const QString &runtime = {})
{
    kg::BoardEntry b;
    b.iri = iri;
    b.name = iri.section(QLatin1Char(':'), -1);
    b.ramKb = ramKb;
    b.flashKb = flashKb;
    b.runtime = runtime;
    b.sensors = {QStringLiteral("Microphone")};
    return b;
}

deploy::DeployTarget target(int n, const QString &boardIri)
{
    return deploy::DeployTarget{QBluetoothAddress(quint64(0xC0FFEE000000) + quint64(n)), boardIri, boardIri, {}};
}

} // namespace

class TestFitGate : public QObject
{
    Q_OBJECT

private slots:
    void judgedByTheGraph()
    {
        kg::Catalogue catalogue;
        catalogue.boards = {board(QStringLiteral("urn:big"), 512, 2048), board(QStringLiteral("urn:small"), 100, 2048)};
        kg::ModelEntry model;
        model.name = QStringLiteral("m");
        model.ramKb = 180;
        model.flashKb = 300;
        model.sensors = {QStringLiteral("Microphone")};
        const QList<TargetFit> fits =
            deploy::judgeFit(catalogue, model,
                             {target(1, QStringLiteral("urn:big")), target(2, QStringLiteral("urn:small")),
                              target(3, QString()), target(4, QStringLiteral("urn:gone"))});
        QCOMPARE(fits.size(), 4);
        QCOMPARE(fits[0].verdict, TargetFit::Verdict::Fits);
        QCOMPARE(fits[1].verdict, TargetFit::Verdict::DoesNotFit);
        QCOMPARE(fits[1].reasons(), QStringList{QStringLiteral("RAM short by 80.0 kB")});
        QCOMPARE(fits[2].verdict, TargetFit::Verdict::Unknown);
        QCOMPARE(fits[3].verdict, TargetFit::Verdict::Unknown);
        QCOMPARE(deploy::countVerdict(fits, TargetFit::Verdict::Unknown), 2);

        const QList<deploy::DeployTarget> careful = deploy::targetsToSend(fits, false);
        QCOMPARE(careful.size(), 3);
        QVERIFY(std::none_of(careful.cbegin(), careful.cend(),
                             [](const deploy::DeployTarget &t) { return t.boardIri == QLatin1String("urn:small"); }));
        const QList<deploy::DeployTarget> anyway = deploy::targetsToSend(fits, true);
        QCOMPARE(anyway.size(), 4);
        QCOMPARE(anyway[1].acceptedMisfit, QStringLiteral("RAM short by 80.0 kB"));
        QVERIFY(anyway[0].acceptedMisfit.isEmpty());
    }

    void aFileTheGraphDoesNotHold()
    {
        const std::string bytes = test::wideDenseNetwork(256, 256).bytes();
        QString error;
        const auto analysis =
            analyseModelBytes(QByteArray(bytes.data(), qsizetype(bytes.size())), QStringLiteral("wide"), &error);
        QVERIFY2(analysis, qPrintable(error));
        const kg::ModelEntry model = deploy::modelEntryOf(*analysis, QStringLiteral("wide"));
        QCOMPARE(model.sha256, analysis->sha256);
        QCOMPARE(model.runtimes.size(), qsizetype(analysis->needs.size()));
        // A board of the Cortex-M4 runtime is asked for that runtime's figures, not the paper's.
        const QString runtime = QStringLiteral("tflm24-cortex-m4-cmsis");
        const kg::RuntimeFigures *figures = model.figuresOn(runtime);
        QVERIFY(figures && figures->ramKb && figures->flashKb);
        kg::Catalogue catalogue;
        catalogue.boards = {board(QStringLiteral("urn:tight"), *figures->ramKb - 0.5, 4096, runtime),
                            board(QStringLiteral("urn:roomy"), *figures->ramKb + 0.5, 4096, runtime)};
        const QList<TargetFit> fits = deploy::judgeFit(
            catalogue, model, {target(1, QStringLiteral("urn:tight")), target(2, QStringLiteral("urn:roomy"))});
        QCOMPARE(fits[0].verdict, TargetFit::Verdict::DoesNotFit);
        QCOMPARE(fits[0].need.runtime, runtime);
        // The file does not say its sensors: unknown, which the gate asks about as a misfit.
        QCOMPARE(fits[0].reasons(),
                 (QStringList{QStringLiteral("RAM short by 0.500 kB"), QStringLiteral("sensors unknown")}));
        QCOMPARE(fits[1].verdict, TargetFit::Verdict::DoesNotFit);
        QCOMPARE(deploy::misfitText(fits[1].reasons()), QStringLiteral("fits memory; sensors unknown"));
        QVERIFY(deploy::targetsToSend(fits, false).isEmpty());
        QCOMPARE(deploy::targetsToSend(fits, true)[1].acceptedMisfit, QStringLiteral("fits memory; sensors unknown"));
    }
};

QTEST_GUILESS_MAIN(TestFitGate)
#include "tst_fitgate.moc"
