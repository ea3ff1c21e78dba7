#include "ModelDialog.h"

#include "modeledit/ModelInfoForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace tinyml::gui {

ModelDialog::ModelDialog(const kg::ModelInfo &info, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit model %1").arg(info.name));
    setObjectName(QStringLiteral("modelDialog"));
    m_form = new ModelInfoForm;
    m_form->setInfo(info);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("modelProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ModelInfoForm::changed, this, &ModelDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(760, 560);
    m_form->nameField()->setFocus();
    validate();
}

void ModelDialog::validate()
{
    const QStringList problems = ModelInfoForm::problems(m_form->info());
    QString text = problems.isEmpty() ? QString() : QStringLiteral("⚠ ") + problems.join(QStringLiteral("\n⚠ "));
    if (problems.isEmpty() && m_form->info().sensors.isEmpty())
        text = QStringLiteral("ℹ ") + tr("Without sensors the model fits no board: its sensors are unknown.");
    m_problems->setText(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty() && !m_saving);
}

void ModelDialog::accept()
{
    if (m_saving || !ModelInfoForm::problems(m_form->info()).isEmpty())
        return;
    if (!m_saver) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    m_form->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_problems->setText(tr("Saving…"));
    m_saver(m_form->info(), [dialog = QPointer<ModelDialog>(this)](const QString &error) {
        if (dialog)
            dialog->saved(error);
    });
}

void ModelDialog::saved(const QString &error)
{
    m_saving = false;
    m_form->setEnabled(true);
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    validate();
    m_problems->setText(QStringLiteral("⚠ ") + tr("The model could not be saved: %1").arg(error));
}

} // namespace tinyml::gui
