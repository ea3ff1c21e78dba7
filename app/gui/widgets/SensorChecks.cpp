#include "SensorChecks.h"

#include "kg/ModelInfo.h"
#include "widgets/OntologyNames.h"

#include <QGridLayout>

namespace tinyml::gui {

SensorChecks::SensorChecks(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList &classes = kg::sensorClasses();
    for (int i = 0; i < classes.size(); ++i) {
        auto *box = new QCheckBox(OntologyNames::sensorName(classes[i]));
        box->setObjectName(QStringLiteral("sensor_") + classes[i]);
        box->setProperty("sensorClass", classes[i]);
        connect(box, &QCheckBox::toggled, this, &SensorChecks::changed);
        layout->addWidget(box, i / 4, i % 4);
        m_boxes << box;
    }
}

QStringList SensorChecks::checked() const
{
    QStringList classes;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            classes << box->property("sensorClass").toString();
    }
    return classes;
}

void SensorChecks::setChecked(const QStringList &sensorClasses)
{
    for (QCheckBox *box : m_boxes)
        box->setChecked(sensorClasses.contains(box->property("sensorClass").toString()));
}

} // namespace tinyml::gui
