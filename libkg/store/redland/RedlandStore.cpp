#include "RedlandStore.h"

#include "rdf/TurtleWriter.h"
#include "rdf/redland/RedlandWorld.h"
#include "store/redland/AtomicFile.h"
#include "store/redland/ForkedQuery.h"

#include <QFile>
#include <QFileInfo>

namespace tinyml::store {

using namespace rdf::redland;

namespace {

// Replaying a journal is slower than loading a snapshot; past this size, opening and closing the
// store fold the journal into the snapshot.
constexpr qint64 kCompactJournalBytes = 4 * 1024 * 1024;

QByteArray toNTriples(const QList<RdfTriple> &triples)
{
    QByteArray out;
    for (const RdfTriple &t : triples)
        out += t.toNTriples().toUtf8() + '\n';
    return out;
}

} // namespace

class RedlandStore::Private
{
public:
    World world;
    Ptr<librdf_storage> storage;
    Ptr<librdf_model> model;
    std::unique_ptr<StoreJournal> journal; // none for an in-memory store

    bool createGraph()
    {
        storage.reset(librdf_new_storage(world.get(), "trees", "tinyml", nullptr));
        if (storage)
            model.reset(librdf_new_model(world.get(), storage.get(), nullptr));
        return storage && model;
    }

    // What one apply() changed: exactly what undo() must take back (statements that were
    // already there, or already absent, are not in it).
    struct Applied {
        std::vector<Ptr<librdf_statement>> removed;
        std::vector<Ptr<librdf_statement>> added;
    };

    void undo(Applied &applied)
    {
        for (auto &s : applied.added)
            librdf_model_remove_statement(model.get(), s.get());
        for (auto &s : applied.removed)
            librdf_model_add_statement(model.get(), s.get());
        applied = {};
    }

    // Applies the changes to the graph in memory; on failure undoes what it did.
    bool apply(const ChangeSet &changes, QString *error, Applied *applied = nullptr)
    {
        Applied local;
        Applied &done = applied ? *applied : local;
        for (const RdfTriple &t : changes.removals) {
            Ptr<librdf_statement> s = world.statement(t);
            if (!s || !librdf_model_contains_statement(model.get(), s.get()))
                continue;
            if (librdf_model_remove_statement(model.get(), s.get()) != 0) {
                undo(done);
                *error = world.errorText(QStringLiteral("cannot remove %1").arg(t.toNTriples()));
                return false;
            }
            done.removed.push_back(std::move(s));
        }
        for (const RdfTriple &t : changes.additions) {
            Ptr<librdf_statement> s = world.statement(t);
            if (!s) {
                undo(done);
                *error = QStringLiteral("cannot represent %1").arg(t.toNTriples());
                return false;
            }
            if (librdf_model_contains_statement(model.get(), s.get()))
                continue;
            if (librdf_model_add_statement(model.get(), s.get()) != 0) {
                undo(done);
                *error = world.errorText(QStringLiteral("cannot add %1").arg(t.toNTriples()));
                return false;
            }
            done.added.push_back(std::move(s));
        }
        return true;
    }

    QList<RdfTriple> allTriples()
    {
        QList<RdfTriple> triples;
        Ptr<librdf_stream> stream(librdf_model_as_stream(model.get()));
        for (; stream && !librdf_stream_end(stream.get()); librdf_stream_next(stream.get()))
            triples << toTriple(librdf_stream_get_object(stream.get()));
        return triples;
    }

    // Streams the graph to `out`. N-Triples through Redland (its to-string serializer costs
    // hundreds of bytes of heap per token, a file stream nothing); Turtle through our writer,
    // since Redland's writes a carriage return raw inside a string, which no parser reads back.
    bool serialize(RdfFormat format, FILE *out, QString *error)
    {
        if (format == RdfFormat::Turtle) {
            if (!rdf::writeTurtle(out, allTriples())) {
                *error = QStringLiteral("the graph could not be written");
                return false;
            }
            return true;
        }
        world.clearMessages();
        Ptr<librdf_serializer> serializer(librdf_new_serializer(world.get(), "ntriples", nullptr, nullptr));
        if (!serializer
            || librdf_serializer_serialize_model_to_file_handle(serializer.get(), out, nullptr, model.get()) != 0
            || !world.errors().isEmpty()) {
            *error = world.errorText(QStringLiteral("the graph could not be serialized"));
            return false;
        }
        return true;
    }

    // Parses N-Triples straight into the graph: the fast path for snapshots and for the
    // additions of journal records (the trees storage keeps a statement once however often it
    // is added).
    bool loadNTriples(const QByteArray &text, const QString &source, QString *error)
    {
        if (text.isEmpty())
            return true;
        world.clearMessages();
        Ptr<librdf_parser> parser(librdf_new_parser(world.get(), "ntriples", nullptr, nullptr));
        Ptr<librdf_uri> base = world.uri(QStringLiteral("urn:tinyml:store"));
        if (librdf_parser_parse_counted_string_into_model(parser.get(),
                                                          reinterpret_cast<const unsigned char *>(text.constData()),
                                                          size_t(text.size()), base.get(), model.get())
                != 0
            || !world.errors().isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(source, world.errorText(QStringLiteral("cannot be read")));
            return false;
        }
        return true;
    }

