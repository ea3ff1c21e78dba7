// Passwords and tokens of SPARQL servers, kept in the desktop keyring (Secret Service, KWallet,
// macOS Keychain, Windows Credential Store) through QtKeychain: never in the settings file.
// Both calls are asynchronous and answer on the GUI thread, unless `receiver` is gone.
#pragma once

#include "store/sparql/SparqlEndpoint.h"

#include <QObject>

#include <functional>

namespace tinyml::gui {

// The keyring entry of an endpoint's secret: its user (or "token") at its query URL.
QString secretKey(const store::SparqlEndpoint &endpoint);

// `done` gets the secret (empty when the keyring has none) or why the keyring could not be read.
void readSecret(const QString &key, QObject *receiver,
                std::function<void(const QString &secret, const QString &error)> done);
// `done` gets an empty string once it is saved, or why it could not be.
void writeSecret(const QString &key, const QString &secret, QObject *receiver,
                 std::function<void(const QString &error)> done);

} // namespace tinyml::gui
