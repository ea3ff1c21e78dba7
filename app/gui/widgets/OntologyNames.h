// The words the GUI shows for the ontology's terms (sensor classes, model categories, metrics),
// translated; a term it does not know is shown as its local name. Any other term is shown as a
// prefixed name (nnet:Conv2D) where the project knows its namespace.
#pragma once

#include "rdf/RdfTerm.h"

#include <QString>
#include <QStringList>

namespace tinyml::gui {

class OntologyNames
{
public:
    // "Camera, Microphone" with the sensor names translated.
    static QString sensors(const QStringList &sensorClasses);
    static QString sensorName(const QString &sensorClass);
    static QString categoryName(const QString &category);
    static QString metricName(const QString &metric);
};

// An IRI with a known prefix as "prefix:local" (else in angle brackets), a literal as its text, a
// blank node as "_:id".
QString shortForm(const rdf::RdfTerm &term);

} // namespace tinyml::gui
