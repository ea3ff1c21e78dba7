// Tables as every view shows them: whole rows selected, one line per row, movable columns that
// sort by SortRole, no row numbers, text cut short shown whole in its tooltip, cells copied with
// Ctrl+C (TableCopy.h).
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <initializer_list>

class QTableView;

namespace tinyml::gui {

// A proxy that only sorts `source`, by SortRole.
QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent);
// A table over `model` (a sorting proxy), sorted by `column`; a column of -1 keeps the model's order.
QTableView *sortedTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, int column,
                        Qt::SortOrder order = Qt::AscendingOrder);
// Column widths that fit a 1280×800 window: `fitted` columns (short figures) as wide as their
// contents, `stretched` columns (names) share what is left; the others keep their width and cut
// their text short, whole in its tooltip.
void sizeColumns(QTableView *table, std::initializer_list<int> fitted, std::initializer_list<int> stretched);

} // namespace tinyml::gui
