// The fit gate: before a model goes to boards, the knowledge graph is asked whether it fits
// each of them (RAM on the board's runtime, Flash, sensors: kg::boardsFor's answer, the one the
// tables show). A board the graph does not know (found only by a scan) cannot be judged: its fit
// is unknown, which is a warning, not a refusal.
#pragma once

#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"
#include "kg/Questions.h"

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::deploy {

struct TargetFit {
    enum class Verdict { Fits, DoesNotFit, Unknown };
    DeployTarget target;
    Verdict verdict = Verdict::Unknown;
    kg::Fit fit;        // for Fits and DoesNotFit
    kg::Resources need; // what was asked of the board (its runtime's figures)

    // Why it does not fit, as the tables word them ("RAM short by 80.0 kB", "fits memory; sensors
    // unknown" for a model saved without sensors, which the gate asks about as a misfit);
    // untranslated, as they are recorded.
    QStringList reasons() const { return verdict == Verdict::DoesNotFit ? fit.reasons(need) : QStringList(); }
};

// Asks `catalogue` about `model` on each target's board (by the target's board IRI).
QList<TargetFit> judgeFit(const kg::Catalogue &catalogue, const kg::ModelEntry &model,
                          const QList<DeployTarget> &targets);

// The catalogue row a file the graph does not hold would have: its needs on every runtime from
// its analysis (the paper's figures as the default), no sensors (the file does not say).
kg::ModelEntry modelEntryOf(const ModelAnalysis &analysis, const QString &name);

int countVerdict(const QList<TargetFit> &fits, TargetFit::Verdict verdict);

// What to send: the boards that fit and those of unknown fit, and, when `anyway`, those that do
// not fit too, each carrying its reasons as the accepted misfit so that the record says so.
QList<DeployTarget> targetsToSend(const QList<TargetFit> &fits, bool anyway);

// The reasons one board does not fit, in one line ("RAM short by 80.0 kB; missing sensor Camera").
QString misfitText(const QStringList &reasons);

} // namespace tinyml::deploy
