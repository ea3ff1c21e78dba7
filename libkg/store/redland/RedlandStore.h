// The embedded store: a Redland "trees" graph in memory, made durable by a snapshot and a
// journal in its folder (see StoreJournal).
//
// Why trees: measured here with Redland 1.0.17 on the paper's three query shapes, "trees"
// answered all three in under 1 ms at 2,859 triples, in 22-63 ms at 170k triples (1,000 models)
// and in 0.2-0.7 s at 1.7M triples (10,000 models), and loaded 1.7M triples in 11 s; "hashes" took
// 1.3 s for query 1 at 2,859 triples and over 120 s at 170k; "sqlite" took 42 s to load 170k
// triples and 1-6 s per query. Trees has neither transactions nor persistence of its own, so
// commits are journaled (durable when commit() returns) and applied all or nothing in memory.
#pragma once

#include "store/TripleStore.h"
#include "store/redland/StoreJournal.h"

#include <memory>

namespace tinyml::rdf::redland {
class World;
}

namespace tinyml::store {

class RedlandStore : public TripleStore
{
public:
    // Opens (or creates) a persistent store in `directory`.
    static std::unique_ptr<RedlandStore> open(const QString &directory, QString *error);
    // A store that lives in memory only.
    static std::unique_ptr<RedlandStore> createInMemory();
    ~RedlandStore() override;

    QString location() const override;
    qint64 tripleCount() override;
    bool commit(const ChangeSet &changes, QString *error) override;
    std::optional<QueryResult> query(const QString &sparql, QString *error) override;
    // In a child process forked from the graph as it is now (see ForkedQuery.h).
    std::unique_ptr<StartedQuery> startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                             QString *error) override;
    bool exportFile(const QString &path, RdfFormat format, QString *error) override;

    // Writes the current graph as the snapshot and empties the journal.
    bool compact(QString *error);

private:
    class Private;
    explicit RedlandStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace tinyml::store
