// Writing SPARQL 1.1 Update requests from triples, within what servers accept: Virtuoso compiles
// each operation into SQL of bounded length (measured here: an INSERT DATA of 1,000 short triples
// goes, one of 1,500 is refused), and refuses blank nodes in INSERT DATA although the standard
// allows them.
#pragma once

#include "rdf/RdfTerm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml::store {

using rdf::RdfTerm;
using rdf::RdfTriple;

// Triples per Update operation, and per request of several.
constexpr qsizetype kTriplesPerUpdate = 500;

struct UpdateOperation {
    QString text;
    qsizetype triples = 0;
};

bool mentionsBlankNode(const RdfTriple &t);
QString iriRef(const QString &iri);
// One N-Triples line per triple.
QString ntriples(const QList<RdfTriple> &triples);

// INSERT DATA in pieces for statements without blank nodes; one small INSERT template with an
// empty WHERE per group of connected blank nodes (its blank nodes become fresh nodes).
QList<UpdateOperation> insertOperations(const QString &graph, const QList<RdfTriple> &additions);
// DELETE DATA in pieces; DELETE DATA cannot name blank nodes, so the statements of each group of
// connected blank nodes are removed by a pattern in which each blank node is a variable (the node
// must match all its statements at once).
QList<UpdateOperation> deleteOperations(const QString &graph, const QList<RdfTriple> &removals);
// The operations joined into requests of about kTriplesPerUpdate triples each.
QStringList updateRequests(const QList<UpdateOperation> &operations);
QString joinOperations(const QList<UpdateOperation> &operations);

} // namespace tinyml::store
