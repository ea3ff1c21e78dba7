#include "KgCommands.h"

#include "ResultPrinter.h"

#include "kg/KnowledgeGraph.h"
#include "kg/ModelInfoSheet.h"
#include "kg/Questions.h"
#include "store/RedlandStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

using namespace tinyml;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
}

std::unique_ptr<kg::KnowledgeGraph> openGraph(const QString &storeOption)
{
    const QString dir = storeOption.isEmpty() ? kg::defaultStoreDirectory() : storeOption;
    QString error;
    auto store = store::RedlandStore::open(dir, &error);
    if (!store) {
        printError(error);
        return nullptr;
    }
    return std::make_unique<kg::KnowledgeGraph>(std::move(store), dir + QStringLiteral("/models"));
}

// Parses a command's options; prints help or the error and sets *exitCode when it should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
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

QString kb(double value)
{
    return QString::number(value, 'f', 3);
}

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

bool formatFromOptions(const QCommandLineParser &parser, OutputFormat *format)
{
    if (parseOutputFormat(parser.value(QStringLiteral("format")), format))
        return true;
    printError(QStringLiteral("--format takes table, csv, tsv or json"));
    return false;
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), QStringLiteral("table, csv, tsv or json."), QStringLiteral("FORMAT"), QStringLiteral("table")};
}

const kg::Catalogue *catalogueOrFail(kg::KnowledgeGraph &graph)
{
    QString error;
    const kg::Catalogue *catalogue = graph.catalogue(&error);
    if (!catalogue)
        printError(QStringLiteral("%1: %2").arg(graph.store().location(), error));
    return catalogue;
}

QString fitText(const kg::Fit &fit, const kg::Resources &need)
{
    return fit.fits ? QStringLiteral("yes") : QStringLiteral("no: ") + fit.reasons(need).join(QStringLiteral("; "));
}

// Ends the process with exit code 3 if the query runs longer than its limit.
class QueryWatchdog
{
public:
    QueryWatchdog(int seconds, const QString &source)
    {
        if (seconds <= 0)
            return;
        m_thread = std::thread([this, seconds, message = QStringLiteral("%1: the query ran longer than %2 s and was stopped").arg(source).arg(seconds).toUtf8()] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_disarmed; })) {
                std::fprintf(stderr, "%s\n", message.constData());
                std::fflush(stderr);
                std::_Exit(3);
            }
        });
    }
    ~QueryWatchdog() { disarm(); }
    void disarm()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_disarmed = true;
        }
        m_done.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_disarmed = false;
    std::thread m_thread;
};

} // namespace

int runImportCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add .tflite models to the knowledge graph."));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("Model files; without any, every row of --metadata names one."), QStringLiteral("[MODEL.tflite...]"));
    parser.addOption({QStringLiteral("metadata"), QStringLiteral("Metadata sheet (TSV or CSV, the columns of models_information.tsv)."), QStringLiteral("FILE")});
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;

    QHash<QString, kg::SheetRow> rows;
    QList<kg::SheetRow> rowList;
    const QString sheet = parser.value(QStringLiteral("metadata"));
    if (!sheet.isEmpty()) {
        QString error;
        const auto read = kg::readModelInfoSheet(sheet, &error);
        if (!read) {
            printError(error);
            return 1;
        }
        rowList = *read;
        for (const kg::SheetRow &row : rowList)
            rows.insert(row.info.name, row);
    }

    QList<kg::ModelImport> imports;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        if (sheet.isEmpty()) {
            printError(QStringLiteral("tinyml-kg import: name model files, a --metadata sheet, or both"));
            return 2;
        }
        const QDir base = QFileInfo(sheet).absoluteDir();
        for (const kg::SheetRow &row : rowList) {
            const QString name = row.info.name + QStringLiteral(".tflite");
            const QString path = QFile::exists(base.filePath(name)) ? base.filePath(name) : base.filePath(QStringLiteral("models/") + name);
            if (!QFile::exists(path)) {
                printError(QStringLiteral("%1: line %2: no model file for '%3' (looked for %4 and models/%4)").arg(sheet).arg(row.line).arg(row.info.name, name));
                return 1;
            }
            imports << kg::ModelImport{path, row.info};
        }
    } else {
        for (const QString &file : files) {
            kg::ModelImport import{file, {}};
            const QString name = QFileInfo(file).completeBaseName();
            if (rows.contains(name))
                import.info = rows.value(name).info;
            imports << import;
        }
    }

    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    QString error;
    const auto report = graph->importModels(imports, &error, [](int committed, int total) {
        std::printf("committed %d of %d\n", committed, total);
        std::fflush(stdout);
    });
    if (!report) {
        printError(error);
        return 1;
    }
    for (const QString &present : report->alreadyPresent)
        std::printf("not added: %s\n", present.toUtf8().constData());
    for (const QString &shared : report->sharedFiles)
        std::printf("note: %s\n", shared.toUtf8().constData());
    std::printf("%lld models added, %lld already present, store %s\n", qlonglong(report->added.size()),
                qlonglong(report->alreadyPresent.size()), graph->store().location().toUtf8().constData());
    return 0;
}

int runImportRdfCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add Turtle (.ttl), N-Triples (.nt) or WoT Thing Description JSON (.json, .jsonld) files to the knowledge graph in one transaction."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("RDF files."), QStringLiteral("FILE..."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("tinyml-kg import-rdf: name at least one file"));
        return 2;
    }
    auto graph = openGraph(storeDir);
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

int runExportCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the knowledge graph, or the models and boards named, as Turtle (.ttl) or N-Triples (.nt). "
                                                    "The file is replaced only once it is completely written."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The snapshot to write."), QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("model"), QStringLiteral("Export this model (name or identifier); repeatable."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("board"), QStringLiteral("Export this board (name or IRI); repeatable."), QStringLiteral("BOARD")});
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().value(0);
    const auto format = rdf::rdfFormatForFile(path);
    if (parser.positionalArguments().size() != 1 || !format) {
        printError(QStringLiteral("tinyml-kg export: name one .ttl or .nt file"));
        return 2;
    }
    auto graph = openGraph(storeDir);
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
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    QStringList iris;
    for (const QString &wanted : models) {
        const auto it = std::find_if(catalogue->models.begin(), catalogue->models.end(), [&](const kg::ModelEntry &m) { return m.name == wanted || m.uuid == wanted; });
        if (it == catalogue->models.end()) {
            printError(QStringLiteral("no model named '%1' in %2").arg(wanted, graph->store().location()));
            return 1;
        }
        iris << it->iri;
    }
    for (const QString &wanted : boards) {
        const auto it = std::find_if(catalogue->boards.begin(), catalogue->boards.end(), [&](const kg::BoardEntry &b) { return b.name == wanted || b.iri == wanted; });
        if (it == catalogue->boards.end()) {
            printError(QStringLiteral("no board named '%1' in %2").arg(wanted, graph->store().location()));
            return 1;
        }
        iris << it->iri;
    }
    if (!graph->exportSelection(iris, path, &error)) {
        printError(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    std::printf("%lld models and %lld boards written to %s\n", qlonglong(models.size()), qlonglong(boards.size()), path.toUtf8().constData());
    return 0;
}

int runQueryCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) from a file, or - for standard input."));
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("Query file, or -."), QStringLiteral("FILE.rq|-"));
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds (default 60; 0: no limit)."), QStringLiteral("SECONDS"), QStringLiteral("60")});
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    OutputFormat format;
    if (parser.positionalArguments().size() != 1 || !formatFromOptions(parser, &format)) {
        printError(QStringLiteral("tinyml-kg query: name one query file, or - for standard input"));
        return 2;
    }
    const QString source = parser.positionalArguments().front();
    QFile file;
    const bool opened = source == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QStringLiteral("%1: %2").arg(source, file.errorString()));
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    bool timeoutOk = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 0) {
        printError(QStringLiteral("--timeout takes a number of seconds"));
        return 2;
    }
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    // Rasqal cannot be interrupted; a query is read-only, so ending the process is safe.
    QueryWatchdog watchdog(timeout, source);
    QString error;
    const auto result = graph->store().query(text, &error);
    watchdog.disarm();
    if (!result) {
        printError(QStringLiteral("%1: %2").arg(source, error));
        return 1;
    }
    switch (result->kind) {
    case store::QueryResult::Kind::Boolean:
        std::printf("%s\n", result->boolean ? "true" : "false");
        break;
    case store::QueryResult::Kind::Graph:
        for (const rdf::RdfTriple &t : result->triples)
            std::printf("%s\n", t.toNTriples().toUtf8().constData());
        break;
    case store::QueryResult::Kind::Bindings: {
        QList<QStringList> rows;
        for (const auto &row : result->rows) {
            QStringList cells;
            for (const rdf::RdfTerm &term : row)
                cells << (format == OutputFormat::Table ? term.value() : term.isLiteral() || term.isNone() ? term.value() : term.toNTriples());
            rows << cells;
        }
        printRows(result->variables, rows, format);
        break;
    }
    }
    return 0;
}

int runBoardsForCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which boards can run this model (or these requirements)?"));
    parser.addOption({QStringLiteral("model"), QStringLiteral("A model's name or identifier."), QStringLiteral("MODEL")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("all"), QStringLiteral("Also list the boards that do not fit, with the reason.")});
    parser.addOption(formatOption());
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    OutputFormat format;
    kg::Resources need;
    if (!formatFromOptions(parser, &format) || !resourcesFromOptions(parser, &need))
        return 2;
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    if (parser.isSet(QStringLiteral("model"))) {
        const QString wanted = parser.value(QStringLiteral("model"));
        const auto it = std::find_if(catalogue->models.begin(), catalogue->models.end(),
                                     [&](const kg::ModelEntry &m) { return m.name == wanted || m.uuid == wanted; });
        if (it == catalogue->models.end()) {
            printError(QStringLiteral("no model named '%1' in %2").arg(wanted, graph->store().location()));
            return 1;
        }
        need = kg::requirementsOf(*it);
    }
    QList<QStringList> rows;
    for (const kg::BoardAnswer &a : kg::boardsFor(*catalogue, need)) {
        if (a.fit.fits || parser.isSet(QStringLiteral("all")))
            rows << QStringList{a.board->name, kb(a.board->ramKb), kb(a.board->flashKb), a.board->sensors.join(QLatin1Char(',')), fitText(a.fit, need), a.board->iri};
    }
    printRows({QStringLiteral("board"), QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("fits"), QStringLiteral("iri")}, rows, format);
    return 0;
}

int runModelsForCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Which models run on this board (or these capabilities)? Lists every model with whether it fits and why not."));
    parser.addOption({QStringLiteral("board"), QStringLiteral("A board's name or IRI."), QStringLiteral("BOARD")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("fitting"), QStringLiteral("Only the models that fit.")});
    parser.addOption(formatOption());
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    OutputFormat format;
    kg::Resources offer;
    if (!formatFromOptions(parser, &format) || !resourcesFromOptions(parser, &offer))
        return 2;
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    if (parser.isSet(QStringLiteral("board"))) {
        const QString wanted = parser.value(QStringLiteral("board"));
        const auto it = std::find_if(catalogue->boards.begin(), catalogue->boards.end(),
                                     [&](const kg::BoardEntry &b) { return b.name == wanted || b.iri == wanted; });
        if (it == catalogue->boards.end()) {
            printError(QStringLiteral("no board named '%1' in %2").arg(wanted, graph->store().location()));
            return 1;
        }
        offer = kg::capabilitiesOf(*it);
    }
    QList<QStringList> rows;
    for (const kg::ModelAnswer &a : kg::modelsFor(*catalogue, offer)) {
        if (!a.fit.fits && parser.isSet(QStringLiteral("fitting")))
            continue;
        const kg::ModelEntry &m = *a.model;
        rows << QStringList{m.name, m.category, m.metricValue ? QString::number(*m.metricValue) : QString(), QString::number(m.macs),
                            kb(m.ramKb), kb(m.flashKb), m.sensors.join(QLatin1Char(',')), kb(a.fit.ramHeadroomKb), kb(a.fit.flashHeadroomKb), fitText(a.fit, kg::requirementsOf(m)), m.uuid};
    }
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("accuracy"), QStringLiteral("macs"), QStringLiteral("ram_kb"),
               QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("ram_headroom_kb"), QStringLiteral("flash_headroom_kb"),
               QStringLiteral("fits"), QStringLiteral("uuid")}, rows, format);
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
    parser.addOption(formatOption());
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    OutputFormat format;
    if (!formatFromOptions(parser, &format))
        return 2;
    static const QHash<QString, kg::TaskOrder> orders = {
        {QStringLiteral("name"), kg::TaskOrder::Name}, {QStringLiteral("accuracy"), kg::TaskOrder::Accuracy},
        {QStringLiteral("macs"), kg::TaskOrder::Macs}, {QStringLiteral("ram"), kg::TaskOrder::Ram}, {QStringLiteral("flash"), kg::TaskOrder::Flash}};
    if (!orders.contains(parser.value(QStringLiteral("sort")))) {
        printError(QStringLiteral("--sort takes name, accuracy, macs, ram or flash"));
        return 2;
    }
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    const kg::TaskQuery query{parser.value(QStringLiteral("text")), parser.value(QStringLiteral("sensor")), parser.value(QStringLiteral("dataset")),
                              parser.value(QStringLiteral("category")), parser.value(QStringLiteral("metric"))};
    QList<QStringList> rows;
    for (const kg::ModelEntry *m : kg::modelsForTask(*catalogue, query, orders.value(parser.value(QStringLiteral("sort"))), parser.isSet(QStringLiteral("descending"))))
        rows << QStringList{m->name, m->category, m->metric, m->metricValue ? QString::number(*m->metricValue) : QString(), QString::number(m->macs),
                            kb(m->ramKb), kb(m->flashKb), m->sensors.join(QLatin1Char(',')), m->uuid};
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("macs"),
               QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"), QStringLiteral("uuid")}, rows, format);
    return 0;
}

int runStatsCommand(const QString &storeDir, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("What the knowledge graph holds."));
    int exitCode = 0;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    auto graph = openGraph(storeDir);
    if (!graph)
        return 1;
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    std::printf("store:   %s\ntriples: %lld\nmodels:  %lld\nboards:  %lld\n", graph->store().location().toUtf8().constData(),
                qlonglong(graph->store().tripleCount()), qlonglong(catalogue->models.size()), qlonglong(catalogue->boards.size()));
    return 0;
}
