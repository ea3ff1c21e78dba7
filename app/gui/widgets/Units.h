// How the GUI writes figures: memory in the unit the user chose (the graph holds kB, as the
// paper does; 1 kB = 1000 B, 1 KiB = 1024 B: kg/MemorySize.h), counts with digit grouping and
// accuracy in percent. The words for ontology terms are in OntologyNames.h.
#pragma once

#include "kg/MemorySize.h"

#include <QString>

#include <optional>

namespace tinyml::gui {

// The units the settings offer are kB, KiB and bytes; fields also read MB and MiB.
using kg::MemoryUnit;

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
    // The field's text for a value held in kB, in the chosen unit ("124.023 KiB"): what
    // kg::parseMemorySize reads back.
    static QString memoryField(double kb);
    // What a memory field's tooltip says: the units it reads and their rule.
    static QString memoryFieldTip();
    static QString count(qint64 value);
    // A metric value as the paper's sheet gives it: accuracies in percent ("91.4 %"), another
    // metric as its number; "unknown" when there is none.
    static QString metric(const std::optional<double> &value, const QString &metric);
};

} // namespace tinyml::gui
