// Reading SPARQL 1.1 query result documents (JSON and XML) with Qt's own parsers into the
// QueryResult every store returns, and writing one as JSON. A document that is not what it claims to be is an error that
// says where it went wrong, never a short or empty table.
#pragma once

#include "store/TripleStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tinyml::store {

// application/sparql-results+json
std::optional<QueryResult> parseSparqlJson(const QByteArray &document, QString *error);
// application/sparql-results+xml
std::optional<QueryResult> parseSparqlXml(const QByteArray &document, QString *error);
// The application/sparql-results+json document of a Bindings or Boolean result, which
// parseSparqlJson() reads back as the same result.
QByteArray toSparqlJson(const QueryResult &result);

} // namespace tinyml::store