    bool load(QString *error)
    {
        if (!loadNTriples(journal->snapshot(), journal->directory() + QStringLiteral("/snapshot.nt"), error))
            return false;
        const QString journalName = journal->directory() + QStringLiteral("/journal.log");
        for (const JournalRecord &record : journal->records()) {
            if (!record.removals.isEmpty()) {
                const auto removals = world.parse(record.removals, "ntriples", journalName, error);
                if (!removals || !apply({*removals, {}}, error))
                    return false;
            }
            if (!loadNTriples(record.additions, journalName, error))
                return false;
        }
        journal->releaseLoadedData();
        return true;
    }

    bool compact(QString *error)
    {
        return !journal
            || journal->compact([&](FILE *out) { return serialize(RdfFormat::NTriples, out, error); }, error);
    }

    // A long journal makes the next open slow: fold it into the snapshot.
    void compactIfLong()
    {
        QString ignored;
        if (journal && journal->journalBytes() > kCompactJournalBytes)
            compact(&ignored);
    }
};

RedlandStore::RedlandStore(std::unique_ptr<Private> d) : d(std::move(d)) { }

RedlandStore::~RedlandStore()
{
    d->compactIfLong();
}

std::unique_ptr<RedlandStore> RedlandStore::createInMemory()
{
    auto d = std::make_unique<Private>();
    if (!d->createGraph())
        return nullptr;
    return std::unique_ptr<RedlandStore>(new RedlandStore(std::move(d)));
}

std::unique_ptr<RedlandStore> RedlandStore::open(const QString &directory, QString *error)
{
    auto d = std::make_unique<Private>();
    d->journal = std::make_unique<StoreJournal>(directory);
    if (!d->journal->open(error))
        return nullptr;
    if (!d->createGraph()) {
        *error = QStringLiteral("%1: Redland cannot create a trees graph").arg(directory);
        return nullptr;
    }
    if (!d->load(error))
        return nullptr;
    d->compactIfLong();
    return std::unique_ptr<RedlandStore>(new RedlandStore(std::move(d)));
}

QString RedlandStore::location() const
{
    return d->journal ? d->journal->directory() : QStringLiteral("(in memory)");
}

qint64 RedlandStore::tripleCount()
{
    return librdf_model_size(d->model.get());
}

bool RedlandStore::commit(const ChangeSet &changes, QString *error)
{
    if (const QString problem = changes.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (changes.isEmpty())
        return true;
    Private::Applied applied;
    if (!d->apply(changes, error, &applied))
        return false;
    if (d->journal && !d->journal->append({toNTriples(changes.removals), toNTriples(changes.additions)}, error)) {
        // Not durable, so not committed: take it back out of memory too.
        d->undo(applied);
        return false;
    }
    return true;
}

std::optional<QueryResult> RedlandStore::query(const QString &sparql, QString *error)
{
    World &world = d->world;
    world.clearMessages();
    const QByteArray text = sparql.toUtf8();
    Ptr<librdf_query> query(librdf_new_query(world.get(), "sparql", nullptr,
                                             reinterpret_cast<const unsigned char *>(text.constData()), nullptr));
    Ptr<librdf_query_results> results(query ? librdf_model_query_execute(d->model.get(), query.get()) : nullptr);
    if (!results || !world.errors().isEmpty()) {
        *error = world.errorText(QStringLiteral("the query could not be run"));
        return std::nullopt;
    }
    QueryResult result;
    if (librdf_query_results_is_boolean(results.get())) {
        result.kind = QueryResult::Kind::Boolean;
        result.boolean = librdf_query_results_get_boolean(results.get()) > 0;
    } else if (librdf_query_results_is_graph(results.get())) {
        result.kind = QueryResult::Kind::Graph;
        Ptr<librdf_stream> stream(librdf_query_results_as_stream(results.get()));
        for (; stream && !librdf_stream_end(stream.get()); librdf_stream_next(stream.get()))
            result.triples << toTriple(librdf_stream_get_object(stream.get()));
    } else {
        result.kind = QueryResult::Kind::Bindings;
        const int columns = librdf_query_results_get_bindings_count(results.get());
        for (int c = 0; c < columns; ++c)
            result.variables << QString::fromUtf8(librdf_query_results_get_binding_name(results.get(), c));
        for (; !librdf_query_results_finished(results.get()); librdf_query_results_next(results.get())) {
            QList<RdfTerm> row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                Ptr<librdf_node> value(librdf_query_results_get_binding_value(results.get(), c));
                row << toTerm(value.get());
            }
            result.rows << row;
        }
    }
    if (!world.errors().isEmpty()) {
        *error = world.errorText(QStringLiteral("the query failed"));
        return std::nullopt;
    }
    return result;
}

std::unique_ptr<StartedQuery> RedlandStore::startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                                       QString *error)
{
    return forkQuery([this, sparql](QString *queryError) { return query(sparql, queryError); }, std::move(control),
                     error);
}

bool RedlandStore::exportFile(const QString &path, RdfFormat format, QString *error)
{
    QString problem;
    if (!writeFileAtomically(
            path, [&](FILE *out) { return d->serialize(format, out, &problem); }, error)) {
        if (!problem.isEmpty())
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return false;
    }
    return true;
}

bool RedlandStore::compact(QString *error)
{
    return d->compact(error);
}

} // namespace tinyml::store
