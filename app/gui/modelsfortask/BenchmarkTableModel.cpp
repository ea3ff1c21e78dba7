#include "BenchmarkTableModel.h"

#include "widgets/OntologyNames.h"
#include "widgets/TableCells.h"

namespace tinyml::gui {

BenchmarkTableModel::BenchmarkTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void BenchmarkTableModel::setQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::TaskQuery &query)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    // The best match to the task first: the order the view shows while no column is sorted.
    m_rows = m_catalogue ? kg::modelsForTask(*m_catalogue, query, kg::TaskOrder::Relevance)
                         : QList<const kg::ModelEntry *>();
    endResetModel();
}

int BenchmarkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchmarkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kg::ModelEntry &m = *m_rows[index.row()];
    if (role == IriRole)
        return m.iri;
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole)
            return m.description;
        return textCell(m.name, role);
    case Category: return textCell(OntologyNames::categoryName(m.category), role);
    case Metric: return textCell(OntologyNames::metricName(m.metric), role);
    case MetricValue: return metricCell(m.metricValue, m.metric, role);
    case Macs: return countCell(m.macs, role);
    case Ram: return memoryCell(m.ramKb, role);
    case Flash: return memoryCell(m.flashKb, role);
    case Sensors: return textCell(OntologyNames::sensors(m.sensors), role);
    case Dataset: return textCell(m.dataset, role);
    default: return {};
    }
}

QVariant BenchmarkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Model");
    case Category: return tr("Category");
    case Metric: return tr("Metric");
    case MetricValue: return tr("Value");
    case Macs: return tr("MACs");
    case Ram: return tr("RAM");
    case Flash: return tr("Flash");
    case Sensors: return tr("Sensors");
    case Dataset: return tr("Training data");
    default: return {};
    }
}

} // namespace tinyml::gui
