#include "PullCommand.h"

#include "CommandSupport.h"

#include "kg/GraphSync.h"

#include <cstdio>

namespace tinyml::cli {

PullCommand::PullCommand()
    : GraphCommand(QStringLiteral("pull"), QStringLiteral("SERVER [--replace]"),
                   QStringLiteral("copy a SPARQL server's graph into this store"))
{ }

void PullCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Add the server's graph to this store in one transaction, or with --replace make this store a copy of it. "
        "TINYML_SPARQL_SECRET holds the password or token."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The server's graph."),
                                 QStringLiteral("sparql+http(s)://…"));
    parser.addOption(
        {QStringLiteral("replace"), QStringLiteral("Replace this store's graph instead of adding to it.")});
}

int PullCommand::run(const QCommandLineParser &parser)
{
    kg::GraphLocation serverLocation;
    if (!serverArgument(parser, name(), &serverLocation))
        return 2;
    if (location().isServer()) {
        printError(QStringLiteral("tinyml-kg pull: --store names the local store to pull into, not a server"));
        return 2;
    }
    auto server = connectToServer(serverLocation);
    if (!server)
        return 1;
    auto graph = openGraph();
    if (!graph)
        return 1;
    QString error;
    qsizetype received = 0;
    const auto mode = parser.isSet(QStringLiteral("replace")) ? kg::PullMode::Replace : kg::PullMode::Merge;
    if (!kg::pullGraph(*server, graph->store(), mode, &error, &received)) {
        printError(QStringLiteral("%1; the local store is as it was").arg(error));
        return 1;
    }
    std::printf("%lld triples pulled from %s; %s now holds %lld\n", qlonglong(received),
                server->endpoint().description().toUtf8().constData(), graph->store().location().toUtf8().constData(),
                qlonglong(graph->store().tripleCount()));
    return 0;
}

} // namespace tinyml::cli
