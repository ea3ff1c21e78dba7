// The fields a person fills in about a model (kg::ModelInfo): name, description, sensors,
// category, metric, training data, provenance and what its input and output mean. The import form
// shows it for the model chosen in its table, the model form for the model being edited.
#pragma once

#include "kg/ModelInfo.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace tinyml::gui {

class SensorChecks;

class ModelInfoForm : public QWidget
{
    Q_OBJECT
public:
    explicit ModelInfoForm(QWidget *parent = nullptr);

    // Shows `info`; emits no changed() while doing so.
    void setInfo(const kg::ModelInfo &info);
    // What the fields say (the runtime platform is kept from setInfo()).
    kg::ModelInfo info() const;
    // What keeps `info` from being saved, each prefixed by `what` ("file.tflite: ").
    static QStringList problems(const kg::ModelInfo &info, const QString &what = QString());

    QLineEdit *nameField() const { return m_name; }

signals:
    // A field was changed by the person.
    void changed();

private:
    void showMetricUnit();

    bool m_filling = false;
    QString m_runtimePlatform;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_creator;
    QLineEdit *m_date;
    QComboBox *m_category;
    QComboBox *m_metric;
    QDoubleSpinBox *m_metricValue;
    QLineEdit *m_dataset;
    QLineEdit *m_citation;
    QLineEdit *m_repository;
    SensorChecks *m_sensors;
    QLineEdit *m_sensorInfo;
    QLineEdit *m_inputInfo;
    QLineEdit *m_outputInfo;
};

} // namespace tinyml::gui
