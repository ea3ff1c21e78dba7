#include "ImportRdfCommand.h"

#include "CommandSupport.h"

#include <cstdio>

namespace tinyml::cli {

ImportRdfCommand::ImportRdfCommand()
    : GraphCommand(QStringLiteral("import-rdf"), QStringLiteral("FILE..."),
                   QStringLiteral("add Turtle or N-Triples files in one transaction"))
{ }

void ImportRdfCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Add Turtle (.ttl), N-Triples (.nt) or WoT Thing Description JSON (.json, .jsonld) files to the "
        "knowledge graph in one transaction. A model the files describe under an IRI the graph has takes what they "
        "say of it (name, sensors, category, metric, ...); each field that changes is printed."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("RDF files."), QStringLiteral("FILE..."));
}

int ImportRdfCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("tinyml-kg import-rdf: name at least one file"));
        return 2;
    }
    auto graph = openGraph();
    if (!graph)
        return 1;
    const qint64 before = graph->store().tripleCount();
    QString error;
    const auto plan = graph->planRdfImport(parser.positionalArguments(), &error);
    if (!plan || !graph->apply(plan->changes, &error)) {
        printError(error);
        return 1;
    }
    for (const QString &w : plan->warnings)
        printError(QStringLiteral("warning: ") + w);
    printUpdates(plan->updated);
    std::printf("%lld triples added (%d new models, %lld models described again)\n",
                qlonglong(graph->store().tripleCount() - before), plan->newModels, qlonglong(plan->updated.size()));
    return 0;
}

} // namespace tinyml::cli
