// Deployment targets by Bluetooth address, named as the knowledge graph knows them: a board of
// the catalogue with that address gives its name and IRI; any other address is a board the
// graph does not know (found by a scan, or typed), named as the caller saw it.
#pragma once

#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"

namespace tinyml::deploy {

// The board of `catalogue` (may be null) with `address`, or nullptr.
const kg::BoardEntry *boardWithAddress(const kg::Catalogue *catalogue, const QBluetoothAddress &address);

// `fallbackName` names a board the graph does not know (the address when empty).
DeployTarget resolveTarget(const kg::Catalogue *catalogue, const QBluetoothAddress &address,
                           const QString &fallbackName = {});
QList<DeployTarget> resolveTargets(const kg::Catalogue *catalogue, const QList<QBluetoothAddress> &addresses);

// The model of `catalogue` with that SHA-256, or nullptr.
const kg::ModelEntry *modelWithSha256(const kg::Catalogue *catalogue, const QString &sha256);

} // namespace tinyml::deploy
