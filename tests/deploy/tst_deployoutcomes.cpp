// What became of a run, in the command line's words: one line per board from the outcome the
// board reported, and the count of boards that run the model (running or delivered without
// confirmation; a failed load never counts).
#include "deploy/DeployOutcomes.h"

#include <QTest>

using namespace tinyml::deploy;

namespace {

BoardDeployment ended(DeployOutcome outcome)
{
    BoardDeployment d;
    d.outcome = outcome;
    d.state = outcome == DeployOutcome::TransferFailed ? TransferState::Failed
        : outcome == DeployOutcome::Cancelled          ? TransferState::Cancelled
                                                       : TransferState::Done;
    return d;
}

} // namespace

class TestDeployOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void lines()
    {
        BoardDeployment running = ended(DeployOutcome::Running);
        running.arenaUsedBytes = 81984;
        running.invokeUs = 52100;
        QCOMPARE(outcomeText(running), QStringLiteral("running (arena 81,984 B, inference 52.1 ms)"));
        QCOMPARE(outcomeText(ended(DeployOutcome::Running)), QStringLiteral("running"));
        BoardDeployment refused = ended(DeployOutcome::LoadFailed);
        refused.boardReason = QStringLiteral("Arena too small: 460000 bytes needed");
        QCOMPARE(outcomeText(refused), QStringLiteral("load failed: Arena too small: 460000 bytes needed"));
        QCOMPARE(outcomeText(ended(DeployOutcome::Unconfirmed)),
                 QStringLiteral("delivered, not confirmed (the board reports no model status)"));
        BoardDeployment lost = ended(DeployOutcome::TransferFailed);
        lost.detail = QStringLiteral("the link to the board was lost");
        QCOMPARE(outcomeText(lost), QStringLiteral("failed: the link to the board was lost"));
    }

    void summary()
    {
        const QList<BoardDeployment> run = {ended(DeployOutcome::Running), ended(DeployOutcome::Running),
                                            ended(DeployOutcome::LoadFailed), ended(DeployOutcome::Unconfirmed),
                                            ended(DeployOutcome::TransferFailed)};
        const OutcomeCounts counts = countOutcomes(run);
        QCOMPARE(counts.running, 2);
        QCOMPARE(counts.loadFailed, 1);
        QCOMPARE(counts.unconfirmed, 1);
        QCOMPARE(counts.transferFailed, 1);
        QCOMPARE(counts.total, 5);
        QCOMPARE(counts.runs(), 3);
        QCOMPARE(outcomeSummary(counts),
                 QStringLiteral("3 of 5 board(s) run the model (1 delivered without confirmation)"));
        QCOMPARE(outcomeSummary(countOutcomes({ended(DeployOutcome::Running)})),
                 QStringLiteral("1 of 1 board(s) run the model"));
    }
};

QTEST_GUILESS_MAIN(TestDeployOutcomes)
#include "tst_deployoutcomes.moc"
