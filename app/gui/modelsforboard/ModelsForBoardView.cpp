#include "ModelsForBoardView.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelFitTableModel.h"
#include "widgets/ItemRoles.h"
#include "widgets/OntologyNames.h"
#include "widgets/SortedTable.h"
#include "widgets/Units.h"

#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tinyml::gui {
namespace {

// The layout of the panes and columns; a state saved with another (the board list of version 1
// cut its Flash column at 1280×800) is not restored over this one's defaults.
constexpr qint32 kLayoutVersion = 2;

} // namespace

ModelsForBoardView::ModelsForBoardView(GraphSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ModelFitTableModel(this)), m_proxy(new ModelFitFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_boards = new BoardCataloguePanel;
    connect(m_boards, &BoardCataloguePanel::boardChosen, this, &ModelsForBoardView::answerFor);

    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("modelsQuestion"));
    m_question->setWordWrap(true);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setPlaceholderText(tr("Filter models"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter models"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateSummary();
    });
    m_onlyFitting = new QCheckBox(tr("Only models that &fit"));
    m_onlyFitting->setObjectName(QStringLiteral("onlyFitting"));
    connect(m_onlyFitting, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setOnlyFitting(only);
        updateSummary();
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("modelsSummary"));

    m_table = sortedTable(QStringLiteral("modelTable"), tr("Models for the board"), m_proxy, ModelFitTableModel::Fits);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // What decides (name, fit, figures) in a 1280-pixel window: figures as wide as they are, the
    // description last (it is in the details); name, fit and description keep a width and show in
    // full in their tooltips, the reasons a model does not fit also in the details, wrapped.
    sizeColumns(m_table,
                {ModelFitTableModel::Category, ModelFitTableModel::Accuracy, ModelFitTableModel::Macs,
                 ModelFitTableModel::Ram, ModelFitTableModel::Flash, ModelFitTableModel::RamHeadroom,
                 ModelFitTableModel::FlashHeadroom},
                {});
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(ModelFitTableModel::Name, 200);
    header->resizeSection(ModelFitTableModel::Fits, 220);
    header->resizeSection(ModelFitTableModel::Description, 240);
    header->moveSection(header->visualIndex(ModelFitTableModel::Description), ModelFitTableModel::ColumnCount - 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsForBoardView::showCurrentModel);

    m_details = new ModelDetailsPanel(session);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_onlyFitting);
    tools->addWidget(m_summary);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_question);
    topLayout->addLayout(tools);
    topLayout->addWidget(m_table, 1);

    m_inner = new QSplitter(Qt::Vertical);
    m_inner->addWidget(top);
    m_inner->addWidget(m_details);
    m_inner->setStretchFactor(0, 3);
    m_inner->setStretchFactor(1, 2);
    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->addWidget(m_boards);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({420, 860});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outer);
    answerFor(std::nullopt);
}

void ModelsForBoardView::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    const QString shown = m_details->model() ? m_details->model()->iri : QString();
    m_model->setCatalogue(catalogue);
    m_boards->setCatalogue(std::move(catalogue)); // answers for the board still chosen
    // Keep the model that was shown, if it is still there.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!shown.isEmpty() && index.data(IriRole).toString() == shown) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_details->showModel(std::nullopt);
}

void ModelsForBoardView::answerFor(const std::optional<kg::BoardEntry> &chosen)
{
    if (chosen)
        m_unsaved.reset();
    const std::optional<kg::BoardEntry> board = chosen ? chosen : m_unsaved;
    if (board) {
        m_model->setOffer(kg::capabilitiesOf(*board));
        m_question->setText(
            tr("Models for <b>%1</b>: %2 RAM, %3 Flash, sensors: %4; needs on %5")
                .arg(board->name.toHtmlEscaped(), Units::memory(board->ramKb), Units::memory(board->flashKb),
                     board->sensors.isEmpty() ? tr("none") : OntologyNames::sensors(board->sensors).toHtmlEscaped(),
                     board->runtime.isEmpty() ? tr("the paper's runtime (the board names none)")
                                              : board->runtime.toHtmlEscaped())
            + (chosen ? QString() : tr(" (not saved in the knowledge graph)")));
    } else {
        m_model->setOffer(std::nullopt);
        m_question->setText(tr("Pick a board to see which models run on it."));
    }
    updateSummary();
    showCurrentFit();
}

void ModelsForBoardView::useUnsavedBoard(const kg::Board &board)
{
    kg::BoardEntry entry;
    entry.name = board.name;
    entry.ramKb = board.ramKb;
    entry.flashKb = board.flashKb;
    entry.sensors = board.sensors;
    entry.runtime = board.runtime;
    m_unsaved = entry;
    m_boards->table()->selectionModel()->clear();
    answerFor(std::nullopt);
}

void ModelsForBoardView::updateSummary()
{
    const int total = m_model->rowCount();
    const bool answered = m_model->index(0, 0).data(FitsRole).isValid();
    if (answered)
        m_summary->setText(
            tr("%1 of %2 models fit; %3 shown").arg(m_model->fittingCount()).arg(total).arg(m_proxy->rowCount()));
    else
        m_summary->setText(tr("%n model(s)", nullptr, total));
}

void ModelsForBoardView::showCurrentModel()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const kg::ModelEntry *m = m_model->modelAt(index.isValid() ? index.row() : -1);
    showCurrentFit();
    m_details->showModel(m ? std::optional<kg::ModelEntry>(*m) : std::nullopt);
}

void ModelsForBoardView::showCurrentFit()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    m_details->setFit(
        index.isValid() ? m_model->index(index.row(), ModelFitTableModel::Fits).data(Qt::AccessibleTextRole).toString()
                        : QString());
}

QStringList ModelsForBoardView::selectedModels() const
{
    QStringList iris;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        iris << index.data(IriRole).toString();
    return iris;
}

void ModelsForBoardView::refreshUnits()
{
    m_boards->refreshUnits();
    m_table->viewport()->update();
    answerFor(m_boards->currentBoard());
}

QByteArray ModelsForBoardView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_outer->saveState() << m_inner->saveState() << m_table->horizontalHeader()->saveState()
        << m_boards->table()->horizontalHeader()->saveState() << m_onlyFitting->isChecked() << kLayoutVersion;
    return state;
}

void ModelsForBoardView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray outer, inner, header, boardHeader;
    bool only = false;
    qint32 layout = 0;
    in >> outer >> inner >> header >> boardHeader >> only;
    if (in.status() != QDataStream::Ok)
        return;
    m_onlyFitting->setChecked(only);
    in >> layout;
    if (in.status() != QDataStream::Ok || layout != kLayoutVersion)
        return; // columns and panes laid out for another version: this one's defaults
    m_outer->restoreState(outer);
    m_inner->restoreState(inner);
    m_table->horizontalHeader()->restoreState(header);
    m_boards->table()->horizontalHeader()->restoreState(boardHeader);
}

} // namespace tinyml::gui
