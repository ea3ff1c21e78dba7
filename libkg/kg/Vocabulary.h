// IRIs of the TinyML knowledge graph. They are the paper's, so that its published graph loads
// into ours and its queries run on ours unchanged.
#pragma once

#include "rdf/Prefixes.h"
#include "rdf/RdfTerm.h"

#include <QString>

namespace tinyml::kg {

using rdf::RdfTerm;

namespace ns {
using namespace rdf::ns;
// Where the paper mints the IRIs of networks and their parts, and where boards live.
inline const QString networks = QStringLiteral("http://tinyml-schema.org/neuralnetwork/");
inline const QString boards = QStringLiteral("http://tinyml-schema.org/tinyml-demo/");
} // namespace ns

inline RdfTerm iri(const QString &ns, const QString &local)
{
    return RdfTerm::iri(ns + local);
}
inline RdfTerm rdfType()
{
    return iri(ns::rdf, QStringLiteral("type"));
}

// The ontology's local names, by the paper's rules so that its data and ours meet:
// layer types are CamelCase words with a "d" after a digit upper-cased (CONV_2D -> Conv2D,
// RFFT2D -> Rfft2D), except AVERAGE_POOL_2D -> AvgPool2D and SPLIT -> Split_;
QString layerTypeLocalName(const QString &operatorName);
// tensor types and activations keep their words, capitalised once (INT8 -> Int8,
// RELU_N1_TO_1 -> Relu_n1_to_1).
QString enumLocalName(const QString &tfliteName);

} // namespace tinyml::kg
