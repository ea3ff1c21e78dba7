#include "ExportCommand.h"

#include "CommandSupport.h"

#include <cstdio>

namespace tinyml::cli {

ExportCommand::ExportCommand()
    : GraphCommand(QStringLiteral("export"), QStringLiteral("FILE.ttl|FILE.nt"),
                   QStringLiteral("write the knowledge graph"))
{ }

void ExportCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Write the knowledge graph, or the models and boards named, as Turtle (.ttl) or N-Triples (.nt). "
        "The file is replaced only once it is completely written."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The snapshot to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions(selectionOptions(QStringLiteral("Export")));
}

int ExportCommand::run(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(0);
    const auto format = rdf::rdfFormatForFile(path);
    if (parser.positionalArguments().size() != 1 || !format) {
        printError(QStringLiteral("tinyml-kg export: name one .ttl or .nt file"));
        return 2;
    }
    auto graph = openGraph();
    if (!graph)
        return 1;
    QString error;
    const QStringList models = parser.values(QStringLiteral("model"));
    const QStringList boards = parser.values(QStringLiteral("board"));
    if (models.isEmpty() && boards.isEmpty()) {
        if (!graph->store().exportFile(path, *format, &error)) {
            printError(error);
            return 1;
        }
        std::printf("%lld triples written to %s\n", qlonglong(graph->store().tripleCount()), path.toUtf8().constData());
        return 0;
    }
    QStringList iris;
    if (!selectedIris(*graph, models, boards, &iris))
        return 1;
    if (!graph->exportSelection(iris, path, &error)) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    std::printf("%lld models and %lld boards written to %s\n", qlonglong(models.size()), qlonglong(boards.size()),
                path.toUtf8().constData());
    return 0;
}

} // namespace tinyml::cli
