// "Which boards can run this model": pick a model of the graph, or type requirements (sensors,
// RAM, Flash), and see every board with whether it can and why not.
#pragma once

#include "kg/Catalogue.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace tinyml::gui {

class BoardFitTableModel;
class MemoryEdit;
class SensorChecks;

class BoardsForModelView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardsForModelView(QWidget *parent = nullptr);
    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    BoardFitTableModel *fitModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    void refreshUnits();

private:
    void answer();
    QString needsText(const kg::ModelEntry &model) const;

    std::shared_ptr<const kg::Catalogue> m_catalogue;
    BoardFitTableModel *m_model;
    QRadioButton *m_byModel;
    QRadioButton *m_byNeeds;
    QComboBox *m_modelChoice;
    SensorChecks *m_sensors;
    MemoryEdit *m_ram;
    MemoryEdit *m_flash;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace tinyml::gui
