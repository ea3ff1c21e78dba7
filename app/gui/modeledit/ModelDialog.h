// Edits what the graph says of a model (its ModelInfo); the analyser's figures are not editable.
// Save commits through the saver and the form stays open until the change is in the graph: on
// failure it shows why and keeps what was typed.
#pragma once

#include "kg/ModelInfo.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;

namespace tinyml::gui {

class ModelInfoForm;

class ModelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ModelDialog(const kg::ModelInfo &info, QWidget *parent = nullptr);

    using Saver = std::function<void(const kg::ModelInfo &info, std::function<void(const QString &error)> done)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    void accept() override;

private:
    void validate();
    void saved(const QString &error);

    ModelInfoForm *m_form;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    Saver m_saver;
    bool m_saving = false;
};

} // namespace tinyml::gui
