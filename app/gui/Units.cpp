#include "Units.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace tinyml::gui {
namespace {

MemoryUnit g_unit = MemoryUnit::Kilobyte;
bool g_unitRead = false;

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
            return QCoreApplication::translate("Units", n.text);
    }
    return key;
}

} // namespace

MemoryUnit Units::memoryUnit()
{
    if (!g_unitRead) {
        g_unit = MemoryUnit(appSettings().value(QStringLiteral("display/memoryUnit"), 0).toInt());
        if (g_unit != MemoryUnit::Kibibyte && g_unit != MemoryUnit::Byte)
            g_unit = MemoryUnit::Kilobyte;
        g_unitRead = true;
    }
    return g_unit;
}

void Units::setMemoryUnit(MemoryUnit unit)
{
    g_unit = unit;
    g_unitRead = true;
    appSettings().setValue(QStringLiteral("display/memoryUnit"), int(unit));
}

double Units::fromKb(double kb)
{
    switch (memoryUnit()) {
    case MemoryUnit::Kibibyte: return kb * 1000.0 / 1024.0;
    case MemoryUnit::Byte: return kb * 1000.0;
    case MemoryUnit::Kilobyte: break;
    }
    return kb;
}

double Units::toKb(double value)
{
    switch (memoryUnit()) {
    case MemoryUnit::Kibibyte: return value * 1024.0 / 1000.0;
    case MemoryUnit::Byte: return value / 1000.0;
    case MemoryUnit::Kilobyte: break;
    }
    return value;
}

QString Units::memorySuffix()
{
    switch (memoryUnit()) {
    case MemoryUnit::Kibibyte: return QStringLiteral("KiB");
    case MemoryUnit::Byte: return QStringLiteral("B");
    case MemoryUnit::Kilobyte: break;
    }
    return QStringLiteral("kB");
}

QString Units::memory(double kb)
{
    const double value = fromKb(kb);
    const int decimals = memoryUnit() == MemoryUnit::Byte ? 0 : 1;
    return QLocale().toString(value, 'f', decimals) + QChar::Nbsp + memorySuffix();
}

QString Units::count(qint64 value)
{
    return QLocale().toString(value);
}

QString Units::sensorName(const QString &sensorClass)
{
    static const Name names[] = {
        {"Camera", QT_TRANSLATE_NOOP("Units", "Camera")},
        {"Microphone", QT_TRANSLATE_NOOP("Units", "Microphone")},
        {"Accelerometer", QT_TRANSLATE_NOOP("Units", "Accelerometer")},
        {"Gyroscope", QT_TRANSLATE_NOOP("Units", "Gyroscope")},
        {"Thermometer", QT_TRANSLATE_NOOP("Units", "Thermometer")},
        {"OtherSensor", QT_TRANSLATE_NOOP("Units", "Other sensor")},
        {"Magnetometer", QT_TRANSLATE_NOOP("Units", "Magnetometer")},
        {"Barometer", QT_TRANSLATE_NOOP("Units", "Barometer")},
        {"Hygrometer", QT_TRANSLATE_NOOP("Units", "Hygrometer")},
        {"LightSensor", QT_TRANSLATE_NOOP("Units", "Light sensor")},
        {"ProximitySensor", QT_TRANSLATE_NOOP("Units", "Proximity sensor")},
        {"GasSensor", QT_TRANSLATE_NOOP("Units", "Gas sensor")},
        {"Radar", QT_TRANSLATE_NOOP("Units", "Radar")},
    };
    return translatedName(names, sensorClass);
}

QString Units::sensors(const QStringList &sensorClasses)
{
    QStringList names;
    for (const QString &s : sensorClasses)
        names << sensorName(s);
    return names.join(QStringLiteral(", "));
}

QString Units::categoryName(const QString &category)
{
    static const Name names[] = {
        {"Classification", QT_TRANSLATE_NOOP("Units", "Classification")},
        {"ObjectDetection", QT_TRANSLATE_NOOP("Units", "Object detection")},
        {"FeatureExtraction", QT_TRANSLATE_NOOP("Units", "Feature extraction")},
        {"Unsupervised", QT_TRANSLATE_NOOP("Units", "Unsupervised")},
        {"OtherCategory", QT_TRANSLATE_NOOP("Units", "Other")},
    };
    return translatedName(names, category);
}

QString Units::metricName(const QString &metric)
{
    if (metric == QLatin1String("Top_1_accuracy"))
        return QCoreApplication::translate("Units", "Top-1 accuracy");
    if (metric == QLatin1String("Top_5_accuracy"))
        return QCoreApplication::translate("Units", "Top-5 accuracy");
    if (metric.isEmpty())
        return {};
    return QCoreApplication::translate("Units", "Other metric");
}

} // namespace tinyml::gui
