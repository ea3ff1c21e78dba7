#include "deploy/FitGate.h"

#include "analysis/ModelAnalysis.h"
#include "kg/ModelDescriber.h"

namespace tinyml::deploy {

QList<TargetFit> judgeFit(const kg::Catalogue &catalogue, const kg::ModelEntry &model,
                          const QList<DeployTarget> &targets)
{
    const QList<kg::BoardAnswer> answers = kg::boardsFor(catalogue, model);
    QList<TargetFit> fits;
    fits.reserve(targets.size());
    for (const DeployTarget &target : targets) {
        TargetFit judged{target, TargetFit::Verdict::Unknown, {}, {}};
        const auto answer = std::find_if(answers.cbegin(), answers.cend(), [&](const kg::BoardAnswer &a) {
            return !target.boardIri.isEmpty() && a.board->iri == target.boardIri;
        });
        if (answer != answers.cend()) {
            // A model whose sensors are unknown is asked about as a misfit: its reasons say so.
            judged.verdict = answer->fit.fits() ? TargetFit::Verdict::Fits : TargetFit::Verdict::DoesNotFit;
            judged.fit = answer->fit;
            judged.need = answer->need;
        }
        fits << judged;
    }
    return fits;
}

kg::ModelEntry modelEntryOf(const ModelAnalysis &analysis, const QString &name)
{
    kg::ModelEntry entry;
    entry.name = name;
    entry.sha256 = analysis.sha256;
    entry.macs = qint64(analysis.macs.paperTotal);
    // The same figures an import would describe (ModelDescriber), read back as the catalogue does.
    entry.ramKb = kg::kilobytes(analysis.arena().arenaBytes);
    entry.flashKb = kg::kilobytes(quint64(analysis.bytes));
    for (const RuntimeNeeds &needs : analysis.needs) {
        kg::RuntimeFigures figures;
        figures.runtime = QString::fromStdString(needs.runtime->name);
        figures.runnable = needs.arena.runnable;
        for (const std::string &op : needs.arena.unsupportedOperators)
            figures.unsupportedOperators << QString::fromStdString(op);
        if (needs.arena.runnable) {
            figures.ramKb = kg::kilobytes(needs.arena.arenaBytes);
            if (needs.flash.complete)
                figures.flashKb = kg::kilobytes(needs.flash.flashBytes);
        }
        entry.runtimes << figures;
    }
    return entry;
}

int countVerdict(const QList<TargetFit> &fits, TargetFit::Verdict verdict)
{
    return int(
        std::count_if(fits.cbegin(), fits.cend(), [verdict](const TargetFit &f) { return f.verdict == verdict; }));
}

QList<DeployTarget> targetsToSend(const QList<TargetFit> &fits, bool anyway)
{
    QList<DeployTarget> targets;
    for (const TargetFit &f : fits) {
        if (f.verdict != TargetFit::Verdict::DoesNotFit) {
            targets << f.target;
        } else if (anyway) {
            DeployTarget target = f.target;
            target.acceptedMisfit = misfitText(f.reasons());
            targets << target;
        }
    }
    return targets;
}

QString misfitText(const QStringList &reasons)
{
    return reasons.join(QStringLiteral("; "));
}

} // namespace tinyml::deploy
