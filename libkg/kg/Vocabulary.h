// IRIs of the TinyML knowledge graph. They are the paper's, so that its published graph loads
// into ours and its queries run on ours unchanged.
#pragma once

#include "rdf/RdfTerm.h"

#include <QString>

namespace tinyml::kg {

using rdf::RdfTerm;

namespace ns {
inline const QString nnet = QStringLiteral("http://tinyml-schema.org/networkschema#");
inline const QString s3nExtend = QStringLiteral("http://tinyml-schema.org/s3n_extend/");
inline const QString sosaExtend = QStringLiteral("http://tinyml-schema.org/sosa_extend/");
inline const QString ssnExtend = QStringLiteral("http://tinyml-schema.org/ssn_extend/");
inline const QString s3n = QStringLiteral("http://w3id.org/s3n/");
inline const QString ssn = QStringLiteral("http://www.w3.org/ns/ssn/");
inline const QString ssnSystem = QStringLiteral("http://www.w3.org/ns/ssn/systems/");
inline const QString schema = QStringLiteral("https://schema.org/");
inline const QString om = QStringLiteral("http://www.ontology-of-units-of-measure.org/resource/om-2/");
inline const QString td = QStringLiteral("https://www.w3.org/2019/wot/td#");
inline const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QString rdfs = QStringLiteral("http://www.w3.org/2000/01/rdf-schema#");
inline const QString xsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
inline const QString hctl = QStringLiteral("https://www.w3.org/2019/wot/hypermedia#");
inline const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
// TinyML Manager's own terms (BLE identity of a board; the TD JSON members for its memory).
inline const QString tinyml = QStringLiteral("http://tinyml-schema.org/manager#");
// Where the paper mints the IRIs of networks and their parts, and where boards live.
inline const QString networks = QStringLiteral("http://tinyml-schema.org/neuralnetwork/");
inline const QString boards = QStringLiteral("http://tinyml-schema.org/tinyml-demo/");
} // namespace ns

inline RdfTerm iri(const QString &ns, const QString &local) { return RdfTerm::iri(ns + local); }
inline RdfTerm rdfType() { return iri(ns::rdf, QStringLiteral("type")); }

// The ontology's local names, by the paper's rules so that its data and ours meet:
// layer types are CamelCase words with a "d" after a digit upper-cased (CONV_2D -> Conv2D,
// RFFT2D -> Rfft2D), except AVERAGE_POOL_2D -> AvgPool2D and SPLIT -> Split_;
QString layerTypeLocalName(const QString &operatorName);
// tensor types and activations keep their words, capitalised once (INT8 -> Int8,
// RELU_N1_TO_1 -> Relu_n1_to_1).
QString enumLocalName(const QString &tfliteName);

} // namespace tinyml::kg
