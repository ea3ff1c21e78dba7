#include "Translations.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tinyml::gui {

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
