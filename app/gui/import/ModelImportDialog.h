// Before models join the graph a person says what the analyser cannot know: the form for each
// file is prefilled from the file (its name, and the TFLite Metadata's description, author and
// tensor notes) and checked before the import is accepted. Files that are not models are listed
// with the reason and left out. With a saver, Import commits the models and the form stays open
// until they are in the graph: on failure it shows why and keeps everything typed.
#pragma once

#include "kg/ModelInfo.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::gui {

class SensorChecks;

struct ImportCandidate {
    QString path;
    QString problem;                                         // why the file is refused; empty for a model
    kg::ModelInfo info;                                      // prefilled from the file
    std::shared_ptr<const ModelAnalysis> analysis = nullptr; // the file's, handed on to the import
};

// The form's starting values for a file the analyser read.
kg::ModelInfo prefilledInfo(const ModelAnalysis &analysis);

class ModelImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ModelImportDialog(const QList<ImportCandidate> &candidates, QWidget *parent = nullptr);
    // The models to import, with what the person entered.
    QList<kg::ModelImport> imports() const;
    // Problems that keep the import from being accepted ("file: problem").
    QStringList problems() const;

    // Imports the models and calls `done` with the error, empty once they are in the graph.
    using Saver =
        std::function<void(const QList<kg::ModelImport> &imports, std::function<void(const QString &error)> done)>;
    // Import then commits through `saver`; the form closes (accepted) once it succeeded.
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    bool isSaving() const { return m_saving; }

    // As Import is clicked: nothing while the form has problems; with a saver, the commit.
    void accept() override;
    // The commit in progress cannot be taken back: the form closes when it has ended.
    void reject() override;

signals:
    // The commit failed; the form stays open with `error` and what was typed.
    void saveFailed(const QString &error);

private:
    void showCandidate(int row);
    void showMetricUnit();
    void storeCurrent();
    void validate();
    void saved(const QString &error);

    QList<ImportCandidate> m_models;
    int m_current = -1;
    QListWidget *m_list;
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
    QLabel *m_refused;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QWidget *m_fields; // the list and the form, read-only while the models are committed
    Saver m_saver;
    bool m_saving = false;
};

} // namespace tinyml::gui
