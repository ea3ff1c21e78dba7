#include "BoardCataloguePanel.h"

#include "boardcatalogue/BoardTableModel.h"
#include "kg/ModelInfo.h"
#include "widgets/ItemRoles.h"
#include "widgets/MemoryEdit.h"
#include "widgets/OntologyNames.h"
#include "widgets/SortedTable.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tinyml::gui {

BoardCataloguePanel::BoardCataloguePanel(QWidget *parent)
    : QWidget(parent), m_model(new BoardTableModel(this)), m_proxy(new BoardFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Search boards"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search boards"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &BoardFilterProxy::setText);

    m_sensor = new QComboBox;
    m_sensor->setObjectName(QStringLiteral("boardSensorFilter"));
    m_sensor->setAccessibleName(tr("Sensor the board must have"));
    m_sensor->addItem(tr("Any sensor"), QString());
    for (const QString &s : kg::sensorClasses())
        m_sensor->addItem(OntologyNames::sensorName(s), s);
    connect(m_sensor, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setSensor(m_sensor->currentData().toString()); });

    m_minRam = new MemoryEdit(MemoryEdit::Empty::IsAny, tr("Minimum RAM"));
    m_minFlash = new MemoryEdit(MemoryEdit::Empty::IsAny, tr("Minimum Flash"));
    m_minRam->setObjectName(QStringLiteral("boardMinRam"));
    m_minFlash->setObjectName(QStringLiteral("boardMinFlash"));
    // A field that cannot be read filters nothing (it says why); empty is "any".
    connect(m_minRam, &MemoryEdit::changed, this, [this]() { m_proxy->setMinimumRamKb(m_minRam->kb().value_or(0)); });
    connect(m_minFlash, &MemoryEdit::changed, this,
            [this]() { m_proxy->setMinimumFlashKb(m_minFlash->kb().value_or(0)); });

    m_table = sortedTable(QStringLiteral("boardTable"), tr("Boards"), m_proxy, BoardTableModel::Name);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Name, RAM and Flash in a third of a 1280-pixel window: a long name is cut in the middle (where
    // "Arduino Nano 33 BLE Sense" and its "Rev2" still differ) and whole in its tooltip with the
    // board's sensors.
    sizeColumns(m_table, {BoardTableModel::Ram, BoardTableModel::Flash}, {BoardTableModel::Name});
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setColumnHidden(BoardTableModel::Manufacturer, true);
    m_table->setColumnHidden(BoardTableModel::Mcu, true);
    m_table->setColumnHidden(BoardTableModel::Sensors, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BoardCataloguePanel::emitCurrent);

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Sensor:"), m_sensor);
    auto *memory = new QHBoxLayout;
    memory->addWidget(m_minRam);
    memory->addWidget(new QLabel(tr("Flash ≥")));
    memory->addWidget(m_minFlash);
    auto *ramLabel = new QLabel(tr("&RAM ≥"));
    ramLabel->setBuddy(m_minRam);
    filters->addRow(ramLabel, memory);

    m_buttons = new QWidget;
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Boards</b>"));
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
}

void BoardCataloguePanel::setActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    layout->addStretch();
}

void BoardCataloguePanel::refreshUnits()
{
    for (MemoryEdit *edit : {m_minRam, m_minFlash})
        edit->refreshUnits();
    m_proxy->setMinimumRamKb(m_minRam->kb().value_or(0));
    m_proxy->setMinimumFlashKb(m_minFlash->kb().value_or(0));
}

void BoardCataloguePanel::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    const auto current = currentBoard();
    m_model->setCatalogue(std::move(catalogue));
    if (current)
        selectBoard(current->iri);
    emitCurrent();
}

std::optional<kg::BoardEntry> BoardCataloguePanel::currentBoard() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (const kg::BoardEntry *b = m_model->boardAt(index.isValid() ? index.row() : -1))
        return *b;
    return std::nullopt;
}

void BoardCataloguePanel::selectBoard(const QString &iri)
{
    const int row = m_model->rowOf(iri);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void BoardCataloguePanel::emitCurrent()
{
    emit boardChosen(currentBoard());
}

} // namespace tinyml::gui
