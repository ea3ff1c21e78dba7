// A query's result as a file in the SPARQL 1.1 Query Results formats (CSV, TSV, JSON), so that a
// spreadsheet, a script or another SPARQL tool reads it as any endpoint's answer. A CONSTRUCT's or
// DESCRIBE's triples are written as bindings of ?subject ?predicate ?object.
#pragma once

#include "store/TripleStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tinyml::store {

enum class QueryResultFormat {
    Csv,  // text/csv: plain values, RFC 4180 quoting, CRLF
    Tsv,  // text/tab-separated-values: terms in SPARQL syntax, tabs and newlines escaped
    Json, // application/sparql-results+json
};

// The format a file name asks for by its extension (.csv, .tsv, .json, .srj); none if unknown.
std::optional<QueryResultFormat> queryResultFormatOf(const QString &path);
QByteArray formatQueryResult(const QueryResult &result, QueryResultFormat format);
// Writes `result` to `path`, replacing the file only once it is completely written. On failure
// the file is unchanged and *error says why (the system's words, without the path).
bool writeQueryResult(const QueryResult &result, QueryResultFormat format, const QString &path, QString *error);

} // namespace tinyml::store
