// Opening a store folder as a knowledge graph, and giving a new one the data that makes the
// product useful on a fresh machine: the ontology, the board catalogue and demo models.
//
// A store folder holds the embedded RedlandStore (snapshot.nt, journal.log) and the model
// repository (models/). The seed data is read from Qt resources under :/tinyml/seed/
// (ontology/*.ttl, boards/*.ttl, models/*.tflite and models/models.tsv), which are only present
// when the executable links the tinyml_seed_resources library (resources/CMakeLists.txt);
// without them seeding fails with a message saying so.
#pragma once

#include "kg/KnowledgeGraph.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tinyml::kg {

enum class SeedPolicy {
    Empty,           // a new store starts empty
    SeedWhenCreated, // a new store gets the ontology, the boards and the demo models
};

// Opens (or creates) the store in `dir`. With SeedWhenCreated a store that did not exist
// (no snapshot and no committed journal in `dir`) is seeded before it is returned. Seeding is
// all or nothing: when it fails (or was cut off by a crash) what it made is removed, so the next
// start tries again, and *error names what failed. *notes is told what was done.
std::unique_ptr<KnowledgeGraph> openGraphStore(const QString &dir, SeedPolicy seed, QString *error,
                                               QStringList *notes = nullptr);

// Where the seed data lives in the resources; whether this executable carries it.
QString seedResourceRoot();
bool hasSeedResources();

} // namespace tinyml::kg
