// The answers the GUI tests and benchmarks give the main window instead of a user: no message
// box, Yes to every confirmation, No to every risk, and models imported as analysed when their
// metadata has no problem (Import clicked in the form; a commit that fails cancels the form with
// its reason); the changes an import makes to models of the graph are applied. The fit gate gets `fitAnswer` (Cancel unless a test says otherwise) and its
// questions are kept for the test to read.
#pragma once

#include "import/ModelImportDialog.h"
#include "mainwindow/UserPrompts.h"

#include <QTimer>

#include <memory>

namespace tinyml::gui {

class AutomaticPrompts : public UserPrompts
{
public:
    static std::unique_ptr<UserPrompts> make() { return std::make_unique<AutomaticPrompts>(); }

    void warn(QWidget *, const QString &, const QString &) override { }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    bool acceptRisk(QWidget *, const QString &, const QString &) override { return false; }
    bool reviewImport(ModelImportDialog &dialog, QString *refusal) override
    {
        *refusal = dialog.problems().join(QLatin1Char('\n'));
        if (!refusal->isEmpty())
            return false;
        // Import is clicked as the form shows; a commit that fails closes it with the reason.
        QObject::connect(&dialog, &ModelImportDialog::saveFailed, &dialog, [&dialog, refusal](const QString &error) {
            *refusal = error;
            dialog.reject();
        });
        QTimer::singleShot(0, &dialog, [&dialog]() { dialog.accept(); });
        return dialog.exec() == QDialog::Accepted;
    }
    FitQuestion::Answer askFit(QWidget *, const FitQuestion &question) override
    {
        fitQuestions << question;
        return fitAnswer;
    }

    bool reviewUpdates(QWidget *, const QString &, const QList<kg::ModelUpdate> &updates, int) override
    {
        updateReviews << updates;
        return updatesAnswer;
    }

    FitQuestion::Answer fitAnswer = FitQuestion::Answer::Cancel;
    QList<FitQuestion> fitQuestions;
    bool updatesAnswer = true;                   // Apply changes
    QList<QList<kg::ModelUpdate>> updateReviews; // what each review showed
};

} // namespace tinyml::gui
