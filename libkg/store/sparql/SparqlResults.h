// Reading SPARQL 1.1 query result documents (JSON and XML) with Qt's own parsers into the
// QueryResult every store returns. A document that is not what it claims to be is an error that
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

} // namespace tinyml::store
