// The namespace prefixes of the TinyML knowledge graph: the paper's (so that its queries and
// files read the same in ours) and the W3C vocabularies it builds on.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace tinyml::rdf {

// (prefix, namespace IRI) pairs, e.g. ("nnet", "http://tinyml-schema.org/networkschema#").
const QList<QPair<QString, QString>> &knownPrefixes();

} // namespace tinyml::rdf
