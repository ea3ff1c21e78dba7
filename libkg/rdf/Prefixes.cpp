#include "Prefixes.h"

namespace tinyml::rdf {

const QList<QPair<QString, QString>> &knownPrefixes()
{
    static const QList<QPair<QString, QString>> prefixes = {
        {QStringLiteral("nnet"), QStringLiteral("http://tinyml-schema.org/networkschema#")},
        {QStringLiteral("s3n_extend"), QStringLiteral("http://tinyml-schema.org/s3n_extend/")},
        {QStringLiteral("sosa_extend"), QStringLiteral("http://tinyml-schema.org/sosa_extend/")},
        {QStringLiteral("ssn_extend"), QStringLiteral("http://tinyml-schema.org/ssn_extend/")},
        {QStringLiteral("s3n"), QStringLiteral("http://w3id.org/s3n/")},
        {QStringLiteral("ssn"), QStringLiteral("http://www.w3.org/ns/ssn/")},
        {QStringLiteral("ssn-system"), QStringLiteral("http://www.w3.org/ns/ssn/systems/")},
        {QStringLiteral("sosa"), QStringLiteral("http://www.w3.org/ns/sosa/")},
        {QStringLiteral("schema"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("om"), QStringLiteral("http://www.ontology-of-units-of-measure.org/resource/om-2/")},
        {QStringLiteral("td"), QStringLiteral("https://www.w3.org/2019/wot/td#")},
        {QStringLiteral("tinyml"), QStringLiteral("http://tinyml-schema.org/manager#")},
        {QStringLiteral("prov"), QStringLiteral("http://www.w3.org/ns/prov#")},
        {QStringLiteral("hctl"), QStringLiteral("https://www.w3.org/2019/wot/hypermedia#")},
        {QStringLiteral("dcterms"), QStringLiteral("http://purl.org/dc/terms/")},
        {QStringLiteral("rdf"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#")},
        {QStringLiteral("rdfs"), QStringLiteral("http://www.w3.org/2000/01/rdf-schema#")},
        {QStringLiteral("owl"), QStringLiteral("http://www.w3.org/2002/07/owl#")},
        {QStringLiteral("xsd"), QStringLiteral("http://www.w3.org/2001/XMLSchema#")},
    };
    return prefixes;
}

} // namespace tinyml::rdf
