// The answers the GUI tests and benchmarks give the main window instead of a user: no message
// box, Yes to every confirmation, No to every risk, and models imported as analysed when their
// metadata has no problem. The fit gate gets `fitAnswer` (Cancel unless a test says otherwise) and
// its questions are kept for the test to read.
#pragma once

#include "import/ModelImportDialog.h"
#include "mainwindow/UserPrompts.h"

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
        return dialog.problems().isEmpty();
    }
    FitQuestion::Answer askFit(QWidget *, const FitQuestion &question) override
    {
        fitQuestions << question;
        return fitAnswer;
    }

    FitQuestion::Answer fitAnswer = FitQuestion::Answer::Cancel;
    QList<FitQuestion> fitQuestions;
};

} // namespace tinyml::gui
