#include "ItemRoles.h"

#include "Units.h"

namespace tinyml::gui {

QIcon fitsIcon(bool fits)
{
    return QIcon(fits ? QStringLiteral(":/icons/actions/fits.svg") : QStringLiteral(":/icons/actions/does-not-fit.svg"));
}

QVariant memoryCell(double kb, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Units::memory(kb);
    case SortRole: return kb;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant headroomCell(double kb, int role)
{
    if (role == Qt::DisplayRole && kb < 0)
        return QStringLiteral("−") + Units::memory(-kb);
    return memoryCell(kb, role);
}

QVariant countCell(qint64 value, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Units::count(value);
    case SortRole: return value;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant textCell(const QString &text, int role)
{
    switch (role) {
    case Qt::DisplayRole: return text;
    case Qt::ToolTipRole: return text.size() > 40 ? QVariant(text) : QVariant();
    case SortRole: return text.toCaseFolded();
    default: return {};
    }
}

} // namespace tinyml::gui
