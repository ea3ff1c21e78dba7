// How the GUI writes figures: memory in the unit the user chose (the graph holds kB, as the
// paper does) and counts with digit grouping. The words for ontology terms are in OntologyNames.h.
#pragma once

#include <QString>

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
};

} // namespace tinyml::gui
