// "Export results…" of the SPARQL console: asks for a file and writes the result shown as
// SPARQL 1.1 CSV, TSV or JSON (store/QueryResultFiles.h) on a pool thread, so that a large result
// on a slow disk never holds the window; the file is replaced only once completely written.
#pragma once

#include "store/TripleStore.h"

#include <QObject>

class QWidget;

namespace tinyml::gui {

class QueryResultExport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks where to save `result` (the format by the chosen filter or the file's extension).
    void choose(QWidget *parent, const store::QueryResult &result);
    // Writes `result` to `path`, the format by its extension (CSV when it names none); emits
    // finished() on this object's thread.
    void write(const store::QueryResult &result, const QString &path);

signals:
    // `message` says in the GUI's language what became of the file; `ok` false when it was not written.
    void finished(bool ok, const QString &message);
};

} // namespace tinyml::gui
