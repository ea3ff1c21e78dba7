// The models of an import form as a table, one row a model: what the person says of each
// (editable in place or in the form below the table), the sensors the file suggests, and fill-down
// over the selected cells, so that 23 files are one table rather than 23 forms.
#pragma once

#include "kg/ModelInfo.h"
#include "kg/SensorSuggestions.h"

#include <QAbstractTableModel>
#include <QModelIndexList>

#include <memory>

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::gui {

struct ImportCandidate {
    QString path;
    QString problem;                                         // why the file is refused; empty for a model
    kg::ModelInfo info;                                      // prefilled from the file
    std::shared_ptr<const ModelAnalysis> analysis = nullptr; // the file's, handed on to the import
    QList<kg::SensorSuggestion> suggestions;                 // what the file suggests, never applied unasked
};

class ModelImportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        File,
        Name,
        Sensors,
        Suggested,
        Category,
        Metric,
        MetricValue,
        Dataset,
        Creator,
        Description,
        Macs,
        ColumnCount
    };

    explicit ModelImportTableModel(QList<ImportCandidate> models, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const QList<ImportCandidate> &models() const { return m_models; }
    const ImportCandidate &at(int row) const { return m_models.at(row); }
    void setInfo(int row, const kg::ModelInfo &info);

    // Copies, in each column of `cells`, the topmost selected row's value into the other selected
    // rows of that column (a single cell takes the value of the row above). Whole rows copy every
    // field but the name. Returns how many cells changed.
    int fillDown(const QModelIndexList &cells);
    // The rows' own suggested sensors become their sensors. Returns how many rows changed.
    int acceptSuggestions(const QList<int> &rows);
    // Rows whose sensors are still unknown.
    int withoutSensors() const;

private:
    // Copies column `column` of row `from` into row `to`; true when it changed.
    bool copyField(int column, int from, int to);

    QList<ImportCandidate> m_models;
};

} // namespace tinyml::gui
