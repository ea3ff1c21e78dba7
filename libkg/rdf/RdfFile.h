// Reading RDF files into triples, with no store involved: what imports parse before they
// commit anything.
#pragma once

#include "rdf/RdfTerm.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tinyml::rdf {

enum class RdfFormat { Turtle, NTriples };

// The format a file name's extension says (.ttl, .turtle, .nt), or nullopt.
std::optional<RdfFormat> rdfFormatForFile(const QString &path);

// Parses RDF text; `source` names it in errors ("SOURCE: line N: problem").
std::optional<QList<RdfTriple>> parseRdf(const QByteArray &text, RdfFormat format, const QString &source,
                                         QString *error);
// Reads and parses a .ttl or .nt file.
std::optional<QList<RdfTriple>> readRdfFile(const QString &path, QString *error);

// Blank nodes of different documents are different nodes: gives this document's blank nodes
// labels no other call produces.
void relabelBlankNodes(QList<RdfTriple> &triples);

} // namespace tinyml::rdf
