#include "Translations.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tinyml::gui {
namespace {

// The standard buttons' texts (Cancel, Save, OK in every form) are Qt's, translated by Qt's own
// files, which many systems do not install: the form would then say "Cancel" in German. Our
// translation carries them too, under Qt's contexts, so that our translator answers Qt's lookups
// whether or not Qt's files are there. QPlatformTheme is the default theme's, QGnomeTheme GNOME's.
[[maybe_unused]] constexpr const char *kStandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),   QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),       QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),   QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
};

} // namespace

QLocale chosenLocale()
{
    const QString chosen = settings::language.value();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(QCoreApplication::instance());
    // A language we do not translate reads English, with English plurals ("1 model").
    const bool found =
        ours->load(locale, QStringLiteral("tinyml-manager"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("tinyml-manager_en"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace tinyml::gui
