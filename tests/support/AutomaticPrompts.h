// The answers the GUI tests and benchmarks give the main window instead of a user: no message
// box, Yes to every confirmation, No to every risk, and models imported as analysed when their
// metadata has no problem.
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
};

} // namespace tinyml::gui
