// Replacing a file so that readers see the old one or the complete new one, never a part:
// the content goes to a temporary file beside it, is flushed to disk, and is renamed over it.
#pragma once

#include <QString>

#include <cstdio>
#include <functional>

namespace tinyml::store {

// `write` streams the content; returning false (or any I/O error) leaves `path` as it was.
bool writeFileAtomically(const QString &path, const std::function<bool(FILE *out)> &write, QString *error);

// Makes a folder's entries (files created or renamed in it) survive a power cut.
bool syncDirectory(const QString &directory);

} // namespace tinyml::store
