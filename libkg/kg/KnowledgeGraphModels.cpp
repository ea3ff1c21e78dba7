// KnowledgeGraph's work on models already in the graph: reading what a person said of one,
// editing and deleting it, describing it again from a sheet or a snapshot, and keeping the model
// repository in step with the descriptions.
#include "KnowledgeGraph.h"

#include "analysis/ModelAnalysis.h"
#include "kg/Vocabulary.h"
#include "store/redland/RedlandStore.h"

#include <QFileInfo>
#include <QSet>

namespace tinyml::kg {
namespace {

const QString kSha256 = ns::schema + QStringLiteral("sha256");

QSet<QString> sha256sIn(const QList<rdf::RdfTriple> &triples)
{
    QSet<QString> found;
    for (const rdf::RdfTriple &t : triples) {
        if (t.predicate.isIri() && t.predicate.value() == kSha256)
            found.insert(t.object.value());
    }
    return found;
}

// `base` with every field `overlay` states: what an import that says only some things (a sheet
// without a description column) makes of a model already described.
ModelInfo overlaid(ModelInfo base, const ModelInfo &overlay)
{
    auto take = [](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            field = value.trimmed();
    };
    take(base.name, overlay.name);
    take(base.description, overlay.description);
    take(base.creator, overlay.creator);
    take(base.dateCreated, overlay.dateCreated);
    take(base.citation, overlay.citation);
    take(base.codeRepository, overlay.codeRepository);
    take(base.trainingDataset, overlay.trainingDataset);
    take(base.sensorInfo, overlay.sensorInfo);
    take(base.inputInfo, overlay.inputInfo);
    take(base.outputInfo, overlay.outputInfo);
    take(base.runtimePlatform, overlay.runtimePlatform);
    if (overlay.category)
        base.category = overlay.category;
    if (overlay.metric) {
        if (base.metric != overlay.metric)
            base.metricValue.reset();
        base.metric = overlay.metric;
    }
    if (overlay.metricValue)
        base.metricValue = overlay.metricValue;
    if (!overlay.sensors.isEmpty())
        base.sensors = overlay.sensors;
    return base;
}

} // namespace

KnowledgeGraph::~KnowledgeGraph()
{
    repository().purgeHeld();
}

std::optional<ModelFacts> KnowledgeGraph::modelFacts(const QString &iri, QString *error)
{
    return readModelFacts(*m_store, iri, error);
}

std::optional<store::ChangeSet> KnowledgeGraph::modelEdit(const QString &iri, const ModelInfo &info, QString *error)
{
    if (info.name.trimmed().isEmpty()) {
        *error = tr("the model needs a name");
        return std::nullopt;
    }
    for (const QString &sensor : info.sensors) {
        if (!sensorClasses().contains(sensor)) {
            *error = tr("unknown sensor '%1' (one of %2)").arg(sensor, sensorClasses().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    const auto facts = modelFacts(iri, error);
    if (!facts)
        return std::nullopt;
    return modelInfoChange(*facts, info);
}

std::optional<store::ChangeSet> KnowledgeGraph::modelRemoval(const QString &iri, QString *error)
{
    const auto triples = selection({iri}, error);
    if (!triples)
        return std::nullopt;
    const rdf::RdfTriple typed{RdfTerm::iri(iri), rdfType(), kg::iri(ns::nnet, QStringLiteral("NeuralNetwork"))};
    if (!triples->contains(typed)) {
        *error = ModelFields::tr("%1: no model of the knowledge graph").arg(iri);
        return std::nullopt;
    }
    return store::ChangeSet{*triples, {}};
}

void KnowledgeGraph::followRepository(const store::ChangeSet &changes)
{
    const deploy::ModelRepository files = repository();
    const QSet<QString> added = sha256sIn(changes.additions);
    QString problem;
    for (const QString &sha : added) {
        if (!files.release(sha, &problem))
            qWarning("%s", qPrintable(problem));
    }
    for (const QString &sha : sha256sIn(changes.removals)) {
        if (added.contains(sha) || !deploy::isSha256(sha))
            continue;
        // Another model of the same file, or a deployment record, still names it: it stays.
        QString error;
        const auto named = m_store->query(
            QStringLiteral("SELECT ?x WHERE { ?x <%1> %2 } LIMIT 1").arg(kSha256, RdfTerm::literal(sha).toNTriples()),
            &error);
        if (!named)
            qWarning("%s", qPrintable(error));
        else if (named->rows.isEmpty() && !files.hold(sha, &problem))
            qWarning("%s", qPrintable(problem));
    }
}

std::optional<ModelUpdate> KnowledgeGraph::updateOf(const ModelEntry &entry, const ModelInfo &info, QString *error,
                                                    bool *ok)
{
    *ok = false;
    const auto facts = modelFacts(entry.iri, error);
    if (!facts)
        return std::nullopt;
    *ok = true;
    const ModelInfo updated = overlaid(facts->info, info);
    const QList<FieldChange> changes = ModelFields::differences(facts->info, updated);
    if (changes.isEmpty())
        return std::nullopt;
    return ModelUpdate{entry.iri, facts->info.name, changes, modelInfoChange(*facts, updated)};
}

QHash<QString, const ModelEntry *> KnowledgeGraph::modelsByFileAndName(const Catalogue &catalogue)
{
    QHash<QString, const ModelEntry *> models;
    for (const ModelEntry &e : catalogue.models) {
        if (!e.sha256.isEmpty())
            models.insert(fileAndName(e.sha256, e.name), &e);
    }
    return models;
}

std::optional<QList<ModelUpdate>> KnowledgeGraph::plannedUpdates(QList<ModelImport> &models, QString *error)
{
    const Catalogue *current = catalogue(error);
    if (!current)
        return std::nullopt;
    const QHash<QString, const ModelEntry *> present = modelsByFileAndName(*current);
    QList<ModelUpdate> updates;
    for (ModelImport &m : models) {
        if (!m.analysis) {
            auto analysis = analyseModelFile(m.path, error);
            if (!analysis)
                return std::nullopt;
            m.analysis = std::make_shared<const ModelAnalysis>(std::move(*analysis));
        }
        const QString name = m.info.name.isEmpty() ? QFileInfo(m.path).completeBaseName() : m.info.name;
        const ModelEntry *entry = present.value(fileAndName(m.analysis->sha256, name));
        if (!entry)
            continue;
        bool ok = false;
        auto update = updateOf(*entry, m.info, error, &ok);
        if (!ok)
            return std::nullopt;
        if (update)
            updates << *update;
    }
    return updates;
}

std::optional<RdfImportPlan> KnowledgeGraph::planRdfImport(const QStringList &paths, QString *error)
{
    RdfImportPlan plan;
    if (!readRdfFiles(paths, &plan.changes, &plan.warnings, error))
        return std::nullopt;
    const Catalogue *current = catalogue(error);
    if (!current)
        return std::nullopt;
    QSet<QString> known;
    for (const ModelEntry &e : current->models)
        known.insert(e.iri);
    QStringList described;
    for (const rdf::RdfTriple &t : std::as_const(plan.changes.additions)) {
        if (t.subject.isIri() && t.predicate == rdfType()
            && t.object.value() == ns::nnet + QLatin1String("NeuralNetwork") && !described.contains(t.subject.value()))
            described << t.subject.value();
    }
    std::unique_ptr<store::TripleStore> incoming;
    for (const QString &model : std::as_const(described)) {
        if (!known.contains(model)) {
            ++plan.newModels;
            continue;
        }
        if (!incoming) {
            incoming = store::RedlandStore::createInMemory();
            QString problem;
            if (!incoming->commit({{}, plan.changes.additions}, &problem)) {
                *error = problem;
                return std::nullopt;
            }
        }
        const auto before = modelFacts(model, error);
        const auto after = before ? readModelFacts(*incoming, model, error) : std::nullopt;
        if (!after)
            return std::nullopt;
        // The files' description of what a person said replaces the graph's.
        plan.changes.removals << before->infoTriples;
        const QList<FieldChange> changes = ModelFields::differences(before->info, after->info);
        if (!changes.isEmpty())
            plan.updated << ModelUpdate{model, before->info.name, changes, {}};
    }
    plan.changes = withoutOverlap(plan.changes);
    return plan;
}

} // namespace tinyml::kg
