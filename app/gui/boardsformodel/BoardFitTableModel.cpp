#include "BoardFitTableModel.h"

#include "widgets/OntologyNames.h"
#include "widgets/TableCells.h"

namespace tinyml::gui {

BoardFitTableModel::BoardFitTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void BoardFitTableModel::setQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::Resources &need)
{
    QList<kg::BoardAnswer> answers = catalogue ? kg::boardsFor(*catalogue, need) : QList<kg::BoardAnswer>();
    setAnswers(std::move(catalogue), std::move(answers));
}

void BoardFitTableModel::setModelQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::ModelEntry &model)
{
    QList<kg::BoardAnswer> answers = catalogue ? kg::boardsFor(*catalogue, model) : QList<kg::BoardAnswer>();
    setAnswers(std::move(catalogue), std::move(answers));
}

void BoardFitTableModel::setAnswers(std::shared_ptr<const kg::Catalogue> catalogue, QList<kg::BoardAnswer> answers)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    m_answers = std::move(answers);
    m_reasons.clear();
    for (const kg::BoardAnswer &a : m_answers)
        m_reasons << fitReasons(a.fit, a.need);
    endResetModel();
}

int BoardFitTableModel::fittingCount() const
{
    return int(
        std::count_if(m_answers.begin(), m_answers.end(), [](const kg::BoardAnswer &a) { return a.fit.fits(); }));
}

int BoardFitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int BoardFitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardFitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kg::BoardAnswer &a = m_answers[index.row()];
    if (role == IriRole)
        return a.board->iri;
    if (role == FitsRole)
        return a.fit.fits();
    switch (index.column()) {
    case Name: return textCell(a.board->name, role);
    case Fits: return fitCell(a.fit.state, m_reasons[index.row()], role);
    case Ram: return memoryCell(a.board->ramKb, role);
    case Flash: return memoryCell(a.board->flashKb, role);
    case Sensors: return textCell(OntologyNames::sensors(a.board->sensors), role);
    case RamHeadroom: return headroomCell(a.fit.ramHeadroomKb, role);
    case FlashHeadroom: return headroomCell(a.fit.flashHeadroomKb, role);
    case Runtime: return textCell(a.need.runtime.isEmpty() ? tr("paper's figures") : a.need.runtime, role);
    default: return {};
    }
}

QVariant BoardFitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Runtime)
        return tr("The runtime whose figures each board was judged by: the one the board runs");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Board");
    case Fits: return tr("Fits");
    case Ram: return tr("RAM");
    case Flash: return tr("Flash");
    case Sensors: return tr("Sensors");
    case RamHeadroom: return tr("RAM headroom");
    case FlashHeadroom: return tr("Flash headroom");
    case Runtime: return tr("Runtime");
    default: return {};
    }
}

} // namespace tinyml::gui
