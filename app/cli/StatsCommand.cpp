#include "StatsCommand.h"

#include <cstdio>

namespace tinyml::cli {

StatsCommand::StatsCommand()
    : QuestionCommand(QStringLiteral("stats"), QString(), QStringLiteral("what the knowledge graph holds"))
{ }

void StatsCommand::declareQuestion(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral("What the knowledge graph holds."));
}

int StatsCommand::answer(const QCommandLineParser &, Question &q)
{
    const QStringList values{q.graph->store().location(), QString::number(q.graph->store().tripleCount()),
                             QString::number(q.catalogue->models.size()), QString::number(q.catalogue->boards.size())};
    if (q.format == OutputFormat::Table)
        std::printf("store:   %s\ntriples: %s\nmodels:  %s\nboards:  %s\n", qPrintable(values[0]),
                    qPrintable(values[1]), qPrintable(values[2]), qPrintable(values[3]));
    else
        printRows(
            {QStringLiteral("store"), QStringLiteral("triples"), QStringLiteral("models"), QStringLiteral("boards")},
            {values}, q.format);
    return 0;
}

} // namespace tinyml::cli
