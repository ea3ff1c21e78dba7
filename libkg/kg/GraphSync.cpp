#include "GraphSync.h"

namespace tinyml::kg {
namespace {

std::optional<QList<rdf::RdfTriple>> everything(store::TripleStore &store, QString *error)
{
    const auto result = store.query(QStringLiteral("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), error);
    return result ? std::optional<QList<rdf::RdfTriple>>(result->triples) : std::nullopt;
}

} // namespace

bool pushGraph(store::TripleStore &local, store::SparqlStore &server, QString *error,
               const store::SparqlStore::Progress &progress)
{
    const auto triples = everything(local, error);
    return triples && server.replaceGraph(*triples, error, progress);
}

bool pushSelection(KnowledgeGraph &local, const QStringList &iris, store::SparqlStore &server, QString *error,
                   const store::SparqlStore::Progress &progress)
{
    const auto triples = local.selection(iris, error);
    return triples && server.addTriples(*triples, error, progress);
}

bool pullGraph(store::SparqlStore &server, store::TripleStore &local, PullMode mode, QString *error,
               qsizetype *received)
{
    auto triples = server.readGraph(error);
    if (!triples)
        return false;
    rdf::relabelBlankNodes(*triples); // the server's blank nodes are not the local store's
    store::ChangeSet changes;
    changes.additions = *triples;
    if (mode == PullMode::Replace) {
        const auto current = everything(local, error);
        if (!current)
            return false;
        changes.removals = *current;
    }
    if (!local.commit(changes, error))
        return false;
    if (received)
        *received = triples->size();
    return true;
}

} // namespace tinyml::kg
