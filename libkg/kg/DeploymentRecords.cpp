#include "kg/DeploymentRecords.h"

#include "kg/Vocabulary.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace tinyml::kg {

namespace {

using rdf::RdfTriple;

RdfTerm dateTime(const QDateTime &time)
{
    return RdfTerm::literal(time.toUTC().toString(Qt::ISODateWithMs), ns::xsd + QStringLiteral("dateTime"));
}

const QString kSelect = QStringLiteral(
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX schema: <https://schema.org/>\n"
    "PREFIX tinyml: <http://tinyml-schema.org/manager#>\n"
    "SELECT ?d ?board ?address ?boardName ?model ?modelName ?sha ?start ?end ?outcome ?error ?attempts ?arena ?invoke\n"
    "       ?despite\n"
    "WHERE {\n"
    "  ?d a tinyml:Deployment ; prov:startedAtTime ?start ; tinyml:outcome ?outcome .\n"
    "  OPTIONAL { ?d tinyml:deployedTo ?board }\n"
    "  OPTIONAL { ?d tinyml:bleAddress ?address }\n"
    "  OPTIONAL { ?d tinyml:boardName ?boardName }\n"
    "  OPTIONAL { ?d prov:used ?model }\n"
    "  OPTIONAL { ?d tinyml:modelName ?modelName }\n"
    "  OPTIONAL { ?d schema:sha256 ?sha }\n"
    "  OPTIONAL { ?d prov:endedAtTime ?end }\n"
    "  OPTIONAL { ?d tinyml:errorMessage ?error }\n"
    "  OPTIONAL { ?d tinyml:attempts ?attempts }\n"
    "  OPTIONAL { ?d tinyml:arenaUsedBytes ?arena }\n"
    "  OPTIONAL { ?d tinyml:invokeMicroseconds ?invoke }\n"
    "  OPTIONAL { ?d tinyml:deployedDespite ?despite }\n"
    "  %1\n"
    "}");

using Outcome = DeploymentRecord::Outcome;

// The outcomes' local names in the tinyml: namespace.
const struct {
    Outcome outcome;
    const char *name;
} kOutcomeNames[] = {
    {Outcome::Running, "Running"},
    {Outcome::LoadFailed, "LoadFailed"},
    {Outcome::DeliveredUnconfirmed, "DeliveredUnconfirmed"},
    {Outcome::Failed, "Failed"},
    {Outcome::Cancelled, "Cancelled"},
};

Outcome outcomeOf(const QString &iri)
{
    for (const auto &o : kOutcomeNames) {
        if (iri == ns::tinyml + QLatin1String(o.name))
            return o.outcome;
    }
    // tinyml:Succeeded, from before boards reported a model status: the file arrived, no more.
    return iri == ns::tinyml + QLatin1String("Succeeded") ? Outcome::DeliveredUnconfirmed : Outcome::Failed;
}

QString outcomeIri(Outcome outcome)
{
    for (const auto &o : kOutcomeNames) {
        if (o.outcome == outcome)
            return ns::tinyml + QLatin1String(o.name);
    }
    return ns::tinyml + QLatin1String("Failed");
}

qint64 numberOr(const RdfTerm &term, qint64 fallback)
{
    bool ok = false;
    const qint64 value = term.value().toLongLong(&ok);
    return ok ? value : fallback;
}

std::optional<QList<DeploymentRecord>> select(store::TripleStore &store, const QString &filter, QString *error)
{
    const auto result = store.query(kSelect.arg(filter), error);
    if (!result)
        return std::nullopt;
    QList<DeploymentRecord> records;
    QSet<QString> seen; // a record with two values for an optional field: keep one row
    for (const QList<RdfTerm> &row : result->rows) {
        if (seen.contains(row[0].value()))
            continue;
        seen.insert(row[0].value());
        DeploymentRecord r;
        r.iri = row[0].value();
        r.boardIri = row[1].value();
        r.bleAddress = row[2].value();
        r.boardName = row[3].value();
        r.modelIri = row[4].value();
        r.modelName = row[5].value();
        r.modelSha256 = row[6].value();
        r.started = QDateTime::fromString(row[7].value(), Qt::ISODateWithMs);
        r.ended = QDateTime::fromString(row[8].value(), Qt::ISODateWithMs);
        r.outcome = outcomeOf(row[9].value());
        r.error = row[10].value();
        r.attempts = row[11].value().toInt();
        r.arenaUsedBytes = numberOr(row[12], -1);
        r.invokeUs = numberOr(row[13], -1);
        r.acceptedMisfit = row[14].value();
        records << r;
    }
    std::sort(records.begin(), records.end(),
              [](const DeploymentRecord &a, const DeploymentRecord &b) { return a.started > b.started; });
    return records;
}

QString quoted(const QString &text)
{
    return RdfTerm::literal(text).toNTriples();
}

} // namespace

