#include "KnowledgeGraph.h"

#include "analysis/ModelAnalysis.h"
#include "codegen/FirmwareTarget.h"
#include "kg/ModelDescriber.h"
#include "kg/ThingDescriptionJson.h"
#include "kg/Vocabulary.h"
#include "rdf/RdfFile.h"
#include "store/redland/RedlandStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace tinyml::kg {
namespace {

// Models per transaction: few enough fsyncs for a fast batch, small enough that an interrupted
// batch loses little.
constexpr int kModelsPerCommit = 64;

} // namespace

QString defaultStoreDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
}

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<store::TripleStore> store, const QString &repositoryDirectory)
    : m_store(std::move(store)), m_repository(repositoryDirectory)
{ }

const Catalogue *KnowledgeGraph::catalogue(QString *error)
{
    if (!m_catalogue)
        m_catalogue = loadCatalogue(*m_store, error);
    return m_catalogue ? &*m_catalogue : nullptr;
}

std::optional<QString> KnowledgeGraph::storeInRepository(const QString &path, const QString &sha256, QString *error)
{
    const auto target = deploy::ModelRepository(m_repository).storeFile(path, sha256, error);
    if (!target)
        return std::nullopt;
    return QString::fromUtf8(QUrl::fromLocalFile(*target).toEncoded());
}

std::optional<ImportReport> KnowledgeGraph::importModels(const QList<ModelImport> &models, QString *error,
                                                         const std::function<void(int, int)> &committed)
{
    ImportControl control;
    control.committed = committed;
    return importModels(models, error, control);
}

std::optional<ImportReport> KnowledgeGraph::importModels(const QList<ModelImport> &models, QString *error,
                                                         const ImportControl &control)
{
    auto cancelled = [&] { return control.cancel && control.cancel->load(); };
    // First every file, so that a bad one changes nothing.
    QList<std::shared_ptr<const ModelAnalysis>> analyses;
    analyses.reserve(models.size());
    for (const ModelImport &m : models) {
        if (cancelled()) {
            *error = tr("import cancelled: nothing was added");
            return std::nullopt;
        }
        if (m.analysis) {
            analyses << m.analysis;
        } else {
            auto analysis = analyseModelFile(m.path, error);
            if (!analysis)
                return std::nullopt;
            analyses << std::make_shared<const ModelAnalysis>(std::move(*analysis));
        }
        if (control.analysed)
            control.analysed(int(analyses.size()), int(models.size()));
    }
    const Catalogue *current = catalogue(error);
    if (!current)
        return std::nullopt;
    QHash<QString, QStringList> known; // sha256 -> names
    const QHash<QString, const ModelEntry *> present = modelsByFileAndName(*current);
    for (const ModelEntry &e : current->models) {
        if (!e.sha256.isEmpty())
            known[e.sha256] << e.name;
    }

    ImportReport report;
    store::ChangeSet pending;
    QStringList pendingNames;
    QList<ModelUpdate> pendingUpdates;
    auto flush = [&]() {
        if (pending.isEmpty() && pendingUpdates.isEmpty())
            return true;
        QString problem;
        if (!m_store->commit(pending, &problem)) {
            *error = QStringLiteral("%1: %2").arg(m_store->location(), problem);
            return false;
        }
        followRepository(pending);
        report.added << pendingNames;
        report.updated << pendingUpdates;
        report.addedTriples << pending.additions;
        report.removedTriples << pending.removals;
        pending = {};
        pendingNames.clear();
        pendingUpdates.clear();
        if (control.committed)
            control.committed(int(report.added.size() + report.updated.size()), int(models.size()));
        return true;
    };
    for (int i = 0; i < models.size(); ++i) {
        if (pendingNames.isEmpty() && pendingUpdates.isEmpty() && cancelled()) {
            report.cancelled = true;
            break;
        }
        const ModelAnalysis &analysis = *analyses[i];
        ModelInfo info = models[i].info;
        if (info.name.isEmpty())
            info.name = QFileInfo(models[i].path).completeBaseName();
        QStringList &names = known[analysis.sha256];
        if (names.contains(info.name)) {
            // A model of this batch named twice is not in the catalogue yet: it is only reported.
            const ModelEntry *entry = present.value(fileAndName(analysis.sha256, info.name));
            std::optional<ModelUpdate> update;
            if (control.updateExisting && entry) {
                bool ok = false;
                update = updateOf(*entry, models[i].info, error, &ok);
                if (!ok) {
                    m_catalogue.reset();
                    return std::nullopt;
                }
            }
            if (!update) {
                report.alreadyPresent << tr("%1: already in the graph (sha256 %2)").arg(info.name, analysis.sha256);
                continue;
            }
            pending.removals << update->change.removals;
            pending.additions << update->change.additions;
            pendingUpdates << *update;
            if (pendingNames.size() + pendingUpdates.size() >= kModelsPerCommit && !flush()) {
                m_catalogue.reset();
                return std::nullopt;
            }
            continue;
        }
        if (!names.isEmpty())
            report.sharedFiles << tr("%1: same file as %2 (sha256 %3)")
                                      .arg(info.name, names.join(QStringLiteral(", ")), analysis.sha256);
        const auto fileUrl = storeInRepository(models[i].path, analysis.sha256, error);
        if (!fileUrl) {
            m_catalogue.reset();
            return std::nullopt;
        }
        const ModelDescription description =
            describeModel(analysis, info, QUuid::createUuid().toString(QUuid::WithoutBraces), *fileUrl);
        pending.additions << description.triples;
        pendingNames << QStringLiteral("%1 (%2)").arg(info.name, description.uuid);
        names << info.name;
        if (pendingNames.size() + pendingUpdates.size() >= kModelsPerCommit && !flush()) {
            m_catalogue.reset();
            return std::nullopt;
        }
    }
    const bool flushed = flush();
    m_catalogue.reset();
    if (!flushed)
        return std::nullopt;
    return report;
}

