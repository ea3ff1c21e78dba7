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
    parser.setApplicationDescription(
        QStringLiteral("Add Turtle (.ttl), N-Triples (.nt) or WoT Thing Description JSON (.json, .jsonld) files to the "
                       "knowledge graph in one transaction."));
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
    QStringList warnings;
    if (!graph->importRdf(parser.positionalArguments(), &error, &warnings)) {
        printError(error);
        return 1;
    }
    for (const QString &w : warnings)
        printError(QStringLiteral("warning: ") + w);
    std::printf("%lld triples added\n", qlonglong(graph->store().tripleCount() - before));
    return 0;
}

} // namespace tinyml::cli
