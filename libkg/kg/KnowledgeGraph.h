// The knowledge graph as the rest of the product uses it: a TripleStore plus the model
// repository (the .tflite files, named by SHA-256, beside the store), the catalogue the three
// questions are answered from, and the operations that keep the two in step.
#pragma once

#include "deploy/ModelRepository.h"
#include "kg/BoardDescriber.h"
#include "kg/Catalogue.h"
#include "kg/ModelFacts.h"
#include "kg/ModelInfo.h"
#include "store/TripleStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tinyml::kg {

// A model of the graph that an import describes again, with what it changes.
struct ModelUpdate {
    QString iri;
    QString name; // as the graph has it
    QList<FieldChange> changes;
    store::ChangeSet change; // what replaces the graph's description of it
};

struct ImportReport {
    QStringList added;                    // "name (uuid)"
    QStringList alreadyPresent;           // "name: already in the graph (sha256 ...)"
    QStringList sharedFiles;              // "name: same file as <other name> (sha256 ...)", added all the same
    QList<ModelUpdate> updated;           // models already in the graph whose description changed
    QList<rdf::RdfTriple> addedTriples;   // what the committed groups added ...
    QList<rdf::RdfTriple> removedTriples; // ... and removed (updates): the import's undo
    bool cancelled = false;               // stopped on request after the groups in `added`
};

// What importing RDF files would do: the change, and the models it describes again.
struct RdfImportPlan {
    store::ChangeSet changes;
    QList<ModelUpdate> updated;
    int newModels = 0;
    QStringList warnings; // what a Thing Description could not map
};

// Progress and cancellation of a long import, for callers on another thread.
struct ImportControl {
    std::function<void(int analysed, int total)> analysed;
    std::function<void(int committed, int total)> committed;
    const std::atomic_bool *cancel = nullptr; // set: stop before the next file or group
    // A model already in the graph (same file, same name) is described again from the import
    // (a metadata sheet's row) when it says something else of it; otherwise it is left as it is.
    bool updateExisting = false;
};

class KnowledgeGraph
{
    // What it reports to a user (a refused import, a file it cannot read) reads in the GUI's language.
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::KnowledgeGraph)