bool KnowledgeGraph::importRdf(const QStringList &paths, QString *error, QStringList *warnings)
{
    const auto plan = planRdfImport(paths, error);
    if (!plan)
        return false;
    if (warnings)
        *warnings << plan->warnings;
    return apply(plan->changes, error);
}

bool KnowledgeGraph::readRdfFiles(const QStringList &paths, store::ChangeSet *changes, QStringList *warnings,
                                  QString *error)
{
    // Every file is read first: a bad one anywhere changes nothing.
    for (const QString &path : paths) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonld")) {
            QFile file(path);
            if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1: %2").arg(
                    path, QFileInfo::exists(path) ? file.errorString() : tr("no such file"));
                return false;
            }
            const auto td = readThingDescription(file.readAll(), path, error);
            if (!td)
                return false;
            for (const QString &w : td->warnings)
                *warnings << QStringLiteral("%1: %2").arg(path, w);
            // A Thing described again replaces its earlier description.
            if (!previousDescription(td->board.iri, &changes->removals, error))
                return false;
            changes->additions << td->triples;
            continue;
        }
        auto triples = rdf::readRdfFile(path, error);
        if (!triples)
            return false;
        rdf::relabelBlankNodes(*triples);
        changes->additions << *triples;
    }
    return true;
}

std::optional<QList<QPair<rdf::RdfTerm, rdf::RdfTerm>>> KnowledgeGraph::statementsAbout(const QString &iri,
                                                                                        QString *error)
{
    const rdf::RdfTerm subject = rdf::RdfTerm::iri(iri);
    if (const QString problem = subject.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    // The term is written escaped as in N-Triples, which SPARQL reads too.
    const auto result =
        m_store->query(QStringLiteral("SELECT ?p ?o WHERE { %1 ?p ?o }").arg(subject.toNTriples()), error);
    if (!result)
        return std::nullopt;
    QList<QPair<rdf::RdfTerm, rdf::RdfTerm>> statements;
    for (const auto &row : result->rows)
        statements << qMakePair(row[0], row[1]);
    return statements;
}

bool KnowledgeGraph::previousDescription(const QString &thing, QList<rdf::RdfTriple> *triples, QString *error)
{
    // The Thing's own statements and those of the parts minted under its IRI ("...#ram").
    const rdf::RdfTerm iri = rdf::RdfTerm::iri(thing);
    if (const QString problem = iri.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto result = m_store->query(
        QStringLiteral("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?s = %1 || STRSTARTS(STR(?s), \"%2#\")) }")
            .arg(iri.toNTriples(), thing),
        error);
    if (!result)
        return false;
    for (const auto &row : result->rows)
        *triples << rdf::RdfTriple{row[0], row[1], row[2]};
    return true;
}

bool KnowledgeGraph::exportSelection(const QStringList &iris, const QString &path, QString *error)
{
    const auto format = rdf::rdfFormatForFile(path);
    if (!format) {
        *error = tr("%1: unknown RDF format (use .ttl or .nt)").arg(path);
        return false;
    }
    const auto triples = selection(iris, error);
    if (!triples)
        return false;
    auto copy = store::RedlandStore::createInMemory();
    QString problem;
    if (!copy->commit({{}, *triples}, &problem) || !copy->exportFile(path, *format, &problem)) {
        *error = problem;
        return false;
    }
    return true;
}

std::optional<QList<rdf::RdfTriple>> KnowledgeGraph::selection(const QStringList &iris, QString *error)
{
    // Walk from each root along its outgoing links into the nodes it owns: blank nodes, and
    // IRIs minted for its parts (they carry the root's identifier or extend its IRI). A
    // model's sensors point at its input rather than the other way round: follow those too.
    // The walk runs over one read of the graph, since blank nodes cannot be named in a query.
    const auto all = m_store->query(QStringLiteral("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), error);
    if (!all)
        return std::nullopt;
    QHash<QString, QList<qsizetype>> bySubject;
    QHash<QString, QList<qsizetype>> providersOf; // input node -> sensors' triples index
    const QString provideInput = ns::ssnExtend + QStringLiteral("provideInput");
    for (qsizetype i = 0; i < all->triples.size(); ++i) {
        const rdf::RdfTriple &t = all->triples[i];
        bySubject[t.subject.toNTriples()] << i;
        if (t.predicate.value() == provideInput)
            providersOf[t.object.toNTriples()] << i;
    }
    QList<rdf::RdfTriple> triples;
    QSet<QString> visited;
    for (const QString &root : iris) {
        const QString identifier = root.section(QLatin1Char('/'), -1);
        auto owned = [&](const rdf::RdfTerm &node) {
            return node.isBlank()
                || (node.isIri()
                    && (node.value().startsWith(root + QLatin1Char('#'))
                        || (identifier.size() >= 32 && node.value().contains(identifier))));
        };
        QList<rdf::RdfTerm> queue{rdf::RdfTerm::iri(root)};
        while (!queue.isEmpty()) {
            const rdf::RdfTerm node = queue.takeFirst();
            const QString key = node.toNTriples();
            if (visited.contains(key))
                continue;
            visited.insert(key);
            for (qsizetype i : bySubject.value(key)) {
                triples << all->triples[i];
                if (owned(all->triples[i].object))
                    queue << all->triples[i].object;
            }
            for (qsizetype i : providersOf.value(key))
                queue << all->triples[i].subject;
        }
    }
    return triples;
}

std::optional<QString> KnowledgeGraph::addBoard(const Board &board, QString *error)
{
    Board named = board;
    if (named.iri.isEmpty())
        named.iri = mintBoardIri(named.name);
    const auto changes = boardChange(named, error);
    if (!changes || !apply(*changes, error))
        return std::nullopt;
    return named.iri;
}

std::optional<store::ChangeSet> KnowledgeGraph::boardChange(const Board &board, QString *error)
{
    const QStringList problems = validateBoard(board);
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    Board named = board;
    if (named.iri.isEmpty())
        named.iri = mintBoardIri(named.name);
    store::ChangeSet changes{{}, describeBoard(named)};
    // What the board form does not show is not the form's to drop: how firmware is built for it.
    const auto firmware = codegen::readFirmwareTarget(*m_store, named.iri, error);
    if (!firmware || !previousDescription(named.iri, &changes.removals, error))
        return std::nullopt;
    changes.additions << codegen::firmwareTriples(*firmware, named.iri, named.sensors);
    return changes;
}

std::optional<store::ChangeSet> KnowledgeGraph::removalOf(const QString &thing, QString *error)
{
    store::ChangeSet changes;
    if (!previousDescription(thing, &changes.removals, error))
        return std::nullopt;
    if (changes.removals.isEmpty()) {
        *error = tr("%1: not in the knowledge graph").arg(thing);
        return std::nullopt;
    }
    return changes;
}

bool KnowledgeGraph::apply(const store::ChangeSet &changes, QString *error)
{
    QString problem;
    const bool ok = m_store->commit(changes, &problem);
    m_catalogue.reset();
    if (!ok) {
        *error = QStringLiteral("%1: %2").arg(m_store->location(), problem);
        return false;
    }
    followRepository(changes);
    return true;
}

store::ChangeSet inverseOf(const store::ChangeSet &changes)
{
    return {changes.additions, changes.removals};
}

} // namespace tinyml::kg
