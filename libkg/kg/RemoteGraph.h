// The knowledge graph on a SPARQL server, and moving it between the embedded store and a server.
//
// A graph on a server is used like the embedded one; the .tflite files of models imported here
// are kept in a local repository for that server (the server holds descriptions, not files).
#pragma once

#include "kg/KnowledgeGraph.h"
#include "store/sparql/SparqlStore.h"

namespace tinyml::kg {

// Connects to the server and opens its graph (an empty graph is a valid, empty knowledge graph).
std::unique_ptr<KnowledgeGraph> openRemoteGraph(const store::SparqlEndpoint &endpoint, QString *error);
// <AppDataLocation>/remote/<digest of the locator>/models
QString remoteRepositoryDirectory(const store::SparqlEndpoint &endpoint);
// The SparqlStore under a graph, or nullptr for the embedded store.
store::SparqlStore *sparqlStoreOf(KnowledgeGraph &graph);

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
