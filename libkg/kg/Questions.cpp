#include "Questions.h"

#include "kg/TaskSearch.h"

#include <QHash>

#include <algorithm>

namespace tinyml::kg {
namespace {

QString kb(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

// Those that fit first, then those of unknown sensors; within each group the catalogue's order
// (by name) is kept.
template<typename Answer>
void fitsFirst(QList<Answer> &answers)
{
    std::stable_sort(answers.begin(), answers.end(),
                     [](const Answer &a, const Answer &b) { return int(a.fit.state) < int(b.fit.state); });
}

} // namespace

Fit fitOf(const Resources &need, const Resources &offer)
{
    Fit fit;
    for (qsizetype i = 0; i < need.sensors.size() && i < 64; ++i) {
        if (!offer.sensors.contains(need.sensors[i]))
            fit.missingSensors |= quint64(1) << i;
    }
    fit.ramHeadroomKb = offer.ramKb - need.ramKb;
    fit.flashHeadroomKb = offer.flashKb - need.flashKb;
    fit.runtimeCannotRun = !need.unsupportedOperators.isEmpty();
    if (fit.missingSensors != 0 || fit.runtimeCannotRun || fit.ramHeadroomKb < 0 || fit.flashHeadroomKb < 0)
        fit.state = FitState::DoesNotFit;
    else if (need.sensorsUnknown)
        fit.state = FitState::SensorsUnknown;
    return fit;
}

QStringList Fit::reasons(const Resources &need) const
{
    QStringList out;
    for (qsizetype i = 0; i < need.sensors.size() && i < 64; ++i) {
        if (missingSensors & (quint64(1) << i))
            out << QStringLiteral("missing sensor %1").arg(need.sensors[i]);
    }
    if (runtimeCannotRun)
        out << QStringLiteral("%1 cannot run %2")
                   .arg(need.runtime, need.unsupportedOperators.join(QStringLiteral(", ")));
    if (ramHeadroomKb < 0)
        out << QStringLiteral("RAM short by %1 kB").arg(kb(-ramHeadroomKb));
    if (flashHeadroomKb < 0)
        out << QStringLiteral("Flash short by %1 kB").arg(kb(-flashHeadroomKb));
    if (need.sensorsUnknown) {
        if (state == FitState::SensorsUnknown)
            out << QStringLiteral("fits memory");
        out << QStringLiteral("sensors unknown");
    }
    return out;
}

Resources requirementsOf(const ModelEntry &model, const QString &runtime)
{
    // A model of the graph without sensors was saved without saying them: unknown, not "none needed".
    Resources need{model.sensors, model.ramKb, model.flashKb, {}, {}, model.sensors.isEmpty()};
    const RuntimeFigures *figures = runtime.isEmpty() ? nullptr : model.figuresOn(runtime);
    if (!figures)
        return need;
    need.runtime = runtime;
    if (!figures->runnable) {
        need.unsupportedOperators = figures->unsupportedOperators;
        if (need.unsupportedOperators.isEmpty())
            need.unsupportedOperators << kWholeModel;
        return need;
    }
    // Every operator a runtime registers has a measured code size, so a runnable model has both
    // figures; a graph written otherwise falls back to the paper's.
    need.ramKb = figures->ramKb.value_or(model.ramKb);
    need.flashKb = figures->flashKb.value_or(model.flashKb);
    return need;
}

Resources capabilitiesOf(const BoardEntry &board)
{
    return {board.sensors, board.ramKb, board.flashKb, board.runtime, {}};
}

namespace {

// Every board against what `needOn(board)` asks of it.
template<typename NeedOn>
QList<BoardAnswer> answerBoards(const Catalogue &catalogue, NeedOn needOn)
{
    QList<BoardAnswer> answers;
    answers.reserve(catalogue.boards.size());
    for (const BoardEntry &board : catalogue.boards) {
        Resources need = needOn(board);
        const Fit fit = fitOf(need, capabilitiesOf(board));
        answers.append({&board, fit, std::move(need)});
    }
    fitsFirst(answers);
    return answers;
}

} // namespace

QList<BoardAnswer> boardsFor(const Catalogue &catalogue, const Resources &need)
{
    return answerBoards(catalogue, [&](const BoardEntry &) { return need; });
}

QList<BoardAnswer> boardsFor(const Catalogue &catalogue, const ModelEntry &model)
{
    return answerBoards(catalogue, [&](const BoardEntry &board) { return requirementsOf(model, board.runtime); });
}

QList<ModelAnswer> modelsFor(const Catalogue &catalogue, const Resources &offer)
{
    QList<ModelAnswer> answers;
    answers.reserve(catalogue.models.size());
    for (const ModelEntry &model : catalogue.models)
        answers.append({&model, fitOf(requirementsOf(model, offer.runtime), offer)});
    fitsFirst(answers);
    return answers;
}

QList<const ModelEntry *> modelsForTask(const Catalogue &catalogue, const TaskQuery &query, TaskOrder order,
                                        bool descending)
{
    const TaskSearch search(query.text);
    QList<const ModelEntry *> matches;
    QHash<const ModelEntry *, int> relevance;
    for (const ModelEntry &m : catalogue.models) {
        if ((!query.sensor.isEmpty() && !m.sensors.contains(query.sensor))
            || (!query.dataset.isEmpty() && !m.dataset.contains(query.dataset, Qt::CaseInsensitive))
            || (!query.category.isEmpty() && m.category != query.category)
            || (!query.metric.isEmpty() && m.metric != query.metric))
            continue;
        if (!search.isEmpty()) {
            const int score = search.relevance(m);
            if (score == 0)
                continue;
            relevance.insert(&m, score);
        }
        matches << &m;
    }
    // nullopt: not known, which sorts last whichever way the others go.
    auto key = [order](const ModelEntry *m) -> std::optional<double> {
        switch (order) {
        case TaskOrder::Accuracy: return m->metricValue;
        case TaskOrder::Macs: return double(m->macs);
        case TaskOrder::Ram: return m->ramKb;
        case TaskOrder::Flash: return m->flashKb;
        case TaskOrder::Name:
        case TaskOrder::Relevance: break;
        }
        return 0.0;
    };
    std::stable_sort(matches.begin(), matches.end(), [&](const ModelEntry *a, const ModelEntry *b) {
        if (order == TaskOrder::Relevance) {
            const int ra = relevance.value(a), rb = relevance.value(b);
            return ra != rb ? ra > rb : a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        }
        if (order == TaskOrder::Name) {
            const int c = a->name.compare(b->name, Qt::CaseInsensitive);
            return descending ? c > 0 : c < 0;
        }
        const std::optional<double> ka = key(a), kb = key(b);
        if (!ka || !kb)
            return ka.has_value() && !kb.has_value();
        return descending ? *kb < *ka : *ka < *kb;
    });
    return matches;
}

} // namespace tinyml::kg