public:
    KnowledgeGraph(std::unique_ptr<store::TripleStore> store, const QString &repositoryDirectory);
    // Model files held for an undo of their deletion leave for good.
    ~KnowledgeGraph();
    KnowledgeGraph(const KnowledgeGraph &) = delete;
    KnowledgeGraph &operator=(const KnowledgeGraph &) = delete;

    store::TripleStore &store() { return *m_store; }
    const QString &repositoryDirectory() const { return m_repository; }
    deploy::ModelRepository repository() const { return deploy::ModelRepository(m_repository); }

    // Analyses every file first: a file that is not a valid model stops the import before
    // anything changes. A model already in the graph (same SHA-256 and name) is reported, not
    // added; the same file under another name is a different description of it (the paper's
    // zoo has one) and is added, reported, and kept once in the repository.
    // Models are committed in groups, so an interrupted batch keeps the groups committed before.
    // `committed` is told after each group how many models are durably in the graph.
    std::optional<ImportReport> importModels(const QList<ModelImport> &models, QString *error,
                                             const std::function<void(int committed, int total)> &committed = {});
    // The same, reporting analysis as well and stopping when asked: a request while files are
    // analysed changes nothing (nullopt, *error says so); one while groups are committed keeps
    // the groups committed so far (the report says it was cancelled).
    std::optional<ImportReport> importModels(const QList<ModelImport> &models, QString *error,
                                             const ImportControl &control);
    // Adds Turtle (.ttl), N-Triples (.nt) and WoT Thing Description JSON (.json, .jsonld)
    // files in one transaction; a bad file anywhere adds nothing. Blank nodes of different
    // files stay different nodes. What a Thing Description could not map goes to *warnings.
    bool importRdf(const QStringList &paths, QString *error, QStringList *warnings = nullptr);
    // What importRdf() would commit, without committing it. A model the files describe under an
    // IRI the graph has already is described again: what a person said of it (its ModelInfo) is
    // replaced by what the files say, and `updated` lists the fields that change.
    std::optional<RdfImportPlan> planRdfImport(const QStringList &paths, QString *error);
    // The models the imports describe again and what changes (the files are analysed when the
    // imports carry no analysis, and the analyses kept in them): what importModels() with
    // updateExisting would change of the graph's models.
    std::optional<QList<ModelUpdate>> plannedUpdates(QList<ModelImport> &models, QString *error);
    // Writes the models and boards named by IRI, with everything that describes them (their
    // parts, and the sensors that feed a model's input), as Turtle or N-Triples by extension.
    bool exportSelection(const QStringList &iris, const QString &path, QString *error);
    // The triples exportSelection() writes.
    std::optional<QList<rdf::RdfTriple>> selection(const QStringList &iris, QString *error);
    // What the graph says of the thing `iri` names directly: its statements' predicates and
    // objects. nullopt, with *error, for an IRI no store can hold or a failed query.
    std::optional<QList<QPair<rdf::RdfTerm, rdf::RdfTerm>>> statementsAbout(const QString &iri, QString *error);

    // What the graph says a person said of the model `iri`.
    std::optional<ModelFacts> modelFacts(const QString &iri, QString *error);
    // The change that describes the model `iri` with `info` instead (its file, layers and needs
    // stay). Nothing is committed; refused (nullopt, *error) for a model without a name.
    std::optional<store::ChangeSet> modelEdit(const QString &iri, const ModelInfo &info, QString *error);
    // The change that removes the model `iri` and its parts. Its deployment records stay, and
    // name it still; apply() takes its file out of the repository unless a record or another
    // model names it.
    std::optional<store::ChangeSet> modelRemoval(const QString &iri, QString *error);

    // Adds a board described by a person (the "customised board" of the paper).
    std::optional<QString> addBoard(const Board &board, QString *error);

    // The change that (re)describes a board: its previous description out, the new one in. A
    // board without an IRI gets one minted. Nothing is committed: callers apply it, and can
    // apply its inverse to undo it.
    std::optional<store::ChangeSet> boardChange(const Board &board, QString *error);
    // The change that removes a Thing (a board) with the parts minted under its IRI.
    std::optional<store::ChangeSet> removalOf(const QString &thing, QString *error);
    // Commits a change in one transaction and refreshes the catalogue. The model repository
    // follows: the file of a model no longer described or recorded is held aside, and the file of
    // a model described again (an undone deletion) comes back.
    bool apply(const store::ChangeSet &changes, QString *error);

    // The models and boards as typed rows; rebuilt after changes made through this class.
    const Catalogue *catalogue(QString *error);
    void invalidateCatalogue() { m_catalogue.reset(); }

private:
    std::optional<QString> storeInRepository(const QString &path, const QString &sha256, QString *error);
    // Appends what the graph says of a Thing and its parts, so that a new description replaces it.
    bool previousDescription(const QString &thing, QList<rdf::RdfTriple> *triples, QString *error);
    // Reads RDF files for importRdf(): their triples as additions, the earlier descriptions of
    // the Things they describe again as removals.
    bool readRdfFiles(const QStringList &paths, store::ChangeSet *changes, QStringList *warnings, QString *error);
    // After a commit: the files of the models `changes` took away or brought back.
    void followRepository(const store::ChangeSet &changes);
    // The catalogue's models by file and name (fileAndName()): a model an import names again.
    static QHash<QString, const ModelEntry *> modelsByFileAndName(const Catalogue &catalogue);
    static QString fileAndName(const QString &sha256, const QString &name) { return sha256 + QLatin1Char('/') + name; }
    // The update of the model `entry` to `info`, or nullopt when nothing would change.
    std::optional<ModelUpdate> updateOf(const ModelEntry &entry, const ModelInfo &info, QString *error, bool *ok);

    std::unique_ptr<store::TripleStore> m_store;
    QString m_repository;
    std::optional<Catalogue> m_catalogue;
};

// The change that takes `changes` back: what it added goes, what it removed returns.
store::ChangeSet inverseOf(const store::ChangeSet &changes);

// Where the embedded default store lives: <AppDataLocation>/store.
QString defaultStoreDirectory();

} // namespace tinyml::kg
