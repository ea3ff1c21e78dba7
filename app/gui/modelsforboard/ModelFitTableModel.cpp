#include "ModelFitTableModel.h"

#include "widgets/OntologyNames.h"
#include "widgets/TableCells.h"

#include <algorithm>

namespace tinyml::gui {

ModelFitTableModel::ModelFitTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(std::make_shared<kg::Catalogue>())
{ }

void ModelFitTableModel::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    beginResetModel();
    m_catalogue = catalogue ? std::move(catalogue) : std::make_shared<kg::Catalogue>();
    computeFits();
    endResetModel();
}

void ModelFitTableModel::setOffer(const std::optional<kg::Resources> &offer)
{
    m_offer = offer;
    computeFits();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, Ram, FlashHeadroom); // the tooltips name the runtime
}

void ModelFitTableModel::computeFits()
{
    m_reasons.clear();
    m_fits.clear();
    if (!m_offer)
        return;
    m_fits.reserve(m_catalogue->models.size());
    for (const kg::ModelEntry &m : m_catalogue->models)
        m_fits.push_back(kg::fitOf(kg::requirementsOf(m, m_offer->runtime), *m_offer));
}

const kg::ModelEntry *ModelFitTableModel::modelAt(int row) const
{
    return row >= 0 && row < m_catalogue->models.size() ? &m_catalogue->models[row] : nullptr;
}

int ModelFitTableModel::fittingCount() const
{
    return int(std::count_if(m_fits.begin(), m_fits.end(), [](const kg::Fit &f) { return f.fits(); }));
}

int ModelFitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue->models.size());
}

int ModelFitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelFitTableModel::reasons(int row) const
{
    auto it = m_reasons.constFind(row);
    if (it == m_reasons.cend())
        it = m_reasons.insert(row, fitReasons(m_fits[row], kg::requirementsOf(m_catalogue->models[row], runtime())));
    return *it;
}

QVariant ModelFitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kg::ModelEntry &m = m_catalogue->models[index.row()];
    const bool haveFit = !m_fits.empty();
    if (role == IriRole)
        return m.iri;
    if (role == FitsRole)
        return haveFit ? QVariant(m_fits[index.row()].fits()) : QVariant();
    switch (index.column()) {
    case Name: return textCell(m.name, role);
    case Fits: {
        if (!haveFit)
            return {};
        // Reasons are put into words only for roles that show them, not for sorting 10k rows.
        const kg::FitState state = m_fits[index.row()].state;
        const bool words = state != kg::FitState::Fits
            && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole);
        return fitCell(state, words ? reasons(index.row()) : QString(), role);
    }
    case Category: return textCell(OntologyNames::categoryName(m.category), role);
    case Description: return textCell(m.description, role);
    case Accuracy: return metricCell(m.metricValue, m.metric, role);
    case Macs: return countCell(m.macs, role);
    case Ram: return memoryCell(kg::requirementsOf(m, runtime()).ramKb, role);
    case Flash: return memoryCell(kg::requirementsOf(m, runtime()).flashKb, role);
    case Sensors: return textCell(OntologyNames::sensors(m.sensors), role);
    case RamHeadroom: return haveFit ? headroomCell(m_fits[index.row()].ramHeadroomKb, role) : QVariant();
    case FlashHeadroom: return haveFit ? headroomCell(m_fits[index.row()].flashHeadroomKb, role) : QVariant();
    default: return {};
    }
}

QString ModelFitTableModel::runtime() const
{
    return m_offer ? m_offer->runtime : QString();
}

QVariant ModelFitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && (section == Ram || section == Flash || section == RamHeadroom || section == FlashHeadroom))
        return runtimeFiguresTip(runtime(), section == Ram || section == RamHeadroom);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Model");
    case Fits: return tr("Fits");
    case Category: return tr("Category");
    case Description: return tr("Description");
    case Accuracy: return tr("Accuracy");
    case Macs: return tr("MACs");
    case Ram: return tr("RAM");
    case Flash: return tr("Flash");
    case Sensors: return tr("Sensors");
    case RamHeadroom: return tr("RAM headroom");
    case FlashHeadroom: return tr("Flash headroom");
    default: return {};
    }
}

ModelFitFilterProxy::ModelFitFilterProxy(QObject *parent) : SortingProxy(parent) { }

void ModelFitFilterProxy::setOnlyFitting(bool only)
{
    if (only == m_onlyFitting)
        return;
    m_onlyFitting = only;
    invalidateFilter();
}

void ModelFitFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool ModelFitFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = static_cast<const ModelFitTableModel *>(sourceModel());
    if (m_onlyFitting) {
        const QVariant fits = source->index(sourceRow, 0, sourceParent).data(FitsRole);
        if (fits.isValid() && !fits.toBool())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const kg::ModelEntry *m = source->modelAt(sourceRow);
    return m->name.contains(m_text, Qt::CaseInsensitive) || m->description.contains(m_text, Qt::CaseInsensitive)
        || OntologyNames::categoryName(m->category).contains(m_text, Qt::CaseInsensitive)
        || OntologyNames::sensors(m->sensors).contains(m_text, Qt::CaseInsensitive);
}

} // namespace tinyml::gui
