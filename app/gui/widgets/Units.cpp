#include "Units.h"

#include "kg/ModelInfo.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace tinyml::gui {
namespace {

MemoryUnit g_unit = MemoryUnit::Kilobyte;
bool g_unitRead = false;

} // namespace

MemoryUnit Units::memoryUnit()
{
    if (!g_unitRead) {
        g_unit = MemoryUnit(settings::memoryUnit.value());
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
    settings::memoryUnit.setValue(int(unit));
}

double Units::fromKb(double kb)
{
    return kb * kg::bytesPer(MemoryUnit::Kilobyte) / kg::bytesPer(memoryUnit());
}

double Units::toKb(double value)
{
    return value * kg::bytesPer(memoryUnit()) / kg::bytesPer(MemoryUnit::Kilobyte);
}

QString Units::memorySuffix()
{
    return kg::unitSymbol(memoryUnit());
}

QString Units::memoryField(double kb)
{
    return kg::formatMemorySize(kb, memoryUnit(), QLocale());
}

QString Units::memoryFieldTip()
{
    return QCoreApplication::translate("Units",
                                       "A size with its unit: B, kB, KiB, MB or MiB (e.g. 256 kB, 0.5 MB, 512 KiB); a "
                                       "number alone is in %1, the unit chosen in the settings.\n1 kB = 1000 bytes, "
                                       "1 KiB = 1024 bytes, 1 MB = 1000 kB, 1 MiB = 1024 KiB.")
        .arg(memorySuffix());
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

QString Units::metric(const std::optional<double> &value, const QString &metric)
{
    if (!value)
        return QCoreApplication::translate("Units", "unknown");
    const QString number = QLocale().toString(*value, 'g', 4);
    return kg::isAccuracy(metric) ? number + QChar::Nbsp + QLocale().percent() : number;
}

} // namespace tinyml::gui
