#include "QueryCommand.h"

#include "CommandSupport.h"

#include <QFile>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace tinyml::cli {
namespace {

// Ends the process with exit code 3 if the query runs longer than its limit.
class QueryWatchdog
{
public:
    QueryWatchdog(int seconds, const QString &source)
    {
        if (seconds <= 0)
            return;
        m_thread = std::thread([this, seconds,
                                message = QStringLiteral("%1: the query ran longer than %2 s and was stopped")
                                              .arg(source)
                                              .arg(seconds)
                                              .toUtf8()] {
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

QueryCommand::QueryCommand()
    : GraphCommand(QStringLiteral("query"), QStringLiteral("FILE.rq|- [--format F]"),
                   QStringLiteral("run a SPARQL query (table, csv, tsv, json)"))
{ }

void QueryCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) from a file, or - for standard input."));
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("Query file, or -."),
                                 QStringLiteral("FILE.rq|-"));
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Give up after this many seconds (default 60; 0: no limit)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
}

int QueryCommand::run(const QCommandLineParser &parser)
{
    OutputFormat format;
    if (parser.positionalArguments().size() != 1 || !formatFromOptions(parser, &format)) {
        printError(QStringLiteral("tinyml-kg query: name one query file, or - for standard input"));
        return 2;
    }
    const QString source = parser.positionalArguments().front();
    QFile file;
    const bool opened = source == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                     : (file.setFileName(source), file.open(QIODevice::ReadOnly));
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
    auto graph = openGraph();
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
    case store::QueryResult::Kind::Boolean: std::printf("%s\n", result->boolean ? "true" : "false"); break;
    case store::QueryResult::Kind::Graph:
        for (const rdf::RdfTriple &t : result->triples)
            std::printf("%s\n", t.toNTriples().toUtf8().constData());
        break;
    case store::QueryResult::Kind::Bindings: {
        QList<QStringList> rows;
        for (const auto &row : result->rows) {
            QStringList cells;
            for (const rdf::RdfTerm &term : row)
                cells << (format == OutputFormat::Table           ? term.value()
                              : term.isLiteral() || term.isNone() ? term.value()
                                                                  : term.toNTriples());
            rows << cells;
        }
        printRows(result->variables, rows, format);
        break;
    }
    }
    return 0;
}

} // namespace tinyml::cli
