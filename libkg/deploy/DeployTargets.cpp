#include "deploy/DeployTargets.h"

namespace tinyml::deploy {

const kg::BoardEntry *boardWithAddress(const kg::Catalogue *catalogue, const QBluetoothAddress &address)
{
    if (!catalogue || address.isNull())
        return nullptr;
    for (const kg::BoardEntry &board : catalogue->boards) {
        if (!board.bleAddress.isEmpty() && QBluetoothAddress(board.bleAddress) == address)
            return &board;
    }
    return nullptr;
}

DeployTarget resolveTarget(const kg::Catalogue *catalogue, const QBluetoothAddress &address,
                           const QString &fallbackName)
{
    if (const kg::BoardEntry *board = boardWithAddress(catalogue, address))
        return DeployTarget{address, board->name, board->iri, QString()};
    return DeployTarget{address, fallbackName.isEmpty() ? address.toString() : fallbackName, QString(), QString()};
}

QList<DeployTarget> resolveTargets(const kg::Catalogue *catalogue, const QList<QBluetoothAddress> &addresses)
{
    QList<DeployTarget> targets;
    targets.reserve(addresses.size());
    for (const QBluetoothAddress &address : addresses)
        targets << resolveTarget(catalogue, address);
    return targets;
}

const kg::ModelEntry *modelWithSha256(const kg::Catalogue *catalogue, const QString &sha256)
{
    if (!catalogue || sha256.isEmpty())
        return nullptr;
    for (const kg::ModelEntry &model : catalogue->models) {
        if (model.sha256 == sha256)
            return &model;
    }
    return nullptr;
}

} // namespace tinyml::deploy
