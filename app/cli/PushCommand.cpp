#include "PushCommand.h"

#include "CommandSupport.h"

#include "kg/GraphSync.h"

#include <cstdio>

namespace tinyml::cli {

PushCommand::PushCommand()
    : GraphCommand(QStringLiteral("push"), QStringLiteral("SERVER [--model M] [--board B]"),
                   QStringLiteral("copy the knowledge graph to a SPARQL server"))
{ }

void PushCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Make the server's graph a copy of this store's knowledge graph, or add the models and boards named to it. "
        "Everything is uploaded into a staging graph first and takes effect in one step, so a failed push changes "
        "nothing. "
        "TINYML_SPARQL_SECRET holds the password or token."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The server's graph."),
                                 QStringLiteral("sparql+http(s)://…"));
    parser.addOptions(selectionOptions(QStringLiteral("Push only")));
}

int PushCommand::run(const QCommandLineParser &parser)
{
    kg::GraphLocation serverLocation;
    if (!serverArgument(parser, name(), &serverLocation))
        return 2;
    auto graph = openGraph();
    if (!graph)
        return 1;
    QStringList iris;
    const QStringList models = parser.values(QStringLiteral("model"));
    const QStringList boards = parser.values(QStringLiteral("board"));
    if (!selectedIris(*graph, models, boards, &iris))
        return 1;
    auto server = connectToServer(serverLocation);
    if (!server)
        return 1;
    qint64 pushed = 0;
    const auto progress = [&](qint64 sent, qint64 total) {
        pushed = total;
        std::fprintf(stderr, "uploaded %lld of %lld triples\n", qlonglong(sent), qlonglong(total));
    };
    QString error;
    const bool ok = iris.isEmpty() ? kg::pushGraph(graph->store(), *server, &error, progress)
                                   : kg::pushSelection(*graph, iris, *server, &error, progress);
    if (!ok) {
        printError(QStringLiteral("%1; the server's graph is as it was").arg(error));
        return 1;
    }
    std::printf("%lld triples pushed to %s; it now holds %lld\n", qlonglong(pushed),
                server->endpoint().description().toUtf8().constData(), qlonglong(server->tripleCount()));
    return 0;
}

} // namespace tinyml::cli
