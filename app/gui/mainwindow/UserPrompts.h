// What the main window and its controllers ask the user, in one place: a failure to see, a
// question to confirm, the metadata of models to import, the changes an import makes to models of
// the graph, a model that does not fit its boards. The program asks through modal dialogs
// (DialogPrompts); tests and scripts give their own answers (MainWindow::setPrompts).
#pragma once

#include "deploy/FitQuestion.h"
#include "kg/KnowledgeGraph.h"

#include <QString>

class QWidget;

namespace tinyml::gui {

class ModelImportDialog;

class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    // Shows a failure that the status bar alone would let pass.
    virtual void warn(QWidget *parent, const QString &title, const QString &message) = 0;
    // Asks before something that cannot be taken back lightly (Yes or Cancel); true for Yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
    // Asks about a risk, such as trusting a certificate (Yes or No, No by default); true for Yes.
    virtual bool acceptRisk(QWidget *parent, const QString &title, const QString &warning) = 0;
    // Lets the user review and complete the models' metadata. The form's Import commits them and
    // the form closes once they are in the graph: true then. When it is false, `refusal` says why
    // unless the user simply cancelled.
    virtual bool reviewImport(ModelImportDialog &dialog, QString *refusal) = 0;
    // Asks before a model goes to boards the graph says it does not fit: Deploy anyway, Only
    // boards that fit (when others remain), or Cancel.
    virtual FitQuestion::Answer askFit(QWidget *parent, const FitQuestion &question) = 0;
    // Shows what an import from `source` changes of models the graph has (and how many it adds);
    // true when the person applies it.
    virtual bool reviewUpdates(QWidget *parent, const QString &source, const QList<kg::ModelUpdate> &updates,
                               int newModels) = 0;
};

// The program's prompts: modal message boxes and the import dialog.
class DialogPrompts : public UserPrompts
{
public:
    void warn(QWidget *parent, const QString &title, const QString &message) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
    bool acceptRisk(QWidget *parent, const QString &title, const QString &warning) override;
    bool reviewImport(ModelImportDialog &dialog, QString *refusal) override;
    FitQuestion::Answer askFit(QWidget *parent, const FitQuestion &question) override;
    bool reviewUpdates(QWidget *parent, const QString &source, const QList<kg::ModelUpdate> &updates,
                       int newModels) override;
};

} // namespace tinyml::gui
