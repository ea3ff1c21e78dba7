// Moving the knowledge graph between a local store and a graph on a SPARQL server: push and pull.
// (Opening a graph on a server is kg/GraphOpening.h.)
#pragma once

#include "kg/KnowledgeGraph.h"
#include "store/sparql/SparqlStore.h"

namespace tinyml::kg {

// Makes the server's graph a copy of the local store's graph (staged, then swapped in whole).
bool pushGraph(store::TripleStore &local, store::SparqlStore &server, QString *error,
               const store::SparqlStore::Progress &progress = {});
// Adds the models and boards named by IRI, with everything that describes them, to the server's
// graph (staged, then added in one step). What the server already says of them stays.
bool pushSelection(KnowledgeGraph &local, const QStringList &iris, store::SparqlStore &server, QString *error,
                   const store::SparqlStore::Progress &progress = {});

enum class PullMode {
    Merge,   // the server's triples are added to the local graph
    Replace, // the local graph becomes a copy of the server's
};
// Reads the server's whole graph and commits it to the local store in one transaction; on any
// failure the local store is as it was. *received is told how many triples came.
bool pullGraph(store::SparqlStore &server, store::TripleStore &local, PullMode mode, QString *error,
               qsizetype *received = nullptr);

} // namespace tinyml::kg
