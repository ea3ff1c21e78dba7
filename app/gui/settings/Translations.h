// The GUI's language: the one chosen in the settings, else the system's. Our texts are compiled
// into the program (:/i18n); Qt's own come from its translations folder when installed.
#pragma once

#include <QLocale>

namespace tinyml::gui {

// The locale the settings (or, without a choice there, the system) ask for.
QLocale chosenLocale();
// Installs our translation and Qt's for `locale` into the application (English for a language
// we do not translate); true if ours was found.
bool installTranslations(const QLocale &locale);

} // namespace tinyml::gui
