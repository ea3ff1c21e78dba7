#include "Prefixes.h"

namespace tinyml::rdf {

const QList<QPair<QString, QString>> &knownPrefixes()
{
    static const QList<QPair<QString, QString>> prefixes = {
        {QStringLiteral("nnet"), ns::nnet},
        {QStringLiteral("s3n_extend"), ns::s3nExtend},
        {QStringLiteral("sosa_extend"), ns::sosaExtend},
        {QStringLiteral("ssn_extend"), ns::ssnExtend},
        {QStringLiteral("tinyml"), ns::tinyml},
        {QStringLiteral("s3n"), ns::s3n},
        {QStringLiteral("ssn"), ns::ssn},
        {QStringLiteral("ssn-system"), ns::ssnSystem},
        {QStringLiteral("sosa"), ns::sosa},
        {QStringLiteral("schema"), ns::schema},
        {QStringLiteral("om"), ns::om},
        {QStringLiteral("td"), ns::td},
        {QStringLiteral("hctl"), ns::hctl},
        {QStringLiteral("prov"), ns::prov},
        {QStringLiteral("dcterms"), ns::dcterms},
        {QStringLiteral("rdf"), ns::rdf},
        {QStringLiteral("rdfs"), ns::rdfs},
        {QStringLiteral("owl"), ns::owl},
        {QStringLiteral("xsd"), ns::xsd},
    };
    return prefixes;
}

const QString &sparqlPrefixes()
{
    static const QString text = [] {
        QString out;
        for (const auto &[prefix, iri] : knownPrefixes())
            out += QStringLiteral("PREFIX %1: <%2>\n").arg(prefix, iri);
        return out;
    }();
    return text;
}

} // namespace tinyml::rdf
