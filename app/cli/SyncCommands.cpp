// push and pull: moving the knowledge graph between a store here and a graph on a SPARQL server.
#include "CommandSupport.h"
#include "KgCommands.h"

#include "kg/GraphSync.h"

#include <cstdio>

using namespace tinyml;

namespace {

std::unique_ptr<store::SparqlStore> connectToServer(const QString &locator)
{
    kg::GraphLocation location = kg::GraphLocation::parse(locator);
    if (!withSecret(&location))
        return nullptr;
    QString error;
    auto server = store::SparqlStore::connect(location.endpoint(), &error);
    if (!server)
        printError(error);
    return server;
}

bool serverArgument(const QCommandLineParser &parser, const char *command, QString *locator)
{
    *locator = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() == 1 && kg::GraphLocation::parse(*locator).isServer())
        return true;
    printError(QStringLiteral("tinyml-kg %1: name one server as sparql+http://HOST:PORT/PATH?graph=IRI (or sparql+https://…)").arg(QLatin1String(command)));
    return false;
}

} // namespace

int runPushCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Make the server's graph a copy of this store's knowledge graph, or add the models and boards named to it. "
        "Everything is uploaded into a staging graph first and takes effect in one step, so a failed push changes nothing. "
        "TINYML_SPARQL_SECRET holds the password or token."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The server's graph."), QStringLiteral("sparql+http(s)://…"));
    parser.addOptions(selectionOptions(QStringLiteral("Push only")));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    QString locator;
    if (!serverArgument(parser, "push", &locator))
        return 2;
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    QStringList iris;
    const QStringList models = parser.values(QStringLiteral("model"));
    const QStringList boards = parser.values(QStringLiteral("board"));
    if (!selectedIris(*graph, models, boards, &iris))
        return 1;
    auto server = connectToServer(locator);
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

int runPullCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add the server's graph to this store in one transaction, or with --replace make this store a copy of it. "
        "TINYML_SPARQL_SECRET holds the password or token."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The server's graph."), QStringLiteral("sparql+http(s)://…"));
    parser.addOption({QStringLiteral("replace"), QStringLiteral("Replace this store's graph instead of adding to it.")});
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    QString locator;
    if (!serverArgument(parser, "pull", &locator))
        return 2;
    if (kg::GraphLocation::parse(storeDir).isServer()) {
        printError(QStringLiteral("tinyml-kg pull: --store names the local store to pull into, not a server"));
        return 2;
    }
    auto server = connectToServer(locator);
    if (!server)
        return 1;
    auto graph = openGraph(storeDir);
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
