// The SHA-256 that identifies a model file in the knowledge graph and is checked before a
// deployment. OpenSSL's, which uses the CPU's SHA extensions: for a 500 kB model it takes a
// tenth of the time QCryptographicHash takes, and hashing is most of an analysis.
#pragma once

#include <QByteArray>
#include <QString>

namespace tinyml {

// Lower-case hex.
QString sha256Hex(const QByteArray &bytes);

} // namespace tinyml
