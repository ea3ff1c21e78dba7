// The three questions and stats: boards-for, models-for, find.
#include "KgCommands.h"

#include "CommandSupport.h"

#include "kg/Questions.h"
#include "tflite/Runtime.h"

#include <QHash>

#include <cstdio>
#include <functional>
#include <memory>

using namespace tinyml;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

// --sensors/--ram/--flash, shared by boards-for and models-for.
void addResourceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("sensors"), QStringLiteral("Sensor classes, comma-separated (e.g. Camera,Microphone)."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("ram"), QStringLiteral("RAM in kB."), QStringLiteral("KB")});
    parser.addOption({QStringLiteral("flash"), QStringLiteral("Flash in kB."), QStringLiteral("KB")});
}

bool resourcesFromOptions(const QCommandLineParser &parser, kg::Resources *resources)
{
    bool okRam = true, okFlash = true;
    resources->sensors = splitList(parser.value(QStringLiteral("sensors")));
    resources->ramKb = parser.isSet(QStringLiteral("ram")) ? parser.value(QStringLiteral("ram")).toDouble(&okRam) : 0;
    resources->flashKb = parser.isSet(QStringLiteral("flash")) ? parser.value(QStringLiteral("flash")).toDouble(&okFlash) : 0;
    if (!okRam || !okFlash) {
        printError(QStringLiteral("--ram and --flash take a number of kB"));
        return false;
    }
    return true;
}

// The runtime a need's figures are for: its own, or the paper's when the graph has none other.
QString runtimeOfFigures(const kg::Resources &need)
{
    return need.runtime.isEmpty() ? QString::fromStdString(tflite::paperRuntime().name) : need.runtime;
}

QString fitText(const kg::Fit &fit, const kg::Resources &need)
{
    return fit.fits ? QStringLiteral("yes") : QStringLiteral("no: ") + fit.reasons(need).join(QStringLiteral("; "));
}

// What every question needs once its options are declared: the options parsed (--format, and
// the resource options when `withResources`), the store opened and its catalogue read.
struct Question {
    OutputFormat format = OutputFormat::Table;
    kg::Resources resources;
    std::unique_ptr<kg::KnowledgeGraph> graph;
    const kg::Catalogue *catalogue = nullptr;
};

// Returns -1 to go on, or the exit code to stop with. `check` runs on the parsed options before
// the store is opened and returns an error message, or nothing.
int prepareQuestion(QCommandLineParser &parser, const QStringList &arguments, const QString &storeDir, bool withResources,
                    Question *q, const std::function<QString()> &check = {})
{
    parser.addOption(formatOption());
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    if (!formatFromOptions(parser, &q->format) || (withResources && !resourcesFromOptions(parser, &q->resources)))
        return 2;
    if (check) {
        if (const QString problem = check(); !problem.isEmpty()) {
            printError(problem);
            return 2;
        }
    }
    q->graph = openGraph(storeDir);
    if (!q->graph)
        return 1;
    q->catalogue = catalogueOrFail(*q->graph);
    return q->catalogue ? -1 : 1;
}

} // namespace

int runBoardsForCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which boards can run this model (or these requirements)?"));
    parser.addOption({QStringLiteral("model"), QStringLiteral("A model's name or identifier."), QStringLiteral("MODEL")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("all"), QStringLiteral("Also list the boards that do not fit, with the reason.")});
    Question q;
    if (const int stop = prepareQuestion(parser, arguments, storeDir, true, &q); stop >= 0)
        return stop;
    // A model of the graph is asked of each board on that board's runtime; typed requirements
    // are the same for every board.
    QList<kg::BoardAnswer> answers;
    if (parser.isSet(QStringLiteral("model"))) {
        const kg::ModelEntry *model = findModel(*q.graph, *q.catalogue, parser.value(QStringLiteral("model")));
        if (!model)
            return 1;
        answers = kg::boardsFor(*q.catalogue, *model);
    } else {
        answers = kg::boardsFor(*q.catalogue, q.resources);
    }
    QList<QStringList> rows;
    for (const kg::BoardAnswer &a : answers) {
        if (a.fit.fits || parser.isSet(QStringLiteral("all")))
            rows << QStringList{a.board->name, kb(a.board->ramKb), kb(a.board->flashKb), a.board->sensors.join(QLatin1Char(',')), fitText(a.fit, a.need), a.board->iri,
                                runtimeOfFigures(a.need)};
    }
    printRows({QStringLiteral("board"), QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("fits"), QStringLiteral("iri"),
               QStringLiteral("runtime")}, rows, q.format);
    return 0;
}

int runModelsForCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which models run on this board (or these capabilities)? Lists every model with whether it fits and why not."));
    parser.addOption({QStringLiteral("board"), QStringLiteral("A board's name or IRI."), QStringLiteral("BOARD")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("runtime"), QStringLiteral("The runtime the board described by --ram and --flash runs (see 'tinyml-kg runtimes'; default: the paper's figures)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("fitting"), QStringLiteral("Only the models that fit.")});
    Question q;
    const auto needsABoard = [&]() -> QString {
        if (!parser.isSet(QStringLiteral("board")) && (!parser.isSet(QStringLiteral("ram")) || !parser.isSet(QStringLiteral("flash"))))
            return QStringLiteral("tinyml-kg models-for: name a --board, or give its --ram and --flash (and --sensors)");
        const QString runtime = parser.value(QStringLiteral("runtime"));
        if (!runtime.isEmpty() && !tflite::findRuntime(runtime.toStdString()))
            return QStringLiteral("tinyml-kg models-for: unknown runtime '%1'; the runtimes are %2").arg(runtime, QString::fromStdString(tflite::runtimeNames()));
        return QString();
    };
    if (const int stop = prepareQuestion(parser, arguments, storeDir, true, &q, needsABoard); stop >= 0)
        return stop;
    kg::Resources &offer = q.resources;
    if (parser.isSet(QStringLiteral("board"))) {
        const kg::BoardEntry *board = findBoard(*q.graph, *q.catalogue, parser.value(QStringLiteral("board")));
        if (!board)
            return 1;
        offer = kg::capabilitiesOf(*board);
    } else {
        offer.runtime = parser.value(QStringLiteral("runtime"));
    }
    QList<QStringList> rows;
    for (const kg::ModelAnswer &a : kg::modelsFor(*q.catalogue, offer)) {
        if (!a.fit.fits && parser.isSet(QStringLiteral("fitting")))
            continue;
        const kg::ModelEntry &m = *a.model;
        const kg::Resources need = kg::requirementsOf(m, offer.runtime);
        rows << QStringList{m.name, m.category, m.metricValue ? QString::number(*m.metricValue) : QString(), QString::number(m.macs),
                            kb(need.ramKb), kb(need.flashKb), m.sensors.join(QLatin1Char(',')), kb(a.fit.ramHeadroomKb), kb(a.fit.flashHeadroomKb), fitText(a.fit, need), m.uuid,
                            runtimeOfFigures(need)};
    }
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("accuracy"), QStringLiteral("macs"), QStringLiteral("ram_kb"),
               QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("ram_headroom_kb"), QStringLiteral("flash_headroom_kb"),
               QStringLiteral("fits"), QStringLiteral("uuid"), QStringLiteral("runtime")}, rows, q.format);
    return 0;
}

int runFindCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which models do this task? Benchmarks the matches by accuracy, MACs, RAM and Flash."));
    parser.addOption({QStringLiteral("text"), QStringLiteral("Words that must occur in the name or description."), QStringLiteral("WORDS")});
    parser.addOption({QStringLiteral("sensor"), QStringLiteral("A sensor class feeding the input, e.g. Microphone."), QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Text in the training data set's IRI."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("category"), QStringLiteral("e.g. Classification."), QStringLiteral("CATEGORY")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("Top_1_accuracy, Top_5_accuracy or Other_metric."), QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("sort"), QStringLiteral("name, accuracy, macs, ram or flash."), QStringLiteral("COLUMN"), QStringLiteral("accuracy")});
    parser.addOption({QStringLiteral("descending"), QStringLiteral("Largest first.")});
    static const QHash<QString, kg::TaskOrder> orders = {
        {QStringLiteral("name"), kg::TaskOrder::Name}, {QStringLiteral("accuracy"), kg::TaskOrder::Accuracy},
        {QStringLiteral("macs"), kg::TaskOrder::Macs}, {QStringLiteral("ram"), kg::TaskOrder::Ram}, {QStringLiteral("flash"), kg::TaskOrder::Flash}};
    Question q;
    const auto knownOrder = [&]() -> QString {
        return orders.contains(parser.value(QStringLiteral("sort"))) ? QString() : QStringLiteral("--sort takes name, accuracy, macs, ram or flash");
    };
    if (const int stop = prepareQuestion(parser, arguments, storeDir, false, &q, knownOrder); stop >= 0)
        return stop;
    const kg::TaskQuery query{parser.value(QStringLiteral("text")), parser.value(QStringLiteral("sensor")), parser.value(QStringLiteral("dataset")),
                              parser.value(QStringLiteral("category")), parser.value(QStringLiteral("metric"))};
    QList<QStringList> rows;
    for (const kg::ModelEntry *m : kg::modelsForTask(*q.catalogue, query, orders.value(parser.value(QStringLiteral("sort"))), parser.isSet(QStringLiteral("descending"))))
        rows << QStringList{m->name, m->category, m->metric, m->metricValue ? QString::number(*m->metricValue) : QString(), QString::number(m->macs),
                            kb(m->ramKb), kb(m->flashKb), m->sensors.join(QLatin1Char(',')), m->uuid};
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("macs"),
               QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("uuid")}, rows, q.format);
    return 0;
}

int runStatsCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("What the knowledge graph holds."));
    Question q;
    if (const int stop = prepareQuestion(parser, arguments, storeDir, false, &q); stop >= 0)
        return stop;
    const QStringList values{q.graph->store().location(), QString::number(q.graph->store().tripleCount()),
                             QString::number(q.catalogue->models.size()), QString::number(q.catalogue->boards.size())};
    if (q.format == OutputFormat::Table)
        std::printf("store:   %s\ntriples: %s\nmodels:  %s\nboards:  %s\n", qPrintable(values[0]), qPrintable(values[1]), qPrintable(values[2]), qPrintable(values[3]));
    else
        printRows({QStringLiteral("store"), QStringLiteral("triples"), QStringLiteral("models"), QStringLiteral("boards")}, {values}, q.format);
    return 0;
}
