#include "Units.h"

#include "settings/AppSettings.h"

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

} // namespace tinyml::gui
