#include "OntologyNames.h"

#include "rdf/Prefixes.h"

#include <QCoreApplication>

namespace tinyml::gui {
namespace {

// An ontology local name and the words the GUI shows for it (marked for translation).
struct Name {
    const char *key;
    const char *text;
};

template<size_t N>
QString translatedName(const Name (&names)[N], const QString &key)
{
    for (const Name &n : names) {
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("OntologyNames", n.text);
    }
    return key;
}

} // namespace

QString OntologyNames::sensorName(const QString &sensorClass)
{
    static const Name names[] = {
        {"Camera", QT_TRANSLATE_NOOP("OntologyNames", "Camera")},
        {"Microphone", QT_TRANSLATE_NOOP("OntologyNames", "Microphone")},
        {"Accelerometer", QT_TRANSLATE_NOOP("OntologyNames", "Accelerometer")},
        {"Gyroscope", QT_TRANSLATE_NOOP("OntologyNames", "Gyroscope")},
        {"Thermometer", QT_TRANSLATE_NOOP("OntologyNames", "Thermometer")},
        {"OtherSensor", QT_TRANSLATE_NOOP("OntologyNames", "Other sensor")},
        {"Magnetometer", QT_TRANSLATE_NOOP("OntologyNames", "Magnetometer")},
        {"Barometer", QT_TRANSLATE_NOOP("OntologyNames", "Barometer")},
        {"Hygrometer", QT_TRANSLATE_NOOP("OntologyNames", "Hygrometer")},
        {"LightSensor", QT_TRANSLATE_NOOP("OntologyNames", "Light sensor")},
        {"ProximitySensor", QT_TRANSLATE_NOOP("OntologyNames", "Proximity sensor")},
        {"GasSensor", QT_TRANSLATE_NOOP("OntologyNames", "Gas sensor")},
        {"Radar", QT_TRANSLATE_NOOP("OntologyNames", "Radar")},
    };
    return translatedName(names, sensorClass);
}

QString OntologyNames::sensors(const QStringList &sensorClasses)
{
    QStringList names;
    for (const QString &s : sensorClasses)
        names << sensorName(s);
    return names.join(QStringLiteral(", "));
}

QString OntologyNames::categoryName(const QString &category)
{
    static const Name names[] = {
        {"Classification", QT_TRANSLATE_NOOP("OntologyNames", "Classification")},
        {"ObjectDetection", QT_TRANSLATE_NOOP("OntologyNames", "Object detection")},
        {"FeatureExtraction", QT_TRANSLATE_NOOP("OntologyNames", "Feature extraction")},
        {"Unsupervised", QT_TRANSLATE_NOOP("OntologyNames", "Unsupervised")},
        {"OtherCategory", QT_TRANSLATE_NOOP("OntologyNames", "Other")},
    };
    return translatedName(names, category);
}

QString OntologyNames::metricName(const QString &metric)
{
    if (metric == QLatin1String("Top_1_accuracy"))
        return QCoreApplication::translate("OntologyNames", "Top-1 accuracy");
    if (metric == QLatin1String("Top_5_accuracy"))
        return QCoreApplication::translate("OntologyNames", "Top-5 accuracy");
    if (metric.isEmpty())
        return {};
    return QCoreApplication::translate("OntologyNames", "Other metric");
}

QString shortForm(const rdf::RdfTerm &term)
{
    if (term.isNone())
        return {};
    if (term.isIri()) {
        // The longest namespace wins: ssn-system:System, not ssn:systems/System.
        const QPair<QString, QString> *best = nullptr;
        for (const auto &prefix : rdf::knownPrefixes()) {
            const QString &ns = prefix.second;
            if (term.value().startsWith(ns) && term.value().size() > ns.size()
                && (!best || ns.size() > best->second.size()))
                best = &prefix;
        }
        if (best)
            return best->first + QLatin1Char(':') + term.value().mid(best->second.size());
        return QLatin1Char('<') + term.value() + QLatin1Char('>');
    }
    if (term.isBlank())
        return QStringLiteral("_:") + term.value();
    return term.value();
}

} // namespace tinyml::gui
