// Getting data in and out: import, import-rdf, export, query.
#include "KgCommands.h"

#include "CommandSupport.h"

#include "kg/ModelInfoSheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace tinyml;

namespace {

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
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QHash<QString, kg::SheetRow> rows;
    const QString sheet = parser.value(QStringLiteral("metadata"));
    if (!sheet.isEmpty()) {
        QString error;
        const auto read = kg::readModelInfoSheet(sheet, &error);
        if (!read) {
            printError(error);
            return 1;
        }
        for (const kg::SheetRow &row : *read)
            rows.insert(row.info.name, row);
    }

    QList<kg::ModelImport> imports;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        if (sheet.isEmpty()) {
            printError(QStringLiteral("tinyml-kg import: name model files, a --metadata sheet, or both"));
            return 2;
        }
        QString error;
        const auto fromSheet = kg::importsFromSheet(sheet, &error);
        if (!fromSheet) {
            printError(error);
            return 1;
        }
        imports = *fromSheet;
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
    if (!parseCommandLine(parser, arguments, &exitCode))
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
    parser.addOptions(selectionOptions(QStringLiteral("Export")));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
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
    QStringList iris;
    if (!selectedIris(*graph, models, boards, &iris))
        return 1;
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
    if (!parseCommandLine(parser, arguments, &exitCode))
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

