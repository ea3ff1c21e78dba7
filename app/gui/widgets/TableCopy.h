// Copying out of the GUI's tables: Ctrl+C copies the selected cells as tab-separated text (each
// cell's CopyRole, else what it shows), and the context menu offers Copy, Copy IRI (the IriRole of
// the cell under the mouse) and the table's own actions.
#pragma once

#include <QString>

class QAbstractItemView;
class QTableView;

namespace tinyml::gui {

void addCopyActions(QTableView *table);
// The selected cells, rows in the view's order, as a spreadsheet pastes them: tab-separated,
// a cell holding a tab, newline or quote quoted.
QString selectionAsTsv(const QTableView *table);

} // namespace tinyml::gui
