#include "CommandSupport.h"

#include <algorithm>
#include <cstdio>

namespace tinyml::cli {

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

bool serverArgument(const QCommandLineParser &parser, const QString &command, kg::GraphLocation *server)
{
    *server = kg::GraphLocation::parse(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() == 1 && server->isServer())
        return true;
    printError(
        QStringLiteral("tinyml-kg %1: name one server as sparql+http://HOST:PORT/PATH?graph=IRI (or sparql+https://…)")
            .arg(command));
    return false;
}

std::unique_ptr<store::SparqlStore> connectToServer(kg::GraphLocation server)
{
    if (!withSecret(&server))
        return nullptr;
    QString error;
    auto store = store::SparqlStore::connect(server.endpoint(), &error);
    if (!store)
        printError(error);
    return store;
}

QList<QCommandLineOption> selectionOptions(const QString &verb)
{
    return {{QStringLiteral("model"), QStringLiteral("%1 this model (name or identifier); repeatable.").arg(verb),
             QStringLiteral("MODEL")},
            {QStringLiteral("board"), QStringLiteral("%1 this board (name or IRI); repeatable.").arg(verb),
             QStringLiteral("BOARD")}};
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
    return {QStringLiteral("format"), QStringLiteral("table, csv, tsv or json."), QStringLiteral("FORMAT"),
            QStringLiteral("table")};
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
    QList<const kg::ModelEntry *> found;
    for (const kg::ModelEntry &m : catalogue.models) {
        if (m.uuid == wanted || m.iri == wanted)
            return &m;
        if (m.name == wanted)
            found << &m;
    }
    if (found.size() == 1)
        return found.front();
    if (found.isEmpty()) {
        printError(QStringLiteral("no model named '%1' in %2").arg(wanted, graph.store().location()));
        return nullptr;
    }
    QStringList uuids;
    for (const kg::ModelEntry *m : found)
        uuids << m->uuid;
    printError(QStringLiteral("%1 models are named '%2': name one by its identifier (%3)")
                   .arg(found.size())
                   .arg(wanted, uuids.join(QStringLiteral(", "))));
    return nullptr;
}

const kg::ModelEntry *findModel(kg::KnowledgeGraph &graph, const QString &wanted)
{
    const kg::Catalogue *catalogue = catalogueOrFail(graph);
    return catalogue ? findModel(graph, *catalogue, wanted) : nullptr;
}

void printUpdates(const QList<kg::ModelUpdate> &updates)
{
    for (const kg::ModelUpdate &update : updates) {
        std::printf("updated %s:\n", update.name.toUtf8().constData());
        for (const kg::FieldChange &change : update.changes)
            std::printf("  %s\n", kg::ModelFields::describe(change).toUtf8().constData());
    }
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

QString metricText(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QStringLiteral("unknown");
}

} // namespace tinyml::cli
