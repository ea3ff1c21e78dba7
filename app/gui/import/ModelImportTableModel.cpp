#include "ModelImportTableModel.h"

#include "widgets/OntologyNames.h"
#include "widgets/Units.h"

#include "analysis/ModelAnalysis.h"

#include <QFileInfo>
#include <QFont>
#include <QMap>
#include <QSet>

namespace tinyml::gui {
namespace {

// A sensor typed in a cell: its class or its shown (translated) name, in any case.
std::optional<QString> sensorClassOf(const QString &typed)
{
    if (const auto sensor = kg::sensorClassNamed(typed))
        return sensor;
    for (const QString &c : kg::sensorClasses()) {
        if (OntologyNames::sensorName(c).compare(typed, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

} // namespace

ModelImportTableModel::ModelImportTableModel(QList<ImportCandidate> models, QObject *parent)
    : QAbstractTableModel(parent), m_models(std::move(models))
{ }

int ModelImportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelImportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelImportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Name: return tr("Name");
    case Sensors: return tr("Sensors");
    case Suggested: return tr("Suggested sensors");
    case Category: return tr("Category");
    case Metric: return tr("Metric");
    case MetricValue: return tr("Value");
    case Dataset: return tr("Training data");
    case Creator: return tr("Creator");
    case Description: return tr("Description");
    case Macs: return tr("MACs");
    }
    return {};
}

Qt::ItemFlags ModelImportTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Name:
    case Sensors:
    case MetricValue:
    case Dataset:
    case Creator:
    case Description: f |= Qt::ItemIsEditable; break;
    default: break;
    }
    return f;
}

QVariant ModelImportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size())
        return {};
    const ImportCandidate &c = m_models[index.row()];
    const kg::ModelInfo &info = c.info;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case File: return QFileInfo(c.path).fileName();
        case Name: return info.name;
        case Sensors:
            if (info.sensors.isEmpty())
                return edit ? QString() : tr("unknown");
            return OntologyNames::sensors(info.sensors);
        case Suggested:
            return c.suggestions.isEmpty() ? tr("none")
                                           : OntologyNames::sensors(kg::SensorSuggestions::sensorsOf(c.suggestions));
        case Category:
            return info.category ? OntologyNames::categoryName(kg::categoryLocalName(*info.category)) : QString();
        case Metric: return info.metric ? OntologyNames::metricName(kg::metricLocalName(*info.metric)) : QString();
        case MetricValue:
            if (edit)
                return info.metricValue ? QLocale().toString(*info.metricValue) : QString();
            return info.metric ? Units::metric(info.metricValue, kg::metricLocalName(*info.metric)) : QString();
        case Dataset: return info.trainingDataset;
        case Creator: return info.creator;
        case Description: return info.description;
        case Macs: return c.analysis ? Units::count(qint64(c.analysis->macs.paperTotal)) : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Suggested && !c.suggestions.isEmpty())
            return kg::SensorSuggestions::describe(c.suggestions);
        if (index.column() == Sensors && info.sensors.isEmpty())
            return tr("No sensor is stated: the model fits no board until its sensors are known. Type them "
                      "(\"Microphone, Camera\"), tick them in the form or use the suggestion.");
        if (index.column() == Description)
            return info.description;
    }
    if (role == Qt::FontRole && index.column() == Sensors && info.sensors.isEmpty()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

bool ModelImportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_models.size())
        return false;
    kg::ModelInfo info = m_models[index.row()].info;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Name: info.name = text; break;
    case Sensors: {
        QStringList sensors;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto sensor = sensorClassOf(part.trimmed());
            if (!sensor)
                return false;
            if (!sensors.contains(*sensor))
                sensors << *sensor;
        }
        info.sensors = sensors;
        break;
    }
    case MetricValue: {
        if (!info.metric)
            return false;
        if (text.isEmpty()) {
            info.metricValue.reset();
            break;
        }
        bool ok = false;
        double figure = QLocale().toDouble(QString(text).remove(QLocale().percent()).trimmed(), &ok);
        if (!ok)
            figure = QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        if (!ok || (kg::isAccuracy(info.metric) && (figure < 0 || figure > 100)))
            return false;
        info.metricValue = kg::knownMetricValue(figure);
        break;
    }
    case Dataset: info.trainingDataset = text; break;
    case Creator: info.creator = text; break;
    case Description: info.description = text; break;
    default: return false;
    }
    setInfo(index.row(), info);
    return true;
}

void ModelImportTableModel::setInfo(int row, const kg::ModelInfo &info)
{
    m_models[row].info = info;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ModelImportTableModel::copyField(int column, int from, int to)
{
    const kg::ModelInfo &source = m_models[from].info;
    kg::ModelInfo info = m_models[to].info;
    switch (column) {
    case Name: info.name = source.name; break;
    case Sensors:
        info.sensors = source.sensors;
        info.sensorInfo = source.sensorInfo;
        break;
    case Category: info.category = source.category; break;
    case Metric:
    case MetricValue:
        info.metric = source.metric;
        info.metricValue = source.metricValue;
        break;
    case Dataset: info.trainingDataset = source.trainingDataset; break;
    case Creator: info.creator = source.creator; break;
    case Description: info.description = source.description; break;
    default: return false;
    }
    if (info == m_models[to].info)
        return false;
    setInfo(to, info);
    return true;
}

int ModelImportTableModel::fillDown(const QModelIndexList &cells)
{
    QMap<int, QList<int>> rowsOfColumn;
    for (const QModelIndex &cell : cells) {
        if (cell.isValid() && cell.model() == this)
            rowsOfColumn[cell.column()] << cell.row();
    }
    // Whole rows selected: every field but the name goes down.
    QSet<int> rows;
    for (const QModelIndex &cell : cells)
        rows.insert(cell.row());
    bool wholeRows = !rowsOfColumn.isEmpty();
    for (int row : std::as_const(rows)) {
        for (int column = 0; column < ColumnCount && wholeRows; ++column)
            wholeRows = rowsOfColumn.value(column).contains(row);
    }
    if (wholeRows && rows.size() > 1) {
        rowsOfColumn.remove(Name);
        rowsOfColumn.remove(Metric); // MetricValue copies both
    }
    int changed = 0;
    for (auto it = rowsOfColumn.begin(); it != rowsOfColumn.end(); ++it) {
        QList<int> &selected = it.value();
        std::sort(selected.begin(), selected.end());
        selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
        if (selected.size() == 1) {
            if (selected.front() > 0 && copyField(it.key(), selected.front() - 1, selected.front()))
                ++changed;
            continue;
        }
        for (int i = 1; i < selected.size(); ++i) {
            if (copyField(it.key(), selected.front(), selected[i]))
                ++changed;
        }
    }
    return changed;
}

int ModelImportTableModel::acceptSuggestions(const QList<int> &rows)
{
    int changed = 0;
    for (int row : rows) {
        if (row < 0 || row >= m_models.size() || m_models[row].suggestions.isEmpty())
            continue;
        kg::ModelInfo info = m_models[row].info;
        const QStringList suggested = kg::SensorSuggestions::sensorsOf(m_models[row].suggestions);
        if (info.sensors == suggested)
            continue;
        info.sensors = suggested;
        setInfo(row, info);
        ++changed;
    }
    return changed;
}

int ModelImportTableModel::withoutSensors() const
{
    return int(std::count_if(m_models.cbegin(), m_models.cend(),
                             [](const ImportCandidate &c) { return c.info.sensors.isEmpty(); }));
}

} // namespace tinyml::gui
