#include "FindCommand.h"

#include "CommandSupport.h"

#include <QHash>

namespace tinyml::cli {
namespace {

const QHash<QString, kg::TaskOrder> &orders()
{
    static const QHash<QString, kg::TaskOrder> byName = {{QStringLiteral("relevance"), kg::TaskOrder::Relevance},
                                                         {QStringLiteral("name"), kg::TaskOrder::Name},
                                                         {QStringLiteral("accuracy"), kg::TaskOrder::Accuracy},
                                                         {QStringLiteral("macs"), kg::TaskOrder::Macs},
                                                         {QStringLiteral("ram"), kg::TaskOrder::Ram},
                                                         {QStringLiteral("flash"), kg::TaskOrder::Flash}};
    return byName;
}

QString taskText(const QCommandLineParser &parser)
{
    return (parser.positionalArguments() + QStringList{parser.value(QStringLiteral("text"))})
        .join(QLatin1Char(' '))
        .trimmed();
}

kg::TaskOrder taskOrder(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("sort")))
        return orders().value(parser.value(QStringLiteral("sort")));
    return taskText(parser).isEmpty() ? kg::TaskOrder::Accuracy : kg::TaskOrder::Relevance;
}

} // namespace

FindCommand::FindCommand()
    : QuestionCommand(QStringLiteral("find"), QStringLiteral("[TASK] [--text T] [--sensor S] ..."),
                      QStringLiteral("which models do a task, benchmarked"))
{ }

void FindCommand::declareQuestion(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Which models do this task? Benchmarks the matches by accuracy, MACs, RAM and Flash.\n"
                       "The task is searched by words in the name, description, category, training data and "
                       "sensors, the field's names for a task alike (KWS, wake word, keyword spotting), the best "
                       "match first."));
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("The task in words, as --text."),
                                 QStringLiteral("[TASK]"));
    parser.addOption({QStringLiteral("text"),
                      QStringLiteral("The task in words, e.g. \"keyword spotting\"; every part must be found."),
                      QStringLiteral("WORDS")});
    parser.addOption({QStringLiteral("sensor"), QStringLiteral("A sensor class feeding the input, e.g. Microphone."),
                      QStringLiteral("CLASS")});
    parser.addOption(
        {QStringLiteral("dataset"), QStringLiteral("Text in the training data set's IRI."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("category"), QStringLiteral("e.g. Classification."), QStringLiteral("CATEGORY")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("Top_1_accuracy, Top_5_accuracy or Other_metric."),
                      QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("sort"),
                      QStringLiteral("relevance, name, accuracy, macs, ram or flash (default: relevance when a task "
                                     "is given, else accuracy)."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("descending"), QStringLiteral("Largest first.")});
}

QString FindCommand::check(const QCommandLineParser &parser) const
{
    return !parser.isSet(QStringLiteral("sort")) || orders().contains(parser.value(QStringLiteral("sort")))
        ? QString()
        : QStringLiteral("--sort takes relevance, name, accuracy, macs, ram or flash");
}

int FindCommand::answer(const QCommandLineParser &parser, Question &q)
{
    const kg::TaskQuery query{taskText(parser), parser.value(QStringLiteral("sensor")),
                              parser.value(QStringLiteral("dataset")), parser.value(QStringLiteral("category")),
                              parser.value(QStringLiteral("metric"))};
    QList<QStringList> rows;
    for (const kg::ModelEntry *m :
         kg::modelsForTask(*q.catalogue, query, taskOrder(parser), parser.isSet(QStringLiteral("descending"))))
        rows << QStringList{m->name,
                            m->category,
                            m->metric,
                            metricText(m->metricValue),
                            QString::number(m->macs),
                            kb(m->ramKb),
                            kb(m->flashKb),
                            m->sensors.join(QLatin1Char(',')),
                            m->uuid};
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("metric"), QStringLiteral("value"),
               QStringLiteral("macs"), QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"),
               QStringLiteral("uuid")},
              rows, q.format);
    return 0;
}

} // namespace tinyml::cli
