#include "CommandSupport.h"

#include "kg/GraphOpening.h"
#include "kg/GraphSync.h"

#include <algorithm>
#include <cstdio>

using namespace tinyml;

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
}

bool withSecret(kg::GraphLocation *location)
{
    if (!location->problem().isEmpty()) {
        printError(location->problem());
        return false;
    }
    if (!location->isServer())
        return true;
    location->setSecret(qEnvironmentVariable("TINYML_SPARQL_SECRET"));
    if (location->endpoint().auth != store::SparqlEndpoint::Auth::None && location->endpoint().secret.isEmpty()) {
        printError(QStringLiteral("%1: set TINYML_SPARQL_SECRET to the password or token").arg(location->text()));
        return false;
    }
    return true;
}

std::unique_ptr<kg::KnowledgeGraph> openGraph(const QString &storeOption)
{
    // The default store starts with the boards and the demo models, as in the desktop
    // application; a store named on the command line starts empty, for scripts and tests.
    kg::GraphLocation location = kg::GraphLocation::parse(storeOption);
    if (!withSecret(&location))
        return nullptr;
    QString error;
    QStringList notes;
    auto graph = kg::openGraph(location, &error, &notes);
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
