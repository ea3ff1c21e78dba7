// The remote backend of the store interface: one named graph on a SPARQL 1.1 server (GraphDB,
// Virtuoso, Fuseki, Neptune, …), reached with the Query and Update protocols and, when the
// server offers it, the Graph Store HTTP Protocol for bulk transfers.
//
// Queries run against the named graph as their default graph (the protocol's default-graph-uri),
// so the paper's queries run unchanged. A commit is one Update request; a large one is first
// uploaded into a staging graph and then added in that request, so the graph never holds half
// of it (SparqlUpdates says what limits shape the requests). Results a server cut short (a row
// limit, a time limit) are errors, not short tables.
#pragma once

#include "SparqlEndpoint.h"
#include "store/TripleStore.h"

#include <atomic>
#include <functional>
#include <memory>

namespace tinyml::store {

class SparqlHttpClient;

class SparqlStore : public TripleStore
{
public:
    // Told how many triples of a bulk transfer have gone.
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    // Connects (one ASK, so that a wrong URL, a server that is down, refused credentials or an
    // untrusted certificate show up now) and returns the store, or nullptr with *error. While
    // `cancel` (if given) is set, requests stop and are refused, as after cancel().
    static std::unique_ptr<SparqlStore> connect(const SparqlEndpoint &endpoint, QString *error,
                                                const std::atomic_bool *cancel = nullptr);
    ~SparqlStore() override;

    const SparqlEndpoint &endpoint() const;

    // The locator (sparql+http://…), which opens this store again.
    QString location() const override;
    qint64 tripleCount() override; // -1 when the server cannot be asked
    bool commit(const ChangeSet &changes, QString *error) override;
    std::optional<QueryResult> query(const QString &sparql, QString *error) override;
    // Runs the query here; Stop and the time limit abort its request.
    std::unique_ptr<StartedQuery> startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                             QString *error) override;
    bool exportFile(const QString &path, RdfFormat format, QString *error) override;

    // Replaces the graph with `triples`: they are uploaded into a staging graph, counted there,
    // and moved over the graph in one Update. Until that last step the graph is as it was; a
    // failed or cancelled push leaves it so and drops the staging graph.
    bool replaceGraph(const QList<RdfTriple> &triples, QString *error, const Progress &progress = {});
    // Adds `triples` the same way (staged, counted, then added in one Update).
    bool addTriples(const QList<RdfTriple> &triples, QString *error, const Progress &progress = {});
    // The whole graph, checked against the server's count of it.
    std::optional<QList<RdfTriple>> readGraph(QString *error);

    // Stops the request in progress and refuses new ones (any thread); resetCancel() allows them again.
    void cancel();
    void resetCancel();
    // The SHA-256 fingerprint of the certificate the last TLS refusal was about.
    QString refusedCertificate() const;

private:
    explicit SparqlStore(const SparqlEndpoint &endpoint);
    // A query whose default graph is `graph` (ours, or a staging graph).
    std::optional<QueryResult> queryIn(const QString &graph, const QString &sparql, QString *error);
    bool update(const QString &request, QString *error);
    // The same for a request that may run twice with one effect (applying staged graphs): a
    // transaction the server gave up waiting for locks (Virtuoso's "Transaction timed out", seen
    // right after uploads) is sent again, twice at most.
    bool updateIdempotent(const QString &request, QString *error);
    std::optional<QList<RdfTriple>> fetchTriples(qint64 expected, QString *error);
    bool stage(const QString &staging, const QList<RdfTriple> &triples, QString *error, const Progress &progress);
    // Stages each set of triples in a graph of its own, checks that all arrived, then sends the
    // Update `apply` builds from the staging graphs' names; they are dropped in every case.
    bool stageAndApply(const QList<QList<RdfTriple>> &sets,
                       const std::function<QString(const QStringList &staging)> &apply, QString *error,
                       const Progress &progress);
    std::optional<qint64> countIn(const QString &graph, QString *error);
    void dropQuietly(const QString &graph);

    std::unique_ptr<SparqlHttpClient> m_http;
};

} // namespace tinyml::store
