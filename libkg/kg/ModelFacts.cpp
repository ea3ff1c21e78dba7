#include "ModelFacts.h"

#include "kg/ModelDescriber.h"
#include "kg/Vocabulary.h"

#include <QSet>

#include <algorithm>

namespace tinyml::kg {
namespace {

using rdf::RdfTriple;

QString localName(const QString &iri)
{
    const qsizetype cut = std::max(iri.lastIndexOf(QLatin1Char('#')), iri.lastIndexOf(QLatin1Char('/')));
    return iri.mid(cut + 1);
}

bool is(const RdfTerm &predicate, const QString &ns, const char *local)
{
    return predicate.isIri() && predicate.value() == ns + QLatin1String(local);
}

// The network's own statements that say what a person said of it.
bool isInfoPredicate(const RdfTerm &p)
{
    static const QSet<QString> predicates = {
        ns::schema + QStringLiteral("name"),
        ns::schema + QStringLiteral("description"),
        ns::schema + QStringLiteral("creator"),
        ns::schema + QStringLiteral("dateCreated"),
        ns::schema + QStringLiteral("citation"),
        ns::schema + QStringLiteral("codeRepository"),
        ns::schema + QStringLiteral("runtimePlatform"),
        ns::nnet + QStringLiteral("trainingDataset"),
        ns::nnet + QStringLiteral("hasCategory"),
        ns::nnet + QStringLiteral("hasMetric"),
    };
    return p.isIri() && predicates.contains(p.value());
}

// The triples `where` binds ?s ?p ?o to.
std::optional<QList<RdfTriple>> triplesWhere(store::TripleStore &store, const QString &where, QString *error)
{
    const auto result =
        store.query(rdf::sparqlPrefixes() + QStringLiteral("SELECT ?s ?p ?o WHERE { %1 }").arg(where), error);
    if (!result)
        return std::nullopt;
    QList<RdfTriple> triples;
    for (const auto &row : result->rows)
        triples << RdfTriple{row.value(0), row.value(1), row.value(2)};
    return triples;
}

// What the graph says of `node` directly.
std::optional<QList<RdfTriple>> statementsOf(store::TripleStore &store, const QString &node, QString *error)
{
    const RdfTerm subject = RdfTerm::iri(node);
    const auto result = store.query(QStringLiteral("SELECT ?p ?o WHERE { %1 ?p ?o }").arg(subject.toNTriples()), error);
    if (!result)
        return std::nullopt;
    QList<RdfTriple> triples;
    for (const auto &row : result->rows)
        triples << RdfTriple{subject, row.value(0), row.value(1)};
    return triples;
}

std::optional<NetworkCategory> categoryOf(const QString &local)
{
    for (NetworkCategory c : networkCategories()) {
        if (categoryLocalName(c) == local)
            return c;
    }
    return std::nullopt;
}

std::optional<MetricKind> metricOf(const QString &local)
{
    for (MetricKind k : metricKinds()) {
        if (metricLocalName(k) == local)
            return k;
    }
    return std::nullopt;
}

QString metricValueText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

std::optional<ModelFacts> readModelFacts(store::TripleStore &store, const QString &iri, QString *error)
{
    const RdfTerm network = RdfTerm::iri(iri);
    if (const QString problem = network.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const auto own = statementsOf(store, iri, error);
    if (!own)
        return std::nullopt;
    ModelFacts facts;
    facts.iri = iri;
    facts.uuid = localName(iri);
    facts.info.runtimePlatform.clear(); // as the graph says, which may be nothing
    bool isModel = false;
    QStringList metricNodes;
    for (const RdfTriple &t : *own) {
        const RdfTerm &p = t.predicate;
        const RdfTerm &o = t.object;
        if (is(p, ns::rdf, "type") && o.value() == ns::nnet + QLatin1String("NeuralNetwork"))
            isModel = true;
        else if (is(p, ns::schema, "identifier"))
            facts.uuid = o.value();
        else if (is(p, ns::schema, "sha256"))
            facts.sha256 = o.value();
        else if (is(p, ns::ssn, "hasInput"))
            facts.inputIri = o.value();
        else if (is(p, ns::ssn, "hasOutput"))
            facts.outputIri = o.value();
        if (!isInfoPredicate(p))
            continue;
        facts.infoTriples << t;
        ModelInfo &info = facts.info;
        auto first = [&](QString &field) {
            if (field.isEmpty())
                field = o.value();
        };
        const QString name = localName(p.value());
        if (name == QLatin1String("name"))
            first(info.name);
        else if (name == QLatin1String("description"))
            first(info.description);
        else if (name == QLatin1String("creator"))
            first(info.creator);
        else if (name == QLatin1String("dateCreated"))
            first(info.dateCreated);
        else if (name == QLatin1String("citation"))
            first(info.citation);
        else if (name == QLatin1String("codeRepository"))
            first(info.codeRepository);
        else if (name == QLatin1String("runtimePlatform"))
            first(info.runtimePlatform);
        else if (name == QLatin1String("trainingDataset"))
            first(info.trainingDataset);
        else if (name == QLatin1String("hasCategory") && !info.category)
            info.category = categoryOf(localName(o.value()));
        else if (name == QLatin1String("hasMetric") && o.isIri())
            metricNodes << o.value();
    }
    if (!isModel) {
        *error = ModelFields::tr("%1: no model of the knowledge graph").arg(iri);
        return std::nullopt;
    }
    // The metric shown is the first one's kind and value, as the catalogue shows it.
    for (const QString &node : std::as_const(metricNodes)) {
        const auto parts = statementsOf(store, node, error);
        if (!parts)
            return std::nullopt;
        facts.infoTriples << *parts;
        for (const RdfTriple &t : *parts) {
            if (node != metricNodes.front())
                continue;
            if (is(t.predicate, ns::rdf, "type") && t.object.value() != ns::nnet + QLatin1String("Metric"))
                facts.info.metric = metricOf(localName(t.object.value()));
            else if (is(t.predicate, ns::nnet, "hasMetricValue")) {
                bool number = false;
                const double value = t.object.value().toDouble(&number);
                if (number)
                    facts.info.metricValue = knownMetricValue(value);
            }
        }
    }
    auto noteOf = [&](const QString &node, const char *predicate, QString *field) -> bool {
        if (node.isEmpty())
            return true;
        const auto parts = statementsOf(store, node, error);
        if (!parts)
            return false;
        for (const RdfTriple &t : *parts) {
            if (is(t.predicate, ns::nnet, predicate)) {
                facts.infoTriples << t;
                if (field->isEmpty())
                    *field = t.object.value();
            }
        }
        return true;
    };
    if (!noteOf(facts.inputIri, "hasInputInfo", &facts.info.inputInfo)
        || !noteOf(facts.outputIri, "hasOutputInfo", &facts.info.outputInfo))
        return std::nullopt;
    if (!facts.inputIri.isEmpty()) {
        const auto sensors = triplesWhere(
            store,
            QStringLiteral("?s ssn_extend:provideInput %1 . ?s ?p ?o").arg(RdfTerm::iri(facts.inputIri).toNTriples()),
            error);
        if (!sensors)
            return std::nullopt;
        facts.infoTriples << *sensors;
        for (const RdfTriple &t : *sensors) {
            if (is(t.predicate, ns::rdf, "type") && t.object.value().startsWith(ns::sosaExtend)) {
                const QString sensor = localName(t.object.value());
                if (!facts.info.sensors.contains(sensor))
                    facts.info.sensors << sensor;
            } else if (is(t.predicate, ns::sosaExtend, "hasSensorInfo") && facts.info.sensorInfo.isEmpty()) {
                facts.info.sensorInfo = t.object.value();
            }
        }
        const QStringList &order = sensorClasses();
        std::sort(facts.info.sensors.begin(), facts.info.sensors.end(), [&](const QString &a, const QString &b) {
            const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        });
    }
    return facts;
}

store::ChangeSet withoutOverlap(const store::ChangeSet &changes)
{
    QSet<QString> removed, added;
    for (const RdfTriple &t : changes.removals)
        removed.insert(t.toNTriples());
    for (const RdfTriple &t : changes.additions)
        added.insert(t.toNTriples());
    store::ChangeSet result;
    QSet<QString> seen;
    for (const RdfTriple &t : changes.removals) {
        const QString key = t.toNTriples();
        if (!added.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            result.removals << t;
        }
    }
    seen.clear();
    for (const RdfTriple &t : changes.additions) {
        const QString key = t.toNTriples();
        if (!removed.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            result.additions << t;
        }
    }
    return result;
}

store::ChangeSet modelInfoChange(const ModelFacts &facts, const ModelInfo &info)
{
    store::ChangeSet changes;
    changes.removals = facts.infoTriples;
    // A model described without an input or output node gets one, so that its sensors and notes
    // have a place.
    QString input = facts.inputIri, output = facts.outputIri;
    const RdfTerm network = RdfTerm::iri(facts.iri);
    if (input.isEmpty()) {
        input = ns::networks + QStringLiteral("input_") + facts.uuid;
        changes.additions << RdfTriple{network, iri(ns::ssn, QStringLiteral("hasInput")), RdfTerm::iri(input)}
                          << RdfTriple{RdfTerm::iri(input), rdfType(), iri(ns::nnet, QStringLiteral("NetworkInput"))};
    }
    if (output.isEmpty()) {
        output = ns::networks + QStringLiteral("output_") + facts.uuid;
        changes.additions << RdfTriple{network, iri(ns::ssn, QStringLiteral("hasOutput")), RdfTerm::iri(output)}
                          << RdfTriple{RdfTerm::iri(output), rdfType(), iri(ns::nnet, QStringLiteral("NetworkOutput"))};
    }
    changes.additions << describeModelInfo(info, facts.uuid, facts.iri, input, output);
    return withoutOverlap(changes);
}

QList<FieldChange> ModelFields::differences(const ModelInfo &before, const ModelInfo &after)
{
    auto category = [](const ModelInfo &i) { return i.category ? categoryLocalName(*i.category) : QString(); };
    auto metric = [](const ModelInfo &i) { return i.metric ? metricLocalName(*i.metric) : QString(); };
    const struct {
        QString field;
        QString before;
        QString after;
    } fields[] = {
        {tr("Name"), before.name, after.name},
        {tr("Description"), before.description, after.description},
        {tr("Sensors"), before.sensors.join(QStringLiteral(", ")), after.sensors.join(QStringLiteral(", "))},
        {tr("Sensor note"), before.sensorInfo, after.sensorInfo},
        {tr("Category"), category(before), category(after)},
        {tr("Metric"), metric(before), metric(after)},
        {tr("Metric value"), metricValueText(before.metricValue), metricValueText(after.metricValue)},
        {tr("Training data"), before.trainingDataset, after.trainingDataset},
        {tr("Creator"), before.creator, after.creator},
        {tr("Date"), before.dateCreated, after.dateCreated},
        {tr("Citation"), before.citation, after.citation},
        {tr("Code repository"), before.codeRepository, after.codeRepository},
        {tr("Input means"), before.inputInfo, after.inputInfo},
        {tr("Output means"), before.outputInfo, after.outputInfo},
        {tr("Runtime platform"), before.runtimePlatform, after.runtimePlatform},
    };
    QList<FieldChange> changes;
    for (const auto &f : fields) {
        if (f.before.trimmed() != f.after.trimmed())
            changes << FieldChange{f.field, f.before.trimmed(), f.after.trimmed()};
    }
    return changes;
}

QString ModelFields::describe(const FieldChange &change)
{
    return tr("%1: %2 → %3")
        .arg(change.field, change.before.isEmpty() ? tr("(none)") : change.before,
             change.after.isEmpty() ? tr("(none)") : change.after);
}

} // namespace tinyml::kg
