#include "LayerTableModel.h"

#include "widgets/TableCells.h"

namespace tinyml::gui {

QString shapeText(const std::vector<int32_t> &shape)
{
    QStringList parts;
    for (int32_t d : shape)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void LayerTableModel::setAnalysis(std::shared_ptr<const ModelAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->layers.layers.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const tflite::Layer &layer = m_analysis->layers.layers[size_t(index.row())];
    switch (index.column()) {
    case Index: return countCell(index.row() + 1, role);
    case Role: {
        QString text;
        switch (layer.role) {
        case tflite::LayerRole::Input: text = tr("Input"); break;
        case tflite::LayerRole::Middle: text = tr("Middle %1").arg(layer.roleIndex); break;
        case tflite::LayerRole::Output: text = tr("Output"); break;
        }
        return textCell(text, role);
    }
    case Type: return textCell(QString::fromStdString(layer.type), role);
    case DataType: return textCell(QString::fromLatin1(tflite::tensorTypeName(layer.dataType)), role);
    case Activation:
        return textCell(layer.activation ? QString::fromLatin1(tflite::activationName(*layer.activation)) : QString(),
                        role);
    case InputShape: return textCell(shapeText(layer.inputShape), role);
    case OutputShape: return textCell(shapeText(layer.outputShape), role);
    case Macs: return countCell(qint64(layer.macs.paper), role);
    case OutputBytes: return countCell(qint64(layer.outputBytes), role);
    default: return {};
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index: return tr("#");
    case Role: return tr("Layer");
    case Type: return tr("Type");
    case DataType: return tr("Data type");
    case Activation: return tr("Activation");
    case InputShape: return tr("Input shape");
    case OutputShape: return tr("Output shape");
    case Macs: return tr("MACs");
    case OutputBytes: return tr("Output bytes");
    default: return {};
    }
}

} // namespace tinyml::gui
