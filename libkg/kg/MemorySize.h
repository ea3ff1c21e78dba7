// Sizes of memory as people write them ("0.5 MB", "512 KiB", "256kB", "300000 B"), read into the
// kilobytes the graph holds. The graph's om:kilobyte is decimal, as everywhere in the program
// (the analyser's bytes / 1000, the fit comparison, the GUI's units):
//
//   1 kB = 1000 B     1 MB = 1000 kB      (SI)
//   1 KiB = 1024 B    1 MiB = 1024 KiB    (IEC)
//
// A number without a unit is in the unit the caller shows (the GUI's chosen unit, kB on the
// command line). The desktop's fields and tinyml-kg's --ram and --flash share this reading.
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tinyml::kg {

// The order is kept in the settings (the GUI's memory unit): add new units at the end.
enum class MemoryUnit { Kilobyte, Kibibyte, Byte, Megabyte, Mebibyte };

double bytesPer(MemoryUnit unit);
QString unitSymbol(MemoryUnit unit); // "kB", "KiB", "B", "MB", "MiB"

// The most a size may be: more than any microcontroller board has (the catalogue's largest
// Flash is 16 MB), so that "1 GB" or a misplaced digit is refused rather than believed.
constexpr double kLargestMemoryBytes = 256e6;

struct MemorySize {
    double bytes = 0;                       // whole bytes
    MemoryUnit unit = MemoryUnit::Kilobyte; // the unit it was read in (the bare unit when none was written)
    bool unitWritten = false;               // false: a bare number
    double kb() const { return bytes / bytesPer(MemoryUnit::Kilobyte); }
};

// Reads `text`; a bare number is in `bareUnit`. The number is read in `locale` (its decimal
// separator, never group separators, so that "1.024" and "1,024" cannot be misread) or in the C
// locale. On failure returns nullopt with *problem saying what is wrong and how to write it
// ("'5 parsecs': parsecs is not a unit of memory; use B, kB, KiB, MB or MiB").
std::optional<MemorySize> parseMemorySize(const QString &text, MemoryUnit bareUnit, QString *problem,
                                          const QLocale &locale = QLocale::c());

// `kb` in `unit` as the fields show it: up to three decimals, no group separators, so that
// parseMemorySize reads it back ("124.023 KiB").
QString formatMemorySize(double kb, MemoryUnit unit, const QLocale &locale = QLocale::c());

} // namespace tinyml::kg
