// The layers of one model as the analyser sees them: role, operator type, data type, fused
// activation, input and output shapes, MACs and the bytes each produces.
#pragma once

#include "analysis/ModelAnalysis.h"

#include <QAbstractTableModel>

#include <memory>

namespace tinyml::gui {

class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Role, Type, DataType, Activation, InputShape, OutputShape, Macs, OutputBytes, ColumnCount };

    explicit LayerTableModel(QObject *parent = nullptr);
    void setAnalysis(std::shared_ptr<const ModelAnalysis> analysis);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const ModelAnalysis> m_analysis;
};

// "1×96×96×1"
QString shapeText(const std::vector<int32_t> &shape);

} // namespace tinyml::gui
