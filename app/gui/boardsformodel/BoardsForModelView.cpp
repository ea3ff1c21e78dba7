#include "BoardsForModelView.h"

#include "boardsformodel/BoardFitTableModel.h"
#include "widgets/ItemRoles.h"
#include "widgets/MemoryEdit.h"
#include "widgets/OntologyNames.h"
#include "widgets/SensorChecks.h"
#include "widgets/SortedTable.h"
#include "widgets/Units.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tinyml::gui {

BoardsForModelView::BoardsForModelView(QWidget *parent) : QWidget(parent), m_model(new BoardFitTableModel(this))
{
    m_byModel = new QRadioButton(tr("A &model of the graph:"));
    m_byModel->setObjectName(QStringLiteral("byModel"));
    m_byNeeds = new QRadioButton(tr("&Requirements:"));
    m_byNeeds->setObjectName(QStringLiteral("byRequirements"));
    m_byModel->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byModel);
    group->addButton(m_byNeeds);

    m_modelChoice = new QComboBox;
    m_modelChoice->setObjectName(QStringLiteral("modelChoice"));
    m_modelChoice->setAccessibleName(tr("Model"));
    m_modelChoice->setEditable(true);
    m_modelChoice->setInsertPolicy(QComboBox::NoInsert);
    m_modelChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_modelChoice->completer()->setFilterMode(Qt::MatchContains);
    m_sensors = new SensorChecks;
    m_ram = new MemoryEdit(MemoryEdit::Empty::IsZero, tr("RAM needed"));
    m_flash = new MemoryEdit(MemoryEdit::Empty::IsZero, tr("Flash needed"));
    m_ram->setObjectName(QStringLiteral("needRam"));
    m_flash->setObjectName(QStringLiteral("needFlash"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("boardsSummary"));
    m_table = sortedTable(QStringLiteral("boardFitTable"), tr("Boards for the model"), sortingProxy(m_model, this),
                          BoardFitTableModel::Fits);
    sizeColumns(m_table,
                {BoardFitTableModel::Ram, BoardFitTableModel::Flash, BoardFitTableModel::RamHeadroom,
                 BoardFitTableModel::FlashHeadroom, BoardFitTableModel::Runtime},
                {BoardFitTableModel::Sensors});
    m_table->horizontalHeader()->resizeSection(BoardFitTableModel::Name, 240);
    m_table->horizontalHeader()->resizeSection(BoardFitTableModel::Fits, 240);

    auto *form = new QFormLayout;
    form->addRow(m_byModel, m_modelChoice);
    auto *needs = new QHBoxLayout;
    needs->addWidget(new QLabel(tr("RAM")));
    needs->addWidget(m_ram);
    needs->addWidget(new QLabel(tr("Flash")));
    needs->addWidget(m_flash);
    needs->addStretch();
    auto *needsBox = new QVBoxLayout;
    needsBox->addWidget(m_sensors);
    needsBox->addLayout(needs);
    form->addRow(m_byNeeds, needsBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    auto changed = [this]() { answer(); };
    connect(m_byModel, &QRadioButton::toggled, this, changed);
    connect(m_modelChoice, &QComboBox::currentIndexChanged, this, [this]() {
        m_byModel->setChecked(true);
        answer();
    });
    connect(m_sensors, &SensorChecks::changed, this, [this]() {
        m_byNeeds->setChecked(true);
        answer();
    });
    for (MemoryEdit *edit : {m_ram, m_flash}) {
        connect(edit, &MemoryEdit::changed, this, [this]() {
            m_byNeeds->setChecked(true);
            answer();
        });
    }
}

void BoardsForModelView::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    const QString current = m_modelChoice->currentData().toString();
    const QSignalBlocker blocker(m_modelChoice);
    m_modelChoice->clear();
    for (const kg::ModelEntry &m : m_catalogue->models)
        m_modelChoice->addItem(m.name, m.iri);
    const int keep = m_modelChoice->findData(current);
    m_modelChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    answer();
}

void BoardsForModelView::refreshUnits()
{
    for (MemoryEdit *edit : {m_ram, m_flash})
        edit->refreshUnits();
    if (m_catalogue)
        answer();
}

// "133.7 kB RAM and 701.2 kB Flash on tflm24-cortex-m4-cmsis, ..." for every runtime the graph
// has figures for, the paper's when it has none other.
QString BoardsForModelView::needsText(const kg::ModelEntry &model) const
{
    QStringList parts;
    for (const kg::RuntimeFigures &f : model.runtimes) {
        if (!f.runnable)
            parts << tr("cannot run on %1").arg(f.runtime);
        else
            parts << tr("%1 RAM and %2 Flash on %3")
                         .arg(Units::memory(f.ramKb.value_or(model.ramKb)),
                              Units::memory(f.flashKb.value_or(model.flashKb)), f.runtime);
    }
    if (parts.isEmpty())
        parts << tr("%1 RAM and %2 Flash (the paper's figures)")
                     .arg(Units::memory(model.ramKb), Units::memory(model.flashKb));
    return parts.join(QStringLiteral(", "));
}

void BoardsForModelView::answer()
{
    if (!m_catalogue)
        return;
    if (m_byModel->isChecked()) {
        const QString iri = m_modelChoice->currentData().toString();
        const auto it = std::find_if(m_catalogue->models.begin(), m_catalogue->models.end(),
                                     [&](const kg::ModelEntry &m) { return m.iri == iri; });
        if (it == m_catalogue->models.end()) {
            m_model->setQuestion(nullptr, {});
            m_summary->setText(tr("The graph holds no models yet."));
            return;
        }
        m_model->setModelQuestion(m_catalogue, *it);
        m_summary->setText(tr("%1 of %2 boards can run %3 (it needs %4; sensors: %5).")
                               .arg(m_model->fittingCount())
                               .arg(m_model->rowCount())
                               .arg(it->name, needsText(*it),
                                    it->sensors.isEmpty() ? tr("none") : OntologyNames::sensors(it->sensors)));
        return;
    }
    if (!m_ram->isAcceptable() || !m_flash->isAcceptable()) {
        // The table keeps its last answer; the field says what it cannot read.
        m_summary->setText(tr("Write the RAM and Flash needed as sizes, e.g. 256 kB, 0.5 MB or 512 KiB."));
        return;
    }
    kg::Resources need;
    need.sensors = m_sensors->checked();
    need.ramKb = m_ram->kb().value_or(0);
    need.flashKb = m_flash->kb().value_or(0);
    m_model->setQuestion(m_catalogue, need);
    m_summary->setText(tr("%1 of %2 boards can run %3 (it needs %4 RAM, %5 Flash, sensors: %6).")
                           .arg(m_model->fittingCount())
                           .arg(m_model->rowCount())
                           .arg(tr("these requirements"), Units::memory(need.ramKb), Units::memory(need.flashKb),
                                need.sensors.isEmpty() ? tr("none") : OntologyNames::sensors(need.sensors)));
}

} // namespace tinyml::gui
