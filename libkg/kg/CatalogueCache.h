// The catalogue of a store folder, kept beside it (catalogue.cache) so that a window can answer
// the three questions at once while the store itself is still being read: at 10,000 models,
// reading the graph takes seconds, reading the cache milliseconds.
//
// The cache names the state of the store files it was made from (sizes and modification times
// of the snapshot and the journal); a cache of any other state is ignored. Readers should still
// read the catalogue from the graph once it is open and replace the cached one.
#pragma once

#include "kg/Catalogue.h"

#include <QString>

#include <optional>

namespace tinyml::kg {

// The state of the store files in `storeDirectory`, or an empty string when there is no store.
QString storeFilesState(const QString &storeDirectory);

// Writes the cache for the store's current state; false (with *error) if it cannot.
bool writeCatalogueCache(const QString &storeDirectory, const Catalogue &catalogue, QString *error);
// The cached catalogue, if the cache was made from the store's current state.
std::optional<Catalogue> readCatalogueCache(const QString &storeDirectory);

} // namespace tinyml::kg
