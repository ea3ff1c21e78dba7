#include "Catalogue.h"

#include "kg/ModelDescriber.h"
#include "kg/ModelInfo.h"
#include "kg/Vocabulary.h"

#include <QHash>

#include <algorithm>

namespace tinyml::kg {
namespace {

const QString &kPrefixes = rdf::sparqlPrefixes();

// Patterns are ordered most selective first and each joins the one before it: Rasqal runs them
// in the order written. Memory counts only in kB, as in the paper's queries.
const QString kModels = kPrefixes
    + QStringLiteral("SELECT ?nn ?uuid ?macs ?ram ?flash WHERE {\n"
                     "  ?nn a nnet:NeuralNetwork ; schema:identifier ?uuid ; nnet:hasMultiplyAccumulateOps ?macs ;\n"
                     "      s3n:hasProcedureFeature ?f1 ; s3n:hasProcedureFeature ?f2 .\n"
                     "  ?f1 ssn-system:inCondition ?c1 . ?c1 a s3n_extend:RAM ; schema:minValue ?ram ; schema:unitCode "
                     "om:kilobyte .\n"
                     "  ?f2 ssn-system:inCondition ?c2 . ?c2 a s3n_extend:Flash ; schema:minValue ?flash ; "
                     "schema:unitCode om:kilobyte .\n"
                     "}");
const QString kModelTexts = kPrefixes
    + QStringLiteral("SELECT ?nn ?p ?o WHERE {\n"
                     "  ?nn a nnet:NeuralNetwork ; ?p ?o .\n"
                     "  FILTER(?p = schema:name || ?p = schema:description || ?p = nnet:hasCategory || ?p = "
                     "nnet:trainingDataset || ?p = schema:sha256)\n"
                     "}");
// The kind of metric and its value apart: a metric whose value is not known has none. (Rasqal
// joins an OPTIONAL value wrongly here, pairing every metric with every value.)
const QString kModelMetrics = kPrefixes
    + QStringLiteral("SELECT ?nn ?type ?m WHERE {\n"
                     "  ?nn a nnet:NeuralNetwork ; nnet:hasMetric ?m . ?m a ?type .\n"
                     "  FILTER(?type != nnet:Metric)\n"
                     "}");
const QString kModelMetricValues = kPrefixes
    + QStringLiteral("SELECT ?nn ?value ?m WHERE {\n"
                     "  ?nn a nnet:NeuralNetwork ; nnet:hasMetric ?m . ?m nnet:hasMetricValue ?value .\n"
                     "}");
const QString kModelSensors =
    kPrefixes
    + QStringLiteral(
        "SELECT ?nn ?type WHERE {\n"
        "  ?nn a nnet:NeuralNetwork ; ssn:hasInput ?input . ?sensor ssn_extend:provideInput ?input ; a ?type .\n"
        "  FILTER(STRSTARTS(STR(?type), \"http://tinyml-schema.org/sosa_extend/\"))\n"
        "}");
const QString kBoards = kPrefixes
    + QStringLiteral("SELECT ?board ?ram ?flash WHERE {\n"
                     "  ?board a s3n:SmartSensor ; ssn:hasSubSystem ?mcu .\n"
                     "  ?mcu a s3n:MicroController ; s3n:hasSystemCapability ?cap .\n"
                     "  ?cap ssn-system:hasSystemProperty ?p1 ; ssn-system:hasSystemProperty ?p2 .\n"
                     "  ?p1 a s3n_extend:RAM ; schema:value ?ram ; schema:unitCode om:kilobyte .\n"
                     "  ?p2 a s3n_extend:Flash ; schema:value ?flash ; schema:unitCode om:kilobyte .\n"
                     "}");
const QString kModelRuntimes = kPrefixes
    + QStringLiteral("SELECT ?nn ?runtime ?runnable ?arena ?flash ?unsupported WHERE {\n"
                     "  ?nn a nnet:NeuralNetwork ; tinyml:hasRuntimeNeeds ?needs .\n"
                     "  ?needs tinyml:onRuntime ?runtime .\n"
                     "  OPTIONAL { ?needs tinyml:runnable ?runnable }\n"
                     "  OPTIONAL { ?needs tinyml:arenaBytes ?arena }\n"
                     "  OPTIONAL { ?needs tinyml:flashBytes ?flash }\n"
                     "  OPTIONAL { ?needs tinyml:unsupportedOperator ?unsupported }\n"
                     "}");
const QString kBoardTexts = kPrefixes
    + QStringLiteral("SELECT ?board ?p ?o WHERE {\n"
                     "  ?board a s3n:SmartSensor ; ?p ?o .\n"
                     "  FILTER(?p = td:title || ?p = td:description || ?p = schema:name || ?p = schema:manufacturer\n"
                     "         || ?p = tinyml:bleAddress || ?p = tinyml:bleName || ?p = tinyml:runsRuntime)\n"
                     "}");
const QString kBoardMcus = kPrefixes
    + QStringLiteral("SELECT ?board ?label WHERE {\n"
                     "  ?board a s3n:SmartSensor ; ssn:hasSubSystem ?mcu . ?mcu a s3n:MicroController .\n"
                     "  { ?mcu rdfs:label ?label } UNION { ?mcu schema:model ?label }\n"
                     "}");
const QString kBoardMakers = kPrefixes
    + QStringLiteral("SELECT ?board ?name WHERE { ?board a s3n:SmartSensor ; schema:manufacturer ?maker . ?maker "
                     "schema:name ?name }");
const QString kBoardSensors = kPrefixes
    + QStringLiteral("SELECT ?board ?type WHERE {\n"
                     "  ?board a s3n:SmartSensor ; ssn:hasSubSystem ?s . ?s a ?type .\n"
                     "  FILTER(STRSTARTS(STR(?type), \"http://tinyml-schema.org/sosa_extend/\"))\n"
                     "}");

QString localName(const QString &iri)
{
    const qsizetype cut = std::max(iri.lastIndexOf(QLatin1Char('#')), iri.lastIndexOf(QLatin1Char('/')));
    return iri.mid(cut + 1);
}

// Runs a SELECT and hands each row to `use`; false on a query error.
template<typename Use>
bool forEachRow(store::TripleStore &store, const QString &query, QString *error, Use use)
{
    const auto result = store.query(query, error);
    if (!result)
        return false;
    for (const auto &row : result->rows)
        use(row);
    return true;
}

} // namespace

const RuntimeFigures *ModelEntry::figuresOn(const QString &runtime) const
{
    for (const RuntimeFigures &f : runtimes) {
        if (f.runtime == runtime)
            return &f;
    }
    return nullptr;
}

Board boardOf(const BoardEntry &entry)
{
    Board board;
    board.iri = entry.iri;
    board.name = entry.name;
    board.description = entry.description;
    board.manufacturer = entry.manufacturer;
    board.mcu = entry.mcu;
    board.ramKb = entry.ramKb;
    board.flashKb = entry.flashKb;
    board.sensors = entry.sensors;
    board.bleAddress = entry.bleAddress;
    board.bleName = entry.bleName;
    board.runtime = entry.runtime;
    return board;
}

std::optional<Catalogue> loadCatalogue(store::TripleStore &store, QString *error)
{
    Catalogue catalogue;
    QHash<QString, qsizetype> modelIndex;
    bool ok = forEachRow(store, kModels, error, [&](const QList<RdfTerm> &row) {
        if (modelIndex.contains(row[0].value()))
            return; // a model with two requirement pairs: keep the first
        ModelEntry m;
        m.iri = row[0].value();
        m.uuid = row[1].value();
        m.macs = qint64(row[2].value().toDouble());
        m.ramKb = row[3].value().toDouble();
        m.flashKb = row[4].value().toDouble();
        modelIndex.insert(m.iri, catalogue.models.size());
        catalogue.models << m;
    });
    ok = ok && forEachRow(store, kModelTexts, error, [&](const QList<RdfTerm> &row) {
             const auto it = modelIndex.constFind(row[0].value());
             if (it == modelIndex.cend())
                 return;
             ModelEntry &m = catalogue.models[*it];
             const QString p = localName(row[1].value());
             if (p == QLatin1String("name"))
                 m.name = row[2].value();
             else if (p == QLatin1String("description"))
                 m.description = row[2].value();
             else if (p == QLatin1String("hasCategory"))
                 m.category = localName(row[2].value());
             else if (p == QLatin1String("trainingDataset"))
                 m.dataset = row[2].value();
             else if (p == QLatin1String("sha256"))
                 m.sha256 = row[2].value();
         });
    // A model shows one metric: its kind and value come from the same metric node, the first
    // one read, even where a graph gives a model several.
    QHash<int, QString> metricNode;
    ok = ok && forEachRow(store, kModelMetrics, error, [&](const QList<RdfTerm> &row) {
             const auto it = modelIndex.constFind(row[0].value());
             if (it == modelIndex.cend() || (metricNode.contains(*it) && metricNode[*it] != row[2].toNTriples()))
                 return;
             metricNode[*it] = row[2].toNTriples();
             catalogue.models[*it].metric = localName(row[1].value());
         });
    ok = ok && forEachRow(store, kModelMetricValues, error, [&](const QList<RdfTerm> &row) {
             const auto it = modelIndex.constFind(row[0].value());
             bool number = false;
             const double value = row[1].value().toDouble(&number);
             if (it == modelIndex.cend() || !number || metricNode.value(*it) != row[2].toNTriples())
                 return;
             catalogue.models[*it].metricValue = knownMetricValue(value); // the paper's 0 for "no figure" is unknown
         });
    ok = ok && forEachRow(store, kModelSensors, error, [&](const QList<RdfTerm> &row) {
             const auto it = modelIndex.constFind(row[0].value());
             const QString sensor = localName(row[1].value());
             if (it != modelIndex.cend() && !catalogue.models[*it].sensors.contains(sensor))
                 catalogue.models[*it].sensors << sensor;
         });
    ok = ok && forEachRow(store, kModelRuntimes, error, [&](const QList<RdfTerm> &row) {
             const auto it = modelIndex.constFind(row[0].value());
             if (it == modelIndex.cend())
                 return;
             ModelEntry &m = catalogue.models[*it];
             const QString runtime = localName(row[1].value());
             auto found = std::find_if(m.runtimes.begin(), m.runtimes.end(),
                                       [&](const RuntimeFigures &f) { return f.runtime == runtime; });
             if (found == m.runtimes.end())
                 found = m.runtimes.insert(m.runtimes.end(), RuntimeFigures{runtime, true, {}, {}, {}});
             RuntimeFigures *f = &*found;
             f->runnable = row[2].isNone() || row[2].value() != QLatin1String("false");
             if (!row[3].isNone())
                 f->ramKb = kilobytes(quint64(row[3].value().toLongLong()));
             if (!row[4].isNone())
                 f->flashKb = kilobytes(quint64(row[4].value().toLongLong()));
             if (!row[5].isNone() && !f->unsupportedOperators.contains(row[5].value()))
                 f->unsupportedOperators << row[5].value();
         });

    QHash<QString, qsizetype> boardIndex;
    ok = ok && forEachRow(store, kBoards, error, [&](const QList<RdfTerm> &row) {
             if (boardIndex.contains(row[0].value()))
                 return;
             BoardEntry b;
             b.iri = row[0].value();
             b.name = localName(b.iri);
             b.ramKb = row[1].value().toDouble();
             b.flashKb = row[2].value().toDouble();
             boardIndex.insert(b.iri, catalogue.boards.size());
             catalogue.boards << b;
         });
    ok = ok && forEachRow(store, kBoardTexts, error, [&](const QList<RdfTerm> &row) {
             const auto it = boardIndex.constFind(row[0].value());
             if (it == boardIndex.cend())
                 return;
             BoardEntry &b = catalogue.boards[*it];
             const QString p = localName(row[1].value());
             // A title or name wins over the description as the board's name, and one without a
             // language tag over translations.
             if (p == QLatin1String("title") || p == QLatin1String("name")) {
                 if (row[2].language().isEmpty() || b.name == localName(b.iri) || b.name == b.description)
                     b.name = row[2].value();
             } else if (p == QLatin1String("description")) {
                 b.description = row[2].value();
                 if (b.name == localName(b.iri))
                     b.name = b.description;
             } else if (p == QLatin1String("manufacturer") && row[2].isLiteral())
                 b.manufacturer = row[2].value();
             else if (p == QLatin1String("bleAddress"))
                 b.bleAddress = row[2].value();
             else if (p == QLatin1String("bleName"))
                 b.bleName = row[2].value();
             else if (p == QLatin1String("runsRuntime"))
                 b.runtime = localName(row[2].value());
         });
    ok = ok && forEachRow(store, kBoardMakers, error, [&](const QList<RdfTerm> &row) {
             const auto it = boardIndex.constFind(row[0].value());
             if (it != boardIndex.cend() && catalogue.boards[*it].manufacturer.isEmpty())
                 catalogue.boards[*it].manufacturer = row[1].value();
         });
    ok = ok && forEachRow(store, kBoardMcus, error, [&](const QList<RdfTerm> &row) {
             const auto it = boardIndex.constFind(row[0].value());
             if (it != boardIndex.cend())
                 catalogue.boards[*it].mcu = row[1].value();
         });
    ok = ok && forEachRow(store, kBoardSensors, error, [&](const QList<RdfTerm> &row) {
             const auto it = boardIndex.constFind(row[0].value());
             const QString sensor = localName(row[1].value());
             if (it != boardIndex.cend() && !catalogue.boards[*it].sensors.contains(sensor))
                 catalogue.boards[*it].sensors << sensor;
         });
    if (!ok)
        return std::nullopt;
    // Sensors in the ontology's order (the sheet's codes first), whatever order the store
    // returned them in, so that two reads of one graph give equal rows.
    auto sensorOrder = [](QStringList &sensors) {
        const QStringList &known = sensorClasses();
        std::sort(sensors.begin(), sensors.end(), [&](const QString &a, const QString &b) {
            const auto ia = known.indexOf(a), ib = known.indexOf(b);
            if (ia != ib)
                return (ia < 0 ? known.size() : ia) < (ib < 0 ? known.size() : ib);
            return a < b;
        });
    };
    for (ModelEntry &m : catalogue.models)
        sensorOrder(m.sensors);
    for (BoardEntry &b : catalogue.boards)
        sensorOrder(b.sensors);
    auto byName = [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; };
    std::stable_sort(catalogue.models.begin(), catalogue.models.end(), byName);
    std::stable_sort(catalogue.boards.begin(), catalogue.boards.end(), byName);
    return catalogue;
}

} // namespace tinyml::kg
