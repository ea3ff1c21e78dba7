#include "ModelDescriber.h"

#include "analysis/ModelAnalysisReport.h"
#include "kg/Vocabulary.h"
#include "tflite/BuiltinOperator.h"

namespace tinyml::kg {
namespace {

using rdf::RdfTriple;

class Builder
{
public:
    explicit Builder(const QString &uuid) : m_uuid(uuid) { }

    // <http://tinyml-schema.org/neuralnetwork/{part}_{uuid}>, or the network itself for "".
    RdfTerm node(const QString &part) const
    {
        return RdfTerm::iri(ns::networks + (part.isEmpty() ? m_uuid : part + QLatin1Char('_') + m_uuid));
    }
    void add(const RdfTerm &s, const QString &ns, const char *local, const RdfTerm &o)
    {
        if (!o.isNone() && !(o.isLiteral() && o.value().isEmpty()))
            m_triples << RdfTriple{s, iri(ns, QLatin1String(local)), o};
    }
    void type(const RdfTerm &s, const QString &ns, const QString &local)
    {
        m_triples << RdfTriple{s, rdfType(), iri(ns, local)};
    }
    QList<RdfTriple> take() { return std::move(m_triples); }

private:
    QString m_uuid;
    QList<RdfTriple> m_triples;
};

RdfTerm text(const QString &value)
{
    return value.isEmpty() ? RdfTerm() : RdfTerm::literal(value);
}

// The paper links citations, repositories and data sets: an IRI when the text is one, else the
// text itself.
RdfTerm link(const QString &value)
{
    const QString iri = rdf::iriFromText(value);
    return iri.isEmpty() ? text(value.trimmed()) : RdfTerm::iri(iri);
}

void describeLayers(Builder &b, const RdfTerm &network, const ModelAnalysis &analysis)
{
    for (const tflite::Layer &layer : analysis.layers.layers) {
        RdfTerm node;
        const char *property = "middleLayer";
        switch (layer.role) {
        case tflite::LayerRole::Input:
            node = b.node(QStringLiteral("inputLayer"));
            property = "inputLayer";
            break;
        case tflite::LayerRole::Output:
            node = b.node(QStringLiteral("outputLayer"));
            property = "outputLayer";
            break;
        case tflite::LayerRole::Middle: node = b.node(QStringLiteral("middleLayer_%1").arg(layer.roleIndex)); break;
        }
        b.add(network, ns::nnet, property, node);
        b.type(node, ns::nnet, QStringLiteral("Layer"));
        b.add(node, ns::nnet, "hasIndex", RdfTerm::integer(layer.roleIndex));
        const bool custom = analysis.mainSubgraph().operators[layer.operatorIndex].builtinCode == tflite::op::Custom;
        b.add(
            node, ns::nnet, "hasType",
            iri(ns::nnet, custom ? QStringLiteral("Custom") : layerTypeLocalName(QString::fromStdString(layer.type))));
        if (custom)
            b.add(node, ns::rdfs, "label", RdfTerm::literal(QString::fromStdString(layer.type)));
        b.add(node, ns::nnet, "hasQuantization",
              iri(ns::nnet, enumLocalName(QLatin1String(tflite::tensorTypeName(layer.dataType)))));
        if (layer.activation && *layer.activation != tflite::Activation::None)
            b.add(node, ns::nnet, "hasActivation",
                  iri(ns::nnet, enumLocalName(QLatin1String(tflite::activationName(*layer.activation)))));
        b.add(node, ns::nnet, "layerMultiplyAccumulateOps", RdfTerm::integer(qint64(layer.macs.paper)));
        if (layer.role == tflite::LayerRole::Input)
            b.add(node, ns::nnet, "shapeIn", RdfTerm::literal(shapeText(analysis.layers.inputShape)));
        if (layer.role == tflite::LayerRole::Output || analysis.layers.layers.size() == 1)
            b.add(node, ns::nnet, "shapeOut", RdfTerm::literal(shapeText(analysis.layers.outputShape)));
    }
}

void describeRequirement(Builder &b, const RdfTerm &network, int index, const char *memoryClass, const char *label,
                         quint64 bytes)
{
    const RdfTerm feature = b.node(QStringLiteral("procedureFeature_%1").arg(index));
    const RdfTerm condition = b.node(QStringLiteral("condition_%1").arg(index));
    b.add(network, ns::s3n, "hasProcedureFeature", feature);
    b.type(feature, ns::s3n, QStringLiteral("ProcedureFeature"));
    b.add(feature, ns::rdfs, "label", RdfTerm::literal(QStringLiteral("procedureFeature_%1").arg(index)));
    b.add(feature, ns::ssnSystem, "inCondition", condition);
    b.type(condition, ns::s3nExtend, QLatin1String(memoryClass));
    b.type(condition, ns::s3n, QStringLiteral("Memory"));
    b.add(condition, ns::rdfs, "label", RdfTerm::literal(QLatin1String(label)));
    b.add(condition, ns::schema, "minValue", RdfTerm::decimal(kilobytes(bytes)));
    b.add(condition, ns::schema, "unitCode", iri(ns::om, QStringLiteral("kilobyte")));
    b.add(condition, ns::nnet, "hasBytes", RdfTerm::integer(qint64(bytes)));
}

// The needs on every runtime (the paper's s3n shape above carries the paper runtime's alone).
// Figures a runtime cannot give are left out rather than written as numbers.
void describeRuntimeNeeds(Builder &b, const RdfTerm &network, const ModelAnalysis &analysis)
{
    for (const RuntimeNeeds &needs : analysis.needs) {
        const QString runtime = QString::fromStdString(needs.runtime->name);
        const RdfTerm node = b.node(QStringLiteral("runtimeNeeds_") + runtime);
        b.add(network, ns::tinyml, "hasRuntimeNeeds", node);
        b.type(node, ns::tinyml, QStringLiteral("RuntimeNeeds"));
        b.add(node, ns::tinyml, "onRuntime", iri(ns::tinyml, runtime));
        b.add(node, ns::tinyml, "runnable",
              RdfTerm::literal(needs.arena.runnable ? QStringLiteral("true") : QStringLiteral("false"),
                               rdf::xsd::boolean));
        for (const std::string &op : needs.arena.unsupportedOperators)
            b.add(node, ns::tinyml, "unsupportedOperator", RdfTerm::literal(QString::fromStdString(op)));
        if (!needs.arena.runnable)
            continue;
        b.add(node, ns::tinyml, "arenaBytes", RdfTerm::integer(qint64(needs.arena.arenaBytes)));
        if (needs.flash.complete)
            b.add(node, ns::tinyml, "flashBytes", RdfTerm::integer(qint64(needs.flash.flashBytes)));
    }
}

// What a person says of the model (ModelInfo): an edit replaces exactly these triples.
void describeInfo(Builder &b, const RdfTerm &network, const RdfTerm &input, const RdfTerm &output,
                  const ModelInfo &info)
{
    b.add(network, ns::schema, "name", text(info.name));
    b.add(network, ns::schema, "description", text(info.description));
    b.add(network, ns::schema, "creator", text(info.creator));
    b.add(network, ns::schema, "dateCreated", text(info.dateCreated));
    b.add(network, ns::schema, "citation", link(info.citation));
    b.add(network, ns::schema, "codeRepository", link(info.codeRepository));
    b.add(network, ns::schema, "runtimePlatform", text(info.runtimePlatform));
    b.add(network, ns::nnet, "trainingDataset", link(info.trainingDataset));
    if (info.category)
        b.add(network, ns::nnet, "hasCategory", iri(ns::nnet, categoryLocalName(*info.category)));
    b.add(input, ns::nnet, "hasInputInfo", text(info.inputInfo));
    b.add(output, ns::nnet, "hasOutputInfo", text(info.outputInfo));
    for (int i = 0; i < info.sensors.size(); ++i) {
        const RdfTerm sensor = b.node(QStringLiteral("sensor_%1").arg(i + 1));
        b.type(sensor, ns::sosaExtend, info.sensors[i]);
        b.type(sensor, ns::schema, QStringLiteral("Sensor"));
        b.add(sensor, ns::sosaExtend, "hasSensorInfo", text(info.sensorInfo));
        b.add(sensor, ns::ssnExtend, "provideInput", input);
    }
    if (info.metric) {
        const RdfTerm metric = b.node(QStringLiteral("metric_1"));
        b.add(network, ns::nnet, "hasMetric", metric);
        b.type(metric, ns::nnet, QStringLiteral("Metric"));
        b.type(metric, ns::nnet, metricLocalName(*info.metric));
        // An unknown value is left out, never written as 0: the kind of metric is still said.
        if (info.metricValue)
            b.add(metric, ns::nnet, "hasMetricValue", RdfTerm::decimal(*info.metricValue));
    }
}

} // namespace

double kilobytes(quint64 bytes)
{
    return double(bytes) / 1000.0;
}

ModelDescription describeModel(const ModelAnalysis &analysis, const ModelInfo &info, const QString &uuid,
                               const QString &fileUrl)
{
    Builder b(uuid);
    const RdfTerm network = b.node(QString());
    b.type(network, ns::nnet, QStringLiteral("NeuralNetwork"));
    b.add(network, ns::schema, "identifier", RdfTerm::literal(uuid));
    b.add(network, ns::nnet, "hasMultiplyAccumulateOps", RdfTerm::integer(qint64(analysis.macs.paperTotal)));
    b.add(network, ns::nnet, "hasMultiplyAccumulateOpsAll", RdfTerm::integer(qint64(analysis.macs.completeTotal)));
    // The file itself, so that deployment can find it and a second import can recognise it.
    b.add(network, ns::schema, "sha256", RdfTerm::literal(analysis.sha256));
    b.add(network, ns::schema, "contentSize", RdfTerm::integer(analysis.bytes));
    b.add(network, ns::schema, "contentUrl", fileUrl.isEmpty() ? RdfTerm() : RdfTerm::iri(fileUrl));

    describeLayers(b, network, analysis);
    describeRequirement(b, network, 1, "Flash", "Flash requirement.", quint64(analysis.bytes));
    describeRequirement(b, network, 2, "RAM", "RAM requirement.", analysis.arena().arenaBytes);
    describeRuntimeNeeds(b, network, analysis);

    const RdfTerm input = b.node(QStringLiteral("input"));
    const RdfTerm output = b.node(QStringLiteral("output"));
    b.add(network, ns::ssn, "hasInput", input);
    b.add(network, ns::ssn, "hasOutput", output);
    b.type(input, ns::nnet, QStringLiteral("NetworkInput"));
    b.type(output, ns::nnet, QStringLiteral("NetworkOutput"));
    describeInfo(b, network, input, output, info);
    return {uuid, network.value(), b.take()};
}

QList<rdf::RdfTriple> describeModelInfo(const ModelInfo &info, const QString &uuid, const QString &networkIri,
                                        const QString &inputIri, const QString &outputIri)
{
    Builder b(uuid);
    describeInfo(b, RdfTerm::iri(networkIri), RdfTerm::iri(inputIri), RdfTerm::iri(outputIri), info);
    return b.take();
}

} // namespace tinyml::kg
