#include "SortedTable.h"

#include "widgets/ItemRoles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace tinyml::gui {

SortingProxy::SortingProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

bool SortingProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftKnown = left.data(sortRole()).isValid();
    const bool rightKnown = right.data(sortRole()).isValid();
    if (leftKnown && rightKnown)
        return QSortFilterProxyModel::lessThan(left, right);
    // Descending order shows the "largest" first, so there the unknown must be the smallest.
    if (leftKnown != rightKnown)
        return sortOrder() == Qt::AscendingOrder ? leftKnown : rightKnown;
    return false;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new SortingProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

QTableView *sortedTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, int column,
                        Qt::SortOrder order)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(column, order);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace tinyml::gui
