// The one store interface the rest of libkg talks to. Two backends implement it: the embedded
// Redland store (store/redland/) and a graph on a SPARQL 1.1 server (store/sparql/); which one a
// graph uses is decided in one place, kg/GraphOpening.h.
//
// A store is used from one thread at a time (the GUI runs its calls on a worker thread).
#pragma once

#include "rdf/RdfFile.h"
#include "rdf/RdfTerm.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tinyml::store {

class QueryControl;
class StartedQuery;

using rdf::RdfTerm;
using rdf::RdfTriple;

// One transaction: removals are applied first, then additions; all or nothing.
struct ChangeSet {
    QList<RdfTriple> removals;
    QList<RdfTriple> additions;

    bool isEmpty() const { return removals.isEmpty() && additions.isEmpty(); }
    // "<triple>: why no store can hold it" for the first such triple, or empty: every backend
    // refuses such a change whole, before anything is sent or written.
    QString problem() const
    {
        for (const QList<RdfTriple> *list : {&removals, &additions}) {
            for (const RdfTriple &t : *list) {
                const QString why = t.problem();
                if (!why.isEmpty())
                    return QStringLiteral("%1: %2").arg(t.toNTriples(), why);
            }
        }
        return QString();
    }
};

using rdf::RdfFormat;

struct QueryResult {
    enum class Kind { Bindings, Boolean, Graph };
    Kind kind = Kind::Bindings;
    QStringList variables;      // Bindings
    QList<QList<RdfTerm>> rows; // Bindings: one term per variable, None when unbound
    bool boolean = false;       // Boolean (ASK)
    QList<RdfTriple> triples;   // Graph (CONSTRUCT, DESCRIBE)
};

class TripleStore
{
public:
    virtual ~TripleStore() = default;

    // Where the store lives, for messages and the status bar.
    virtual QString location() const = 0;
    virtual qint64 tripleCount() = 0;

    // Applies the changes in one transaction. On failure nothing changed and *error says why.
    virtual bool commit(const ChangeSet &changes, QString *error) = 0;

    // Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).
    virtual std::optional<QueryResult> query(const QString &sparql, QString *error) = 0;

    // Starts a query a person typed, which may run for long: it ends, and frees what it used,
    // when `control` is stopped or its time limit passes (*error then says which). The
    // StartedQuery's finish() may wait on another thread while this store goes on with other
    // calls; what the query sees is the graph as of this call. This default runs query() to its
    // end here, without looking at `control`.
    virtual std::unique_ptr<StartedQuery> startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                                     QString *error);
    // startQuery() and its finish(), on this thread.
    std::optional<QueryResult> runQuery(const QString &sparql, std::shared_ptr<QueryControl> control, QString *error);

    // Writes the whole graph; the file is replaced only once it is completely written.
    virtual bool exportFile(const QString &path, RdfFormat format, QString *error) = 0;
};

} // namespace tinyml::store
