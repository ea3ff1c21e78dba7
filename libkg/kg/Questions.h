// The paper's three questions, answered without SPARQL over the catalogue:
//  (a) which boards can run this model (or these requirements);
//  (b) which models run on this board (or these capabilities): every model, with whether it
//      fits and, when it does not, why;
//  (c) which models do this task, benchmarked and ordered by any column.
#pragma once

#include "kg/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml::kg {

// What a model needs, or what a board offers: sensor classes and memory in kB, on a runtime.
// A need's runtime is the one its figures are for (empty: the paper's, tflm24-x86-64); an
// offer's is the one the board runs (empty: not stated, matched with the paper's figures).
// The one entry of Resources::unsupportedOperators when a runtime refuses the model as a whole
// (a kernel refuses it in Prepare) rather than some of its operators. The recorded reasons say it
// in English; the desktop words it itself.
inline const QString kWholeModel = QStringLiteral("this model");

struct Resources {
    QStringList sensors;
    double ramKb = 0;
    double flashKb = 0;
    QString runtime;
    QStringList unsupportedOperators; // need: operators the runtime cannot run (it never fits)
    // need: nobody said which sensors the model takes input from (a model of the graph saved
    // without any), so whether a board's sensors serve it is unknown. Typed requirements with no
    // sensor mean "no sensor needed" and leave this false: only requirementsOf() sets it.
    bool sensorsUnknown = false;
};

// Fits: every need met. SensorsUnknown: memory and runtime met, but the need's sensors are
// unknown, so it is not counted as fitting. DoesNotFit: some need is not met (the reasons then
// also say when the sensors are unknown). In this order the answers are listed.
enum class FitState { Fits, SensorsUnknown, DoesNotFit };

struct Fit {
    FitState state = FitState::Fits;
    quint64 missingSensors = 0; // bit i: the need's sensor i is not offered
    double ramHeadroomKb = 0;
    double flashHeadroomKb = 0;
    bool runtimeCannotRun = false;

    bool fits() const { return state == FitState::Fits; }

    // Why it does not fit, e.g. "missing sensor Camera", "RAM short by 12.3 kB"; when the sensors
    // are unknown, "sensors unknown" (after "fits memory" if nothing else is short). Put into
    // words only when asked: a question over 100k models should not build 100k strings.
    QStringList reasons(const Resources &need) const;
};

// Does a board offering `offer` meet `need`?
Fit fitOf(const Resources &need, const Resources &offer);

// The model's needs on `runtime`: its figures for that runtime when the graph has them, else the
// paper's (the need's runtime then says so by being empty).
Resources requirementsOf(const ModelEntry &model, const QString &runtime = {});
Resources capabilitiesOf(const BoardEntry &board);

struct BoardAnswer {
    const BoardEntry *board;
    Fit fit;
    Resources need; // what was asked of this board (a model's needs differ by the board's runtime)
};
struct ModelAnswer {
    const ModelEntry *model;
    Fit fit;
};

// (a) Every board, with its fit; those that fit first, then those of unknown sensors, each group by name.
QList<BoardAnswer> boardsFor(const Catalogue &catalogue, const Resources &need);
// (a) for a model of the graph: each board is asked for the model's needs on the board's runtime.
QList<BoardAnswer> boardsFor(const Catalogue &catalogue, const ModelEntry &model);
// (b) Every model, with its fit on the offer's runtime; ordered as (a).
QList<ModelAnswer> modelsFor(const Catalogue &catalogue, const Resources &offer);

struct TaskQuery {
    QString text;     // the task in words, matched as TaskSearch.h says (every part must be found)
    QString sensor;   // a sensor class the model takes input from
    QString dataset;  // text in the training data set's IRI
    QString category; // e.g. Classification
    QString metric;   // e.g. Top_1_accuracy
};
enum class TaskOrder { Relevance, Name, Accuracy, Macs, Ram, Flash };

// (c) The models that match, ordered by `order` (ascending unless `descending`); models whose
// accuracy is not known come last either way. Relevance puts the best match to the text first
// (ties by name; `descending` does not turn it round; without text it is the order by name).
QList<const ModelEntry *> modelsForTask(const Catalogue &catalogue, const TaskQuery &query, TaskOrder order,
                                        bool descending = false);

} // namespace tinyml::kg
