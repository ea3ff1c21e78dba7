#include "IriLabels.h"

#include "kg/Vocabulary.h"
#include "widgets/OntologyNames.h"

namespace tinyml::gui {

IriLabels::IriLabels(const kg::Catalogue &catalogue)
{
    for (const kg::ModelEntry &m : catalogue.models) {
        m_names.insert(m.iri, m.name);
        if (m.iri.startsWith(kg::ns::networks))
            m_modelNames.insert(m.iri.mid(kg::ns::networks.size()), m.name);
    }
    for (const kg::BoardEntry &b : catalogue.boards)
        m_names.insert(b.iri, b.name);
}

QString IriLabels::text(const rdf::RdfTerm &term) const
{
    if (!term.isIri())
        return shortForm(term);
    if (const auto name = m_names.constFind(term.value()); name != m_names.cend())
        return *name;
    if (term.value().startsWith(kg::ns::networks)) {
        const QString local = term.value().mid(kg::ns::networks.size());
        const qsizetype cut = local.lastIndexOf(QLatin1Char('_'));
        if (cut > 0) {
            if (const auto model = m_modelNames.constFind(local.mid(cut + 1)); model != m_modelNames.cend())
                return QStringLiteral("%1 (%2)").arg(local.left(cut), *model);
        }
    }
    return shortForm(term);
}

} // namespace tinyml::gui
