// The words the GUI shows for the ontology's terms (sensor classes, model categories, metrics),
// translated; a term it does not know is shown as its local name.
#pragma once

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

} // namespace tinyml::gui
