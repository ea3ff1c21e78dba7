#include "UserPrompts.h"

#include "import/ModelImportDialog.h"

#include <QMessageBox>

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

bool DialogPrompts::reviewImport(ModelImportDialog &dialog, QString *)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace tinyml::gui
