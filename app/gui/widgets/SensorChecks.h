// A row of check boxes, one per sensor class of the ontology.
#pragma once

#include <QCheckBox>
#include <QList>
#include <QWidget>

namespace tinyml::gui {

class SensorChecks : public QWidget
{
    Q_OBJECT
public:
    explicit SensorChecks(QWidget *parent = nullptr);
    QStringList checked() const;
    void setChecked(const QStringList &sensorClasses);

signals:
    void changed();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace tinyml::gui
