#include "UserPrompts.h"

#include "import/ModelImportDialog.h"
#include "import/ModelUpdatesDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace tinyml::gui {

void DialogPrompts::warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool DialogPrompts::acceptRisk(QWidget *parent, const QString &title, const QString &warning)
{
    return QMessageBox::warning(parent, title, warning, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

FitQuestion::Answer DialogPrompts::askFit(QWidget *parent, const FitQuestion &question)
{
    QMessageBox box(QMessageBox::Warning, FitQuestion::tr("Deploy %1").arg(question.model), question.text(),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("fitGate"));
    QPushButton *anyway = box.addButton(FitQuestion::tr("Deploy &anyway"), QMessageBox::DestructiveRole);
    QPushButton *onlyFitting = question.othersRemain()
        ? box.addButton(FitQuestion::tr("&Only boards that fit"), QMessageBox::AcceptRole)
        : nullptr;
    if (onlyFitting)
        box.setDefaultButton(onlyFitting);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == anyway)
        return FitQuestion::Answer::DeployAnyway;
    if (onlyFitting && box.clickedButton() == onlyFitting)
        return FitQuestion::Answer::OnlyBoardsThatFit;
    return FitQuestion::Answer::Cancel;
}

bool DialogPrompts::reviewUpdates(QWidget *parent, const QString &source, const QList<kg::ModelUpdate> &updates,
                                  int newModels)
{
    ModelUpdatesDialog dialog(source, updates, newModels, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool DialogPrompts::reviewImport(ModelImportDialog &dialog, QString *)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace tinyml::gui
