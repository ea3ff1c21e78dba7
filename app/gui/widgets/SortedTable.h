// Tables as every view shows them: whole rows selected, one line per row, movable columns that
// sort by SortRole, no row numbers, text cut short shown whole in its tooltip, cells copied with
// Ctrl+C (TableCopy.h).
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <initializer_list>

class QTableView;

namespace tinyml::gui {

// Sorts by SortRole; a cell without a SortRole value (an accuracy not known, a headroom without a
// board) comes last whichever way the column sorts, never first as "the smallest". Filtering
// proxies derive from it.
class SortingProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortingProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

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
