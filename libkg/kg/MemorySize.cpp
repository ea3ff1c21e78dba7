#include "MemorySize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tinyml::kg {
namespace {

// The units a size may be written in, case-insensitively; gigabytes are read so that "1 GB" is
// refused as too large rather than as an unknown unit.
std::optional<double> bytesPerWritten(const QString &unit, std::optional<MemoryUnit> *known)
{
    static const QList<std::pair<QStringList, MemoryUnit>> units = {
        {{QStringLiteral("b"), QStringLiteral("byte"), QStringLiteral("bytes")}, MemoryUnit::Byte},
        {{QStringLiteral("kb"), QStringLiteral("kbyte"), QStringLiteral("kbytes")}, MemoryUnit::Kilobyte},
        {{QStringLiteral("kib")}, MemoryUnit::Kibibyte},
        {{QStringLiteral("mb"), QStringLiteral("mbyte"), QStringLiteral("mbytes")}, MemoryUnit::Megabyte},
        {{QStringLiteral("mib")}, MemoryUnit::Mebibyte},
    };
    const QString folded = unit.toLower();
    for (const auto &[names, u] : units) {
        if (names.contains(folded)) {
            *known = u;
            return bytesPer(u);
        }
    }
    if (folded == QLatin1String("gb"))
        return 1e9;
    if (folded == QLatin1String("gib"))
        return 1024.0 * 1024 * 1024;
    return std::nullopt;
}

std::optional<double> readNumber(const QString &text, const QLocale &locale)
{
    QLocale strict = locale;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = strict.toDouble(text, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        value = c.toDouble(text, &ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

double bytesPer(MemoryUnit unit)
{
    switch (unit) {
    case MemoryUnit::Byte: return 1;
    case MemoryUnit::Kibibyte: return 1024;
    case MemoryUnit::Megabyte: return 1e6;
    case MemoryUnit::Mebibyte: return 1024.0 * 1024;
    case MemoryUnit::Kilobyte: break;
    }
    return 1000;
}

QString unitSymbol(MemoryUnit unit)
{
    switch (unit) {
    case MemoryUnit::Byte: return QStringLiteral("B");
    case MemoryUnit::Kibibyte: return QStringLiteral("KiB");
    case MemoryUnit::Megabyte: return QStringLiteral("MB");
    case MemoryUnit::Mebibyte: return QStringLiteral("MiB");
    case MemoryUnit::Kilobyte: break;
    }
    return QStringLiteral("kB");
}

std::optional<MemorySize> parseMemorySize(const QString &text, MemoryUnit bareUnit, QString *problem,
                                          const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    const QString howTo = QCoreApplication::translate(
        "MemorySize", "write a number and its unit, e.g. 256 kB, 0.5 MB, 512 KiB or 300000 B");
    if (trimmed.isEmpty()) {
        *problem = QCoreApplication::translate("MemorySize", "no size given: %1").arg(howTo);
        return std::nullopt;
    }
    // A number (digits, one decimal separator, an exponent), then the unit if any.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([-+−]?[0-9.,]*[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?)\s*(.*)$)"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    std::optional<double> number;
    if (match.hasMatch())
        number = readNumber(QString(match.captured(1)).replace(QChar(0x2212), QLatin1Char('-')), locale);
    if (!number) {
        *problem = QCoreApplication::translate("MemorySize", "'%1' is not a size: %2").arg(trimmed, howTo);
        return std::nullopt;
    }
    const QString unitText = match.captured(2).trimmed();
    std::optional<MemoryUnit> unit = bareUnit;
    double perUnit = bytesPer(bareUnit);
    if (!unitText.isEmpty()) {
        unit.reset();
        const auto written = bytesPerWritten(unitText, &unit);
        if (!written) {
            *problem =
                QCoreApplication::translate("MemorySize", "'%1': %2 is not a unit of memory; use B, kB, KiB, MB or MiB")
                    .arg(trimmed, unitText);
            return std::nullopt;
        }
        perUnit = *written;
    }
    if (*number < 0) {
        *problem = QCoreApplication::translate("MemorySize", "'%1': a size cannot be negative").arg(trimmed);
        return std::nullopt;
    }
    const double bytes = *number * perUnit;
    if (bytes > kLargestMemoryBytes) {
        *problem = QCoreApplication::translate("MemorySize", "'%1' is more than a board's memory (at most %2 MB)")
                       .arg(trimmed)
                       .arg(kLargestMemoryBytes / 1e6);
        return std::nullopt;
    }
    if (unit == MemoryUnit::Byte && bytes != std::floor(bytes)) {
        *problem = QCoreApplication::translate("MemorySize", "'%1': a number of bytes is whole").arg(trimmed);
        return std::nullopt;
    }
    // Memory is counted in whole bytes; a fraction of one is a rounding of the decimal written.
    return MemorySize{std::round(bytes), unit.value_or(MemoryUnit::Megabyte), !unitText.isEmpty()};
}

QString formatMemorySize(double kb, MemoryUnit unit, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const double value = kb * bytesPer(MemoryUnit::Kilobyte) / bytesPer(unit);
    QString number = plain.toString(value, 'f', unit == MemoryUnit::Byte ? 0 : 3);
    // 127.000 -> 127, 124.020 -> 124.02
    if (unit != MemoryUnit::Byte) {
        const QString point = plain.decimalPoint();
        while (number.endsWith(plain.zeroDigit()))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
    }
    return number + QLatin1Char(' ') + unitSymbol(unit);
}

} // namespace tinyml::kg
