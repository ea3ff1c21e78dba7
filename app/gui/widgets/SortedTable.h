// Tables as every view shows them: whole rows selected, one line per row, movable columns that
// sort by SortRole, no row numbers.
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class QTableView;

namespace tinyml::gui {

// A proxy that only sorts `source`, by SortRole.
QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent);
// A table over `model` (a sorting proxy), sorted by `column`; a column of -1 keeps the model's order.
QTableView *sortedTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, int column,
                        Qt::SortOrder order = Qt::AscendingOrder);

} // namespace tinyml::gui
