// Opening a knowledge graph: the one place that knows the store backends and decides which new
// store is seeded with the data that makes the product useful on a fresh machine (the ontology,
// the board catalogue and demo models).
//
// A store folder holds the embedded RedlandStore (snapshot.nt, journal.log) and the model
// repository (models/). The seed data is read from Qt resources under :/tinyml/seed/
// (ontology/*.ttl, boards/*.ttl, models/*.tflite and models/models.tsv), which are only present
// when the executable links the tinyml_seed_resources library (resources/CMakeLists.txt);
// without them seeding fails with a message saying so.
#pragma once

#include "kg/GraphLocation.h"
#include "kg/KnowledgeGraph.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tinyml::kg {

// Opens the graph at `location`: the default store (seeded when it is created), a store folder
// (created; seeded only when the location asks for it) or a server's graph (its secret already
// in the location). nullptr with *error when it cannot be opened; *notes is told what was done.
std::unique_ptr<KnowledgeGraph> openGraph(const GraphLocation &location, QString *error, QStringList *notes = nullptr);

// Opens (or creates) the store in `dir`. With SeedWhenCreated a store that did not exist
// (no snapshot and no committed journal in `dir`) is seeded before it is returned. Seeding is
// all or nothing: when it fails (or was cut off by a crash) what it made is removed, so the next
// start tries again, and *error names what failed. *notes is told what was done.
std::unique_ptr<KnowledgeGraph> openGraphStore(const QString &dir, SeedPolicy seed, QString *error,
                                               QStringList *notes = nullptr);

// Connects to the server and opens its graph (an empty graph is a valid, empty knowledge graph).
std::unique_ptr<KnowledgeGraph> openRemoteGraph(const store::SparqlEndpoint &endpoint, QString *error);
// Where the .tflite files of models imported into a server's graph are kept (the server holds
// descriptions, not files): <AppDataLocation>/remote/<digest of the locator>/models
QString remoteRepositoryDirectory(const store::SparqlEndpoint &endpoint);

// Where the seed data lives in the resources; whether this executable carries it.
QString seedResourceRoot();
bool hasSeedResources();

} // namespace tinyml::kg
