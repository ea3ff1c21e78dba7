// What the graph says a person said of a model (its ModelInfo: name, description, sensors,
// category, metric, ...), read back from the triples, with the triples that say it. Editing a model
// and importing a sheet or snapshot that describes it again replace exactly those triples; the
// analyser's facts (layers, MACs, needs, the file) are never touched by them.
#pragma once

#include "kg/ModelInfo.h"
#include "rdf/RdfTerm.h"
#include "store/TripleStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tinyml::kg {

struct ModelFacts {
    QString iri;
    QString uuid;   // schema:identifier; the IRI's last segment when the graph has none
    QString sha256; // of the model file, when the graph names one
    QString inputIri;
    QString outputIri;
    ModelInfo info;
    QList<rdf::RdfTriple> infoTriples; // the triples `info` was read from
};

// Reads the facts of the model `iri` (a nnet:NeuralNetwork). nullopt with *error for a failed
// query or an IRI that names no model.
std::optional<ModelFacts> readModelFacts(store::TripleStore &store, const QString &iri, QString *error);

// The change that makes the graph say `info` of the model `facts` describes: its info triples out,
// the new ones in, and nothing that is in both.
store::ChangeSet modelInfoChange(const ModelFacts &facts, const ModelInfo &info);

// One field of ModelInfo that differs, as a person reads it: "Sensors: (none) → Microphone".
struct FieldChange {
    QString field;
    QString before; // empty: not stated
    QString after;
};

struct ModelFields {
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::ModelFields)
public:
    // The fields that differ between `before` and `after`, in the form's order. The runtime
    // platform is compared too; a metric value is compared as the graph writes it.
    static QList<FieldChange> differences(const ModelInfo &before, const ModelInfo &after);
    // "Sensors: (none) → Microphone"
    static QString describe(const FieldChange &change);
};

// The removal set minus what the additions put back, and the additions minus what is there:
// a change set with no triple on both sides.
store::ChangeSet withoutOverlap(const store::ChangeSet &changes);

} // namespace tinyml::kg
