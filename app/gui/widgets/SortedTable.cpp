#include "SortedTable.h"

#include "widgets/ItemRoles.h"
#include "widgets/TableCopy.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

namespace tinyml::gui {
namespace {

// A tooltip that only repeats the cell's text is shown when the text is cut short.
class ElidedTextTips : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip
            && index.data(Qt::ToolTipRole).toString() == index.data(Qt::DisplayRole).toString()
            && sizeHint(option, index).width() <= option.rect.width()) {
            QToolTip::hideText();
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
};

} // namespace

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
    table->setItemDelegate(new ElidedTextTips(table));
    addCopyActions(table);
    return table;
}

void sizeColumns(QTableView *table, std::initializer_list<int> fitted, std::initializer_list<int> stretched)
{
    QHeaderView *header = table->horizontalHeader();
    for (int column : fitted)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    if (stretched.size() > 0)
        header->setStretchLastSection(false);
}

} // namespace tinyml::gui
