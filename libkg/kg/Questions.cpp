#include "Questions.h"

#include <algorithm>

namespace tinyml::kg {
namespace {

QString kb(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

template<typename Answer>
void sortFitsFirst(QList<Answer> &answers, QString (*name)(const Answer &))
{
    std::stable_sort(answers.begin(), answers.end(), [name](const Answer &a, const Answer &b) {
        if (a.fit.fits != b.fit.fits)
            return a.fit.fits;
        return name(a).compare(name(b), Qt::CaseInsensitive) < 0;
    });
}

} // namespace

Fit fitOf(const Resources &need, const Resources &offer)
{
    Fit fit;
    for (const QString &sensor : need.sensors) {
        if (!offer.sensors.contains(sensor)) {
            fit.fits = false;
            fit.reasons << QStringLiteral("missing sensor %1").arg(sensor);
        }
    }
    fit.ramHeadroomKb = offer.ramKb - need.ramKb;
    fit.flashHeadroomKb = offer.flashKb - need.flashKb;
    if (fit.ramHeadroomKb < 0) {
        fit.fits = false;
        fit.reasons << QStringLiteral("RAM short by %1 kB").arg(kb(-fit.ramHeadroomKb));
    }
    if (fit.flashHeadroomKb < 0) {
        fit.fits = false;
        fit.reasons << QStringLiteral("Flash short by %1 kB").arg(kb(-fit.flashHeadroomKb));
    }
    return fit;
}

Resources requirementsOf(const ModelEntry &model)
{
    return {model.sensors, model.ramKb, model.flashKb};
}

Resources capabilitiesOf(const BoardEntry &board)
{
    return {board.sensors, board.ramKb, board.flashKb};
}

QList<BoardAnswer> boardsFor(const Catalogue &catalogue, const Resources &need)
{
    QList<BoardAnswer> answers;
    answers.reserve(catalogue.boards.size());
    for (const BoardEntry &board : catalogue.boards)
        answers.append({&board, fitOf(need, capabilitiesOf(board))});
    sortFitsFirst<BoardAnswer>(answers, [](const BoardAnswer &a) { return a.board->name; });
    return answers;
}

QList<ModelAnswer> modelsFor(const Catalogue &catalogue, const Resources &offer)
{
    QList<ModelAnswer> answers;
    answers.reserve(catalogue.models.size());
    for (const ModelEntry &model : catalogue.models)
        answers.append({&model, fitOf(requirementsOf(model), offer)});
    sortFitsFirst<ModelAnswer>(answers, [](const ModelAnswer &a) { return a.model->name; });
    return answers;
}

QList<const ModelEntry *> modelsForTask(const Catalogue &catalogue, const TaskQuery &query, TaskOrder order, bool descending)
{
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<const ModelEntry *> matches;
    for (const ModelEntry &m : catalogue.models) {
        const QString haystack = m.name + QLatin1Char(' ') + m.description;
        const bool textMatches = std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
        if (!textMatches
            || (!query.sensor.isEmpty() && !m.sensors.contains(query.sensor))
            || (!query.dataset.isEmpty() && !m.dataset.contains(query.dataset, Qt::CaseInsensitive))
            || (!query.category.isEmpty() && m.category != query.category)
            || (!query.metric.isEmpty() && m.metric != query.metric))
            continue;
        matches << &m;
    }
    auto key = [order](const ModelEntry *m) -> double {
        switch (order) {
        case TaskOrder::Accuracy: return m->metricValue.value_or(-1);
        case TaskOrder::Macs: return double(m->macs);
        case TaskOrder::Ram: return m->ramKb;
        case TaskOrder::Flash: return m->flashKb;
        case TaskOrder::Name: break;
        }
        return 0;
    };
    std::stable_sort(matches.begin(), matches.end(), [&](const ModelEntry *a, const ModelEntry *b) {
        const bool less = order == TaskOrder::Name ? a->name.compare(b->name, Qt::CaseInsensitive) < 0 : key(a) < key(b);
        const bool greater = order == TaskOrder::Name ? b->name.compare(a->name, Qt::CaseInsensitive) < 0 : key(b) < key(a);
        return descending ? greater : less;
    });
    return matches;
}

} // namespace tinyml::kg
