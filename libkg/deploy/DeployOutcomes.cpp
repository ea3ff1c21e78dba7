#include "deploy/DeployOutcomes.h"

#include <QLocale>

namespace tinyml::deploy {

OutcomeCounts countOutcomes(const QList<BoardDeployment> &deployments)
{
    OutcomeCounts counts;
    counts.total = int(deployments.size());
    for (const BoardDeployment &d : deployments) {
        switch (d.outcome) {
        case DeployOutcome::Running: ++counts.running; break;
        case DeployOutcome::LoadFailed: ++counts.loadFailed; break;
        case DeployOutcome::Unconfirmed: ++counts.unconfirmed; break;
        case DeployOutcome::TransferFailed: ++counts.transferFailed; break;
        case DeployOutcome::Cancelled: ++counts.cancelled; break;
        case DeployOutcome::Pending: break;
        }
    }
    return counts;
}

QString outcomeText(const BoardDeployment &d)
{
    // Figures in one fixed notation, so that scripts can read them whatever the user's locale.
    const QLocale english(QLocale::English);
    switch (d.outcome) {
    case DeployOutcome::Running: {
        QStringList figures;
        if (d.arenaUsedBytes >= 0)
            figures << QStringLiteral("arena %1 B").arg(english.toString(d.arenaUsedBytes));
        if (d.invokeUs >= 0)
            figures << QStringLiteral("inference %1 ms").arg(english.toString(d.invokeUs / 1000.0, 'f', 1));
        return figures.isEmpty() ? QStringLiteral("running")
                                 : QStringLiteral("running (%1)").arg(figures.join(QStringLiteral(", ")));
    }
    case DeployOutcome::LoadFailed:
        return QStringLiteral("load failed: %1")
            .arg(d.boardReason.isEmpty() ? (d.detail.isEmpty() ? QStringLiteral("the board gave no reason") : d.detail)
                                         : d.boardReason);
    case DeployOutcome::Unconfirmed:
        return QStringLiteral("delivered, not confirmed (the board reports no model status)");
    case DeployOutcome::TransferFailed: return QStringLiteral("failed: %1").arg(d.detail);
    case DeployOutcome::Cancelled: return QStringLiteral("cancelled");
    case DeployOutcome::Pending: break;
    }
    return QStringLiteral("not finished");
}

QString outcomeSummary(const OutcomeCounts &counts)
{
    QString text = QStringLiteral("%1 of %2 board(s) run the model").arg(counts.runs()).arg(counts.total);
    if (counts.unconfirmed > 0)
        text += QStringLiteral(" (%1 delivered without confirmation)").arg(counts.unconfirmed);
    return text;
}

} // namespace tinyml::deploy
