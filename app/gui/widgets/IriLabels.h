// What the GUI shows for an IRI: a model or board of the catalogue by its name, a part of a model
// (its layers, its needs on a runtime: the paper mints them as <part>_<model's UUID>) as
// "part (model name)", any other IRI as a prefixed name (shortForm). The full IRI is for tooltips
// and copies.
#pragma once

#include "kg/Catalogue.h"
#include "rdf/RdfTerm.h"

#include <QHash>
#include <QString>

namespace tinyml::gui {

class IriLabels
{
public:
    IriLabels() = default;
    explicit IriLabels(const kg::Catalogue &catalogue);

    // The label of `term` when it is an IRI the catalogue names; shortForm(term) otherwise.
    QString text(const rdf::RdfTerm &term) const;

private:
    QHash<QString, QString> m_names;      // model or board IRI -> name
    QHash<QString, QString> m_modelNames; // a network's local name (its UUID) -> model name
};

} // namespace tinyml::gui
