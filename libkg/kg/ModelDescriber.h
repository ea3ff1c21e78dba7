// A model in the paper's triple shape: the network node (schema:identifier = its UUID) with its
// layers, MACs, the RAM and Flash requirements as s3n procedure features, input and output, the
// sensors that provide the input, metric, category and the person-entered metadata; plus the
// link to the model file in the repository (by SHA-256).
#pragma once

#include "analysis/ModelAnalysis.h"
#include "kg/ModelInfo.h"
#include "rdf/RdfTerm.h"

#include <QList>
#include <QString>

namespace tinyml::kg {

struct ModelDescription {
    QString uuid;
    QString iri;
    QList<rdf::RdfTriple> triples;
};

// `fileUrl` is where the model file is kept (its copy in the model repository).
ModelDescription describeModel(const ModelAnalysis &analysis, const ModelInfo &info, const QString &uuid,
                               const QString &fileUrl);

// What a person says of a model (`info`) as triples on the model's network, input and output
// nodes, with sensor and metric nodes minted from `uuid` as describeModel() mints them: what an
// edit of the model writes in place of the graph's.
QList<rdf::RdfTriple> describeModelInfo(const ModelInfo &info, const QString &uuid, const QString &networkIri,
                                        const QString &inputIri, const QString &outputIri);

// kB as the paper counts them: 1 kB = 1000 bytes.
double kilobytes(quint64 bytes);

} // namespace tinyml::kg
