// "Which models do this task": describe the task (words, sensor, training data, category,
// metric) and compare the models that match by accuracy, MACs, RAM and Flash. With words, the best
// match comes first until a column is sorted ("Best match first" brings that order back).
#pragma once

#include "kg/Catalogue.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tinyml::gui {

class BenchmarkTableModel;

class ModelsForTaskView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsForTaskView(QWidget *parent = nullptr);
    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    QTableView *table() const { return m_table; }

private:
    void answer();
    void showBestMatchFirst();

    std::shared_ptr<const kg::Catalogue> m_catalogue;
    BenchmarkTableModel *m_model;
    QLineEdit *m_text;
    QPushButton *m_bestMatchFirst;
    bool m_hadText = false;
    QComboBox *m_sensor;
    QLineEdit *m_dataset;
    QComboBox *m_category;
    QComboBox *m_metric;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace tinyml::gui
