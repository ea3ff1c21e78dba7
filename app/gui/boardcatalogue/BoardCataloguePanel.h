// The board catalogue: search, filter by sensor and minimum RAM and Flash, pick a board.
#pragma once

#include "kg/Catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableView;

namespace tinyml::gui {

class BoardFilterProxy;
class MemoryEdit;
class BoardTableModel;

class BoardCataloguePanel : public QWidget
{
    Q_OBJECT
public:
    explicit BoardCataloguePanel(QWidget *parent = nullptr);

    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    std::optional<kg::BoardEntry> currentBoard() const;
    void selectBoard(const QString &iri);
    QTableView *table() const { return m_table; }
    // Adds the panel's actions (add, edit, delete) as buttons under the table.
    void setActions(const QList<QAction *> &actions);
    // Re-reads the memory unit after the settings changed.
    void refreshUnits();

signals:
    void boardChosen(const std::optional<kg::BoardEntry> &board);

private:
    void emitCurrent();

    BoardTableModel *m_model;
    BoardFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_sensor;
    MemoryEdit *m_minRam;
    MemoryEdit *m_minFlash;
    QTableView *m_table;
    QWidget *m_buttons;
};

} // namespace tinyml::gui
