#include "QueryResultFiles.h"

#include "store/sparql/SparqlResults.h"

#include <QFileInfo>
#include <QSaveFile>

namespace tinyml::store {
namespace {

// The columns and rows every format writes: a graph's triples as three variables, an ASK's
// answer (in CSV and TSV, which have no boolean form) as one.
struct Table {
    QStringList variables;
    QList<QList<rdf::RdfTerm>> rows;
};

Table tableOf(const QueryResult &result)
{
    Table table;
    switch (result.kind) {
    case QueryResult::Kind::Bindings:
        table.variables = result.variables;
        table.rows = result.rows;
        break;
    case QueryResult::Kind::Graph:
        table.variables = {QStringLiteral("subject"), QStringLiteral("predicate"), QStringLiteral("object")};
        for (const rdf::RdfTriple &t : result.triples)
            table.rows << QList<rdf::RdfTerm>{t.subject, t.predicate, t.object};
        break;
    case QueryResult::Kind::Boolean:
        table.variables = {QStringLiteral("answer")};
        table.rows << QList<rdf::RdfTerm>{
            rdf::RdfTerm::literal(result.boolean ? QStringLiteral("true") : QStringLiteral("false"))};
        break;
    }
    return table;
}

const rdf::RdfTerm &termAt(const QList<rdf::RdfTerm> &row, qsizetype column)
{
    static const rdf::RdfTerm unbound;
    return column < row.size() ? row[column] : unbound;
}

QString csvField(const rdf::RdfTerm &term)
{
    QString value = term.isBlank() ? QStringLiteral("_:") + term.value() : term.value();
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return value;
}

QByteArray csv(const Table &table)
{
    QStringList lines{table.variables.join(QLatin1Char(','))};
    for (const auto &row : table.rows) {
        QStringList fields;
        for (qsizetype c = 0; c < table.variables.size(); ++c)
            fields << csvField(termAt(row, c));
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray tsv(const Table &table)
{
    QStringList header;
    for (const QString &v : table.variables)
        header << QLatin1Char('?') + v;
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (const auto &row : table.rows) {
        QStringList fields;
        for (qsizetype c = 0; c < table.variables.size(); ++c)
            fields << termAt(row, c).toNTriples(); // escapes tab, newline, quote and backslash
        lines << fields.join(QLatin1Char('\t'));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

// The SPARQL 1.1 JSON results format as the SPARQL client reads it; a graph as its table.
QByteArray json(const QueryResult &result)
{
    if (result.kind != QueryResult::Kind::Graph)
        return toSparqlJson(result);
    const Table table = tableOf(result);
    QueryResult rows;
    rows.variables = table.variables;
    rows.rows = table.rows;
    return toSparqlJson(rows);
}

} // namespace

std::optional<QueryResultFormat> queryResultFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return QueryResultFormat::Csv;
    if (suffix == QLatin1String("tsv"))
        return QueryResultFormat::Tsv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("srj"))
        return QueryResultFormat::Json;
    return std::nullopt;
}

QByteArray formatQueryResult(const QueryResult &result, QueryResultFormat format)
{
    switch (format) {
    case QueryResultFormat::Csv: return csv(tableOf(result));
    case QueryResultFormat::Tsv: return tsv(tableOf(result));
    case QueryResultFormat::Json: return json(result);
    }
    return {};
}

bool writeQueryResult(const QueryResult &result, QueryResultFormat format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = formatQueryResult(result, format);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tinyml::store