store::ChangeSet deploymentRecordChange(const QList<DeploymentRecord> &records)
{
    store::ChangeSet change;
    for (const DeploymentRecord &record : records) {
        const RdfTerm d = RdfTerm::iri(record.iri.isEmpty() ? QStringLiteral("urn:uuid:")
                                               + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                            : record.iri);
        auto add = [&](const QString &ns, const char *local, const RdfTerm &object) {
            change.additions << RdfTriple{d, iri(ns, QString::fromLatin1(local)), object};
        };
        auto text = [&](const QString &ns, const char *local, const QString &value) {
            if (!value.isEmpty())
                add(ns, local, RdfTerm::literal(value));
        };
        change.additions << RdfTriple{d, rdfType(), iri(ns::prov, QStringLiteral("Activity"))};
        change.additions << RdfTriple{d, rdfType(), iri(ns::tinyml, QStringLiteral("Deployment"))};
        if (!record.modelIri.isEmpty())
            add(ns::prov, "used", RdfTerm::iri(record.modelIri));
        if (!record.boardIri.isEmpty())
            add(ns::tinyml, "deployedTo", RdfTerm::iri(record.boardIri));
        text(ns::tinyml, "bleAddress", record.bleAddress.toUpper());
        text(ns::tinyml, "boardName", record.boardName);
        text(ns::tinyml, "modelName", record.modelName);
        text(ns::schema, "sha256", record.modelSha256);
        add(ns::prov, "startedAtTime", dateTime(record.started));
        if (record.ended.isValid())
            add(ns::prov, "endedAtTime", dateTime(record.ended));
        add(ns::tinyml, "outcome", RdfTerm::iri(outcomeIri(record.outcome)));
        text(ns::tinyml, "errorMessage", record.error);
        add(ns::tinyml, "attempts", RdfTerm::integer(record.attempts));
        if (record.arenaUsedBytes >= 0)
            add(ns::tinyml, "arenaUsedBytes", RdfTerm::integer(record.arenaUsedBytes));
        if (record.invokeUs >= 0)
            add(ns::tinyml, "invokeMicroseconds", RdfTerm::integer(record.invokeUs));
        text(ns::tinyml, "deployedDespite", record.acceptedMisfit);
    }
    return change;
}

std::optional<QList<DeploymentRecord>> deploymentHistory(store::TripleStore &store, const QString &boardIri,
                                                         const QString &bleAddress, QString *error)
{
    QStringList alternatives;
    if (!boardIri.isEmpty()) {
        const RdfTerm board = RdfTerm::iri(boardIri);
        if (!board.problem().isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(boardIri, board.problem());
            return std::nullopt;
        }
        alternatives << QStringLiteral("(BOUND(?board) && ?board = %1)").arg(board.toNTriples());
    }
    if (!bleAddress.isEmpty())
        alternatives << QStringLiteral("(BOUND(?address) && ?address = %1)").arg(quoted(bleAddress.toUpper()));
    if (alternatives.isEmpty())
        return QList<DeploymentRecord>();
    return select(store, QStringLiteral("FILTER(%1)").arg(alternatives.join(QStringLiteral(" || "))), error);
}

std::optional<QList<DeploymentRecord>> currentDeployments(store::TripleStore &store, QString *error)
{
    // A failed load leaves none running. A failed transfer is not counted either way: the record
    // does not say whether it got as far as the board's dropping its old model (our firmware
    // erases the slot at the start), so the newest delivery stands.
    auto records = select(store,
                          QStringLiteral("FILTER(?outcome IN (tinyml:Running, tinyml:DeliveredUnconfirmed, "
                                         "tinyml:Succeeded, tinyml:LoadFailed))"),
                          error);
    if (!records)
        return std::nullopt;
    // The newest to end wins, per device (a board of the graph may be re-linked to another).
    std::stable_sort(records->begin(), records->end(),
                     [](const DeploymentRecord &a, const DeploymentRecord &b) { return a.ended > b.ended; });
    QList<DeploymentRecord> current;
    QSet<QString> devices;
    for (const DeploymentRecord &r : std::as_const(*records)) {
        const QString key = r.bleAddress.isEmpty() ? r.boardIri : r.bleAddress;
        if (devices.contains(key))
            continue;
        devices.insert(key);
        if (r.delivered())
            current << r;
    }
    return current;
}

} // namespace tinyml::kg
