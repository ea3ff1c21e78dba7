// Before models join the graph a person says what the analyser cannot know. The form is a table,
// one row a model, prefilled from each file (its name, and the TFLite Metadata's description,
// author, labels and tensor notes), with the sensors the file suggests shown beside, never applied
// unasked; fill-down (Ctrl+D) copies a cell or a row to the selected rows. The row chosen shows in
// full below, with the analyser's MACs, RAM and Flash per runtime. Files that are not models are
// listed with the reason and left out. With a saver, Import commits the models and the form stays
// open until they are in the graph: on failure it shows why and keeps everything typed.
#pragma once

#include "import/ModelImportTableModel.h"
#include "kg/ModelInfo.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::gui {

class ModelInfoForm;

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

    ModelImportTableModel *table() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    // Fill-down over the table's selection (Ctrl+D); the suggested sensors of the selected rows.
    void fillDown();
    void acceptSuggestions();

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
    void showCurrent();
    void validate();
    void saved(const QString &error);
    QList<int> selectedRows() const;

    ModelImportTableModel *m_model;
    QTableView *m_table;
    ModelInfoForm *m_form;
    QLabel *m_fromFile;
    QPushButton *m_useSuggestion;
    QLabel *m_refused;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QWidget *m_fields; // the table and the form, read-only while the models are committed
    int m_current = -1;
    Saver m_saver;
    bool m_saving = false;
};

} // namespace tinyml::gui
