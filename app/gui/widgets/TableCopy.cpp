#include "TableCopy.h"

#include "widgets/ItemRoles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <map>

namespace tinyml::gui {
namespace {

QString copiedText(const QModelIndex &index)
{
    const QVariant copy = index.data(CopyRole);
    QString text = copy.isValid() ? copy.toString() : index.data(Qt::DisplayRole).toString();
    if (text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('"')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QString selectionAsTsv(const QTableView *table)
{
    const QItemSelectionModel *selection = table->selectionModel();
    if (!selection)
        return {};
    const QHeaderView *rows = table->verticalHeader();
    const QHeaderView *columns = table->horizontalHeader();
    // Cells by their place on screen (visual row, then visual column), so that moved columns
    // and sorted rows are copied as they are seen.
    std::map<int, std::map<int, QModelIndex>> cells;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        if (!table->isColumnHidden(index.column()) && !table->isRowHidden(index.row()))
            cells[rows->visualIndex(index.row())][columns->visualIndex(index.column())] = index;
    }
    QStringList lines;
    for (const auto &[row, rowCells] : cells) {
        QStringList fields;
        for (const auto &[column, index] : rowCells)
            fields << copiedText(index);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void addCopyActions(QTableView *table)
{
    auto *copy = new QAction(QCoreApplication::translate("TableCopy", "&Copy"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, table, [table]() {
        const QString text = selectionAsTsv(table);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    table->addAction(copy);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table, copy](const QPoint &pos) {
        const QString iri = table->indexAt(pos).data(IriRole).toString();
        QMenu menu;
        menu.addAction(copy);
        QAction *copyIri = menu.addAction(QCoreApplication::translate("TableCopy", "Copy &IRI"));
        copyIri->setEnabled(!iri.isEmpty());
        copyIri->setToolTip(iri);
        QObject::connect(copyIri, &QAction::triggered, table, [iri]() { QApplication::clipboard()->setText(iri); });
        const QList<QAction *> own = table->actions();
        if (own.size() > 1)
            menu.addSeparator();
        for (QAction *action : own) {
            if (action != copy)
                menu.addAction(action);
        }
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

} // namespace tinyml::gui
