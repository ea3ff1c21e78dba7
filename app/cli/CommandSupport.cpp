#include "CommandSupport.h"

#include "kg/DefaultStore.h"
#include "kg/RemoteGraph.h"

#include <algorithm>
#include <cstdio>

using namespace tinyml;

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
}

std::optional<store::SparqlEndpoint> endpointFromLocator(const QString &locator)
{
    QString error;
    auto endpoint = store::SparqlEndpoint::fromLocator(locator, &error);
    if (!endpoint) {
        printError(error);
        return std::nullopt;
    }
    endpoint->secret = qEnvironmentVariable("TINYML_SPARQL_SECRET");
    if (endpoint->auth != store::SparqlEndpoint::Auth::None && endpoint->secret.isEmpty()) {
        printError(QStringLiteral("%1: set TINYML_SPARQL_SECRET to the password or token").arg(locator));
        return std::nullopt;
    }
    return endpoint;
}

std::unique_ptr<kg::KnowledgeGraph> openGraph(const QString &storeOption)
{
    if (store::SparqlEndpoint::isLocator(storeOption)) {
        const auto endpoint = endpointFromLocator(storeOption);
        if (!endpoint)
            return nullptr;
        QString error;
        auto graph = kg::openRemoteGraph(*endpoint, &error);
        if (!graph)
            printError(error);
        return graph;
    }
    // The default store starts with the boards and the demo models, as in the desktop
    // application; a store named on the command line starts empty, for scripts and tests.
    const bool useDefault = storeOption.isEmpty();
    QString error;
    QStringList notes;
    auto graph = kg::openGraphStore(useDefault ? kg::defaultStoreDirectory() : storeOption,
                                    useDefault ? kg::SeedPolicy::SeedWhenCreated : kg::SeedPolicy::Empty, &error, &notes);
    for (const QString &note : notes)
        printError(QStringLiteral("tinyml-kg: %1").arg(note));
    if (!graph)
        printError(error);
    return graph;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("tinyml-kg %1: %2").arg(arguments.value(0), parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        *exitCode = 0;
        return false;
    }
    return true;
}

QList<QCommandLineOption> selectionOptions(const QString &verb)
{
    return {{QStringLiteral("model"), QStringLiteral("%1 this model (name or identifier); repeatable.").arg(verb), QStringLiteral("MODEL")},
            {QStringLiteral("board"), QStringLiteral("%1 this board (name or IRI); repeatable.").arg(verb), QStringLiteral("BOARD")}};
}

bool selectedIris(kg::KnowledgeGraph &graph, const QStringList &models, const QStringList &boards, QStringList *iris)
{
    const kg::Catalogue *catalogue = catalogueOrFail(graph);
    if (!catalogue)
        return false;
    for (const QString &wanted : models) {
        const kg::ModelEntry *model = findModel(graph, *catalogue, wanted);
        if (!model)
            return false;
        *iris << model->iri;
    }
    for (const QString &wanted : boards) {
        const kg::BoardEntry *board = findBoard(graph, *catalogue, wanted);
        if (!board)
            return false;
        *iris << board->iri;
    }
    return true;
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), QStringLiteral("table, csv, tsv or json."), QStringLiteral("FORMAT"), QStringLiteral("table")};
}

bool formatFromOptions(const QCommandLineParser &parser, OutputFormat *format)
{
    if (parseOutputFormat(parser.value(QStringLiteral("format")), format))
        return true;
    printError(QStringLiteral("--format takes table, csv, tsv or json"));
    return false;
}

const kg::Catalogue *catalogueOrFail(kg::KnowledgeGraph &graph)
{
    QString error;
    const kg::Catalogue *catalogue = graph.catalogue(&error);
    if (!catalogue)
        printError(QStringLiteral("%1: %2").arg(graph.store().location(), error));
    return catalogue;
}

const kg::ModelEntry *findModel(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue, const QString &wanted)
{
    const auto it = std::find_if(catalogue.models.begin(), catalogue.models.end(),
                                 [&](const kg::ModelEntry &m) { return m.name == wanted || m.uuid == wanted; });
    if (it != catalogue.models.end())
        return &*it;
    printError(QStringLiteral("no model named '%1' in %2").arg(wanted, graph.store().location()));
    return nullptr;
}

const kg::BoardEntry *findBoard(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue, const QString &wanted)
{
    const auto it = std::find_if(catalogue.boards.begin(), catalogue.boards.end(),
                                 [&](const kg::BoardEntry &b) { return b.name == wanted || b.iri == wanted; });
    if (it != catalogue.boards.end())
        return &*it;
    printError(QStringLiteral("no board named '%1' in %2").arg(wanted, graph.store().location()));
    return nullptr;
}

QString kb(double value)
{
    return QString::number(value, 'f', 3);
}
