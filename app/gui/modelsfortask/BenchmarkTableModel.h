// "Which models do this task": the models that match a task, benchmarked (metric and value, MACs,
// RAM, Flash) for comparison, the best match to the task's words first; the view sorts by any column.
#pragma once

#include "kg/Questions.h"

#include <QAbstractTableModel>

#include <memory>

namespace tinyml::gui {

class BenchmarkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Category, Metric, MetricValue, Macs, Ram, Flash, Sensors, Dataset, ColumnCount };

    explicit BenchmarkTableModel(QObject *parent = nullptr);
    void setQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::TaskQuery &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const kg::Catalogue> m_catalogue; // keeps the rows alive
    QList<const kg::ModelEntry *> m_rows;
};

} // namespace tinyml::gui
