#include "QueryCommand.h"

#include "CommandSupport.h"

#include <QFile>

#include "store/QueryControl.h"

#include <cstdio>

namespace tinyml::cli {

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
                      QStringLiteral("Stop the query after this many seconds (default 30; 0: no limit)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
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
    // The embedded store runs the query in a process of its own, which the time limit ends.
    const auto control = std::make_shared<store::QueryControl>(timeout);
    QString error;
    const auto result = graph->store().runQuery(text, control, &error);
    if (!result) {
        printError(QStringLiteral("%1: %2").arg(source, error));
        return control->endedBy() == store::QueryControl::Ending::TimeLimit ? 3 : 1;
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
