#include "GraphOpening.h"

#include "kg/ModelInfoSheet.h"
#include "store/redland/RedlandStore.h"
#include "store/redland/StoreJournal.h"
#include "store/sparql/SparqlStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tinyml::kg {

// What went wrong opening or creating a store, and what was done: the GUI shows it in its language.
struct OpeningChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::OpeningChecks)
};

namespace {

// Written before seeding starts and removed when it is complete, so that a seeding cut off by a
// crash is recognised (its first transaction may already be in the journal) and done again. It
// lists what the seeding created, which is what a failure removes.
const char kSeedingMarker[] = "seeding.unfinished";
const QLatin1String kCreatedFolder("folder");
const QLatin1String kCreatedRepository("repository");

QString inDir(const QString &dir, const char *name)
{
    return dir + QLatin1Char('/') + QLatin1String(name);
}

// A store exists once it has a snapshot or a committed change in its journal.
bool storeExists(const QString &dir)
{
    return QFileInfo::exists(inDir(dir, "snapshot.nt")) || QFileInfo(inDir(dir, "journal.log")).size() > 0;
}

// Removes what a seeding made; other files in the folder are left alone. The caller holds the
// folder's lock, or the folder is being removed as a whole.
void removeSeeding(const QString &dir, const QStringList &created)
{
    if (created.contains(kCreatedFolder)) {
        QDir(dir).removeRecursively();
        return;
    }
    if (created.contains(kCreatedRepository))
        QDir(inDir(dir, "models")).removeRecursively();
    for (const char *name : {"snapshot.nt", "journal.log", kSeedingMarker})
        QFile::remove(inDir(dir, name));
}

// Copies the seed resources into `target` (the analyser and the RDF parser read regular files).
bool copySeed(const QString &target, QString *error)
{
    const QString root = seedResourceRoot();
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString copy = target + source.mid(root.size());
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(source, copy)) {
            *error = OpeningChecks::tr("cannot copy the seed file %1 to %2").arg(source, copy);
            return false;
        }
    }
    return true;
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList({pattern}, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

// Adds the ontology and the boards in one transaction and the demo models in another.
bool seedGraph(KnowledgeGraph &graph, QStringList *notes, QString *error)
{
    QTemporaryDir seed;
    if (!seed.isValid()) {
        *error = OpeningChecks::tr("cannot make a temporary folder for the seed data: %1").arg(seed.errorString());
        return false;
    }
    if (!copySeed(seed.path(), error))
        return false;
    const QStringList ontology = filesIn(seed.filePath(QStringLiteral("ontology")), QStringLiteral("*.ttl"));
    const QStringList boards = filesIn(seed.filePath(QStringLiteral("boards")), QStringLiteral("*.ttl"));
    if (ontology.isEmpty() || boards.isEmpty()) {
        *error = OpeningChecks::tr("the seed data holds no ontology or no boards");
        return false;
    }
    QString problem;
    if (!graph.importRdf(ontology + boards, &problem)) {
        *error = OpeningChecks::tr("cannot add the ontology and the boards: %1").arg(problem);
        return false;
    }
    const auto imports = importsFromSheet(seed.filePath(QStringLiteral("models/models.tsv")), &problem);
    if (!imports) {
        *error = OpeningChecks::tr("cannot read the demo models' sheet: %1").arg(problem);
        return false;
    }
    if (!graph.importModels(*imports, &problem)) {
        *error = OpeningChecks::tr("cannot add the demo models: %1").arg(problem);
        return false;
    }
    if (notes)
        *notes << OpeningChecks::tr("created %1 with the ontology, %2 boards and %3 demonstration models")
                      .arg(graph.store().location())
                      .arg(boards.size())
                      .arg(imports->size());
    return true;
}

// Decides, holding the folder's lock, whether `dir` is to be seeded; removes the remains of a
// seeding that was cut off and leaves the marker for this one. *created is what the seeding
// makes (from the marker, when an earlier one made the folder).
bool prepareSeeding(const QString &dir, QStringList *created, bool *seedIt, QStringList *notes, QString *error)
{
    if (!hasSeedResources()) {
        *error =
            OpeningChecks::tr("%1: cannot create the store: this program carries no seed data (%2: ontology, "
                              "boards and demo models; it is built into executables that link tinyml_seed_resources)")
                .arg(dir, seedResourceRoot());
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = OpeningChecks::tr("%1: cannot create the store folder").arg(dir);
        return false;
    }
    // The store's own lock, held while the seeding decision is made and its remains removed, so
    // that two programs starting at once never both seed or remove the other's work.
    const auto lock = store::StoreJournal::lockFolder(dir, error);
    if (!lock)
        return false;
    QFile marker(inDir(dir, kSeedingMarker));
    if (marker.exists()) {
        if (marker.open(QIODevice::ReadOnly))
            *created = QString::fromUtf8(marker.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        marker.close();
        QStringList remains = *created; // the folder itself stays: it is seeded again
        remains.removeAll(kCreatedFolder);
        removeSeeding(dir, remains);
        if (notes)
            *notes << OpeningChecks::tr("%1: an earlier creation of the store was cut off; creating it again").arg(dir);
    }
    *seedIt = !storeExists(dir); // false when another program created it meanwhile
    if (*seedIt
        && (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || marker.write(created->join(QLatin1Char('\n')).toUtf8()) < 0 || !marker.flush())) {
        *error = OpeningChecks::tr("%1: cannot write in the store folder: %2").arg(dir, marker.errorString());
        return false;
    }
    return true;
}

} // namespace

QString seedResourceRoot()
{
    return QStringLiteral(":/tinyml/seed");
}

bool hasSeedResources()
{
    return QFileInfo(seedResourceRoot()).isDir();
}

std::unique_ptr<KnowledgeGraph> openGraphStore(const QString &dir, SeedPolicy seed, QString *error, QStringList *notes)
{
    QStringList created; // what a seeding made, and removes when it fails
    if (!QFileInfo::exists(dir))
        created << kCreatedFolder;
    if (!QFileInfo::exists(inDir(dir, "models")))
        created << kCreatedRepository;
    bool seedIt = false;
    if (seed == SeedPolicy::SeedWhenCreated && (!storeExists(dir) || QFileInfo::exists(inDir(dir, kSeedingMarker)))
        && !prepareSeeding(dir, &created, &seedIt, notes, error))
        return nullptr;

    auto store = store::RedlandStore::open(dir, error);
    if (!store)
        return nullptr;
    auto graph = std::make_unique<KnowledgeGraph>(std::move(store), inDir(dir, "models"));
    if (!seedIt)
        return graph;
    QString problem;
    if (seedGraph(*graph, notes, &problem)) {
        QFile::remove(inDir(dir, kSeedingMarker));
        return graph;
    }
    graph.reset(); // closes the store and lets go of its lock
    *error = OpeningChecks::tr("%1: cannot create the store, so it was removed again: %2").arg(dir, problem);
    if (const auto lock = store::StoreJournal::lockFolder(dir, &problem))
        removeSeeding(dir, created);
    return nullptr;
}

QString remoteRepositoryDirectory(const store::SparqlEndpoint &endpoint)
{
    const QByteArray digest =
        QCryptographicHash::hash(endpoint.locator().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/remote/%1/models").arg(QString::fromLatin1(digest));
}

std::unique_ptr<KnowledgeGraph> openRemoteGraph(const store::SparqlEndpoint &endpoint, QString *error)
{
    auto store = store::SparqlStore::connect(endpoint, error);
    if (!store)
        return nullptr;
    return std::make_unique<KnowledgeGraph>(std::move(store), remoteRepositoryDirectory(endpoint));
}

std::unique_ptr<KnowledgeGraph> openGraph(const GraphLocation &location, QString *error, QStringList *notes)
{
    if (!location.problem().isEmpty()) {
        *error = location.problem();
        return nullptr;
    }
    // The one decision on seeding: the default store makes the product useful on a fresh machine
    // and is seeded when it is created; a folder the user names starts empty unless they asked
    // otherwise; a server's graph is never seeded from here.
    switch (location.kind()) {
    case GraphLocation::Kind::Server: return openRemoteGraph(location.endpoint(), error);
    case GraphLocation::Kind::DefaultStore:
        return openGraphStore(location.folderPath(), SeedPolicy::SeedWhenCreated, error, notes);
    case GraphLocation::Kind::Folder: break;
    }
    return openGraphStore(location.folderPath(), location.seedAsked(), error, notes);
}

} // namespace tinyml::kg
