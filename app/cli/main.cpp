// tinyml-kg: TinyML Manager's command line, on the same library as the desktop application.
#include "InspectCommand.h"
#include "KgCommands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char kUsage[] =
    "Usage: tinyml-kg [--store DIR|SERVER] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  inspect MODEL.tflite... [--json] [--runtime NAME]\n"
    "                                          analyse models: layers, MACs, Flash, tensor-arena RAM\n"
    "  runtimes                                the runtimes RAM and Flash are figured for\n"
    "  import [MODEL.tflite...] [--metadata F] add models to the knowledge graph\n"
    "  import-rdf FILE...                      add Turtle or N-Triples files in one transaction\n"
    "  export FILE.ttl|FILE.nt                 write the knowledge graph\n"
    "  query FILE.rq|- [--format F]            run a SPARQL query (table, csv, tsv, json)\n"
    "  boards-for --model M | --sensors ...    which boards can run a model\n"
    "  models-for --board B | --sensors ...    which models run on a board, and why not\n"
    "  find [--text T] [--sensor S] ...        which models do a task, benchmarked\n"
    "  stats                                   what the knowledge graph holds\n"
    "  deploy MODEL.tflite --to ADDRESS...     send a model to boards over Bluetooth LE\n"
    "  push SERVER [--model M] [--board B]     copy the knowledge graph to a SPARQL server\n"
    "  pull SERVER [--replace]                 copy a SPARQL server's graph into this store\n"
    "\n"
    "--store DIR opens the store in DIR (created empty when missing); without it the embedded\n"
    "default store is used, created with the boards and demonstration models on first use.\n"
    "--store sparql+http://HOST:PORT/PATH?graph=IRI (or sparql+https://...) works on a graph on a\n"
    "SPARQL 1.1 server; optional parameters: update=PATH and data=PATH (Update and Graph Store\n"
    "endpoints), user=NAME, auth=password|bearer, pin=SHA256 (a trusted certificate). The\n"
    "password or token comes from TINYML_SPARQL_SECRET. SERVER is written the same way.\n"
    "Run 'tinyml-kg COMMAND --help' for a command's options.\n";

using Command = int (*)(const QString &, const QStringList &);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same identity as the desktop application, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("tinyml-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    QString store;
    if (arguments.value(1) == QLatin1String("--store")) {
        if (arguments.size() < 3) {
            std::fputs("tinyml-kg: --store needs a folder or a server\n", stderr);
            return 2;
        }
        store = arguments.at(2);
        arguments.remove(1, 2);
    }
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("tinyml-kg %s\n", PROJECT_VERSION);
        return 0;
    }
    if (command == QLatin1String("inspect"))
        return runInspectCommand(arguments.mid(1));
    if (command == QLatin1String("runtimes"))
        return runRuntimesCommand(arguments.mid(1));
    const QList<QPair<QString, Command>> commands = {
        {QStringLiteral("import"), runImportCommand}, {QStringLiteral("import-rdf"), runImportRdfCommand},
        {QStringLiteral("export"), runExportCommand}, {QStringLiteral("query"), runQueryCommand},
        {QStringLiteral("boards-for"), runBoardsForCommand}, {QStringLiteral("models-for"), runModelsForCommand},
        {QStringLiteral("find"), runFindCommand}, {QStringLiteral("stats"), runStatsCommand},
        {QStringLiteral("deploy"), runDeployCommand}, {QStringLiteral("push"), runPushCommand},
        {QStringLiteral("pull"), runPullCommand}};
    for (const auto &[name, run] : commands) {
        if (command == name)
            return run(store, arguments.mid(1));
    }

    std::fprintf(stderr, "tinyml-kg: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return 2;
}
