// The namespace prefixes of the TinyML knowledge graph: the paper's (so that its queries and
// files read the same in ours) and the W3C vocabularies it builds on.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace tinyml::rdf {

namespace ns {
inline const QString nnet = QStringLiteral("http://tinyml-schema.org/networkschema#");
inline const QString s3nExtend = QStringLiteral("http://tinyml-schema.org/s3n_extend/");
inline const QString sosaExtend = QStringLiteral("http://tinyml-schema.org/sosa_extend/");
inline const QString ssnExtend = QStringLiteral("http://tinyml-schema.org/ssn_extend/");
// TinyML Manager's own terms (BLE identity of a board; the TD JSON members for its memory).
inline const QString tinyml = QStringLiteral("http://tinyml-schema.org/manager#");
inline const QString s3n = QStringLiteral("http://w3id.org/s3n/");
inline const QString ssn = QStringLiteral("http://www.w3.org/ns/ssn/");
inline const QString ssnSystem = QStringLiteral("http://www.w3.org/ns/ssn/systems/");
inline const QString sosa = QStringLiteral("http://www.w3.org/ns/sosa/");
inline const QString schema = QStringLiteral("https://schema.org/");
inline const QString om = QStringLiteral("http://www.ontology-of-units-of-measure.org/resource/om-2/");
inline const QString td = QStringLiteral("https://www.w3.org/2019/wot/td#");
inline const QString hctl = QStringLiteral("https://www.w3.org/2019/wot/hypermedia#");
inline const QString prov = QStringLiteral("http://www.w3.org/ns/prov#");
inline const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
inline const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QString rdfs = QStringLiteral("http://www.w3.org/2000/01/rdf-schema#");
inline const QString owl = QStringLiteral("http://www.w3.org/2002/07/owl#");
inline const QString xsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
} // namespace ns

// (prefix, namespace IRI) pairs, e.g. ("nnet", "http://tinyml-schema.org/networkschema#").
const QList<QPair<QString, QString>> &knownPrefixes();
// The same as SPARQL PREFIX declarations, one per line.
const QString &sparqlPrefixes();

} // namespace tinyml::rdf
