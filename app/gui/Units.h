// How the GUI writes figures: memory in the unit the user chose (the graph holds kB, as the
// paper does), counts with digit grouping, and sensor class names as words.
#pragma once

#include <QString>
#include <QStringList>

namespace tinyml::gui {

enum class MemoryUnit { Kilobyte, Kibibyte, Byte };

class Units
{
public:
    static MemoryUnit memoryUnit();
    static void setMemoryUnit(MemoryUnit unit);

    // "127.0 kB", "124.0 KiB" or "127,000 B" for a value held in kB.
    static QString memory(double kb);
    // The number alone, in the chosen unit (for spin boxes and sorting by value).
    static double fromKb(double kb);
    static double toKb(double value);
    static QString memorySuffix();
    static QString count(qint64 value);
    // "Camera, Microphone" with the sensor names translated.
    static QString sensors(const QStringList &sensorClasses);
    static QString sensorName(const QString &sensorClass);
    static QString categoryName(const QString &category);
    static QString metricName(const QString &metric);
};

} // namespace tinyml::gui
