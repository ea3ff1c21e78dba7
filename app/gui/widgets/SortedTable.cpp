#include "SortedTable.h"

#include "widgets/ItemRoles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace tinyml::gui {

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
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
