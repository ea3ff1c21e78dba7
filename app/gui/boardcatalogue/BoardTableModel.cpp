#include "BoardTableModel.h"

#include "widgets/OntologyNames.h"
#include "widgets/TableCells.h"

namespace tinyml::gui {

BoardTableModel::BoardTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(std::make_shared<kg::Catalogue>())
{ }

void BoardTableModel::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    beginResetModel();
    m_catalogue = catalogue ? std::move(catalogue) : std::make_shared<kg::Catalogue>();
    endResetModel();
}

const kg::BoardEntry *BoardTableModel::boardAt(int row) const
{
    return row >= 0 && row < m_catalogue->boards.size() ? &m_catalogue->boards[row] : nullptr;
}

int BoardTableModel::rowOf(const QString &iri) const
{
    for (int i = 0; i < m_catalogue->boards.size(); ++i) {
        if (m_catalogue->boards[i].iri == iri)
            return i;
    }
    return -1;
}

int BoardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue->boards.size());
}

int BoardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const kg::BoardEntry &b = m_catalogue->boards[index.row()];
    if (role == IriRole)
        return b.iri;
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole) {
            QStringList lines{b.name};
            if (!b.sensors.isEmpty())
                lines << tr("Sensors: %1").arg(OntologyNames::sensors(b.sensors));
            lines << (b.description.isEmpty() ? shortForm(rdf::RdfTerm::iri(b.iri)) : b.description);
            return lines.join(QLatin1Char('\n'));
        }
        return textCell(b.name, role);
    case Manufacturer: return textCell(b.manufacturer, role);
    case Mcu: return textCell(b.mcu, role);
    case Ram: return memoryCell(b.ramKb, role);
    case Flash: return memoryCell(b.flashKb, role);
    case Sensors: return textCell(OntologyNames::sensors(b.sensors), role);
    default: return {};
    }
}

QVariant BoardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Board");
    case Manufacturer: return tr("Manufacturer");
    case Mcu: return tr("Microcontroller");
    case Ram: return tr("RAM");
    case Flash: return tr("Flash");
    case Sensors: return tr("Sensors");
    default: return {};
    }
}

BoardFilterProxy::BoardFilterProxy(QObject *parent) : SortingProxy(parent) { }

void BoardFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BoardFilterProxy::setSensor(const QString &sensorClass)
{
    m_sensor = sensorClass;
    invalidateFilter();
}

void BoardFilterProxy::setMinimumRamKb(double kb)
{
    m_ramKb = kb;
    invalidateFilter();
}

void BoardFilterProxy::setMinimumFlashKb(double kb)
{
    m_flashKb = kb;
    invalidateFilter();
}

bool BoardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const kg::BoardEntry *b = static_cast<const BoardTableModel *>(sourceModel())->boardAt(sourceRow);
    if (!b || b->ramKb < m_ramKb || b->flashKb < m_flashKb)
        return false;
    if (!m_sensor.isEmpty() && !b->sensors.contains(m_sensor))
        return false;
    return m_text.isEmpty() || b->name.contains(m_text, Qt::CaseInsensitive)
        || b->description.contains(m_text, Qt::CaseInsensitive) || b->manufacturer.contains(m_text, Qt::CaseInsensitive)
        || b->mcu.contains(m_text, Qt::CaseInsensitive);
}

} // namespace tinyml::gui
