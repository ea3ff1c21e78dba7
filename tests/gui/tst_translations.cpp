// The German and Simplified Chinese translations are compiled in and used: the settings or the
// system pick the language, and the main window's menus and actions then read in it.
#include "mainwindow/MainWindow.h"
#include "settings/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tinyml::gui;

namespace {

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList actionTexts()
{
    MainWindow window;
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path()); }
    void cleanup() { removeTranslators(); }

    void menusReadInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Datei");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件");
    }
    void menusReadInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        removeTranslators();
        const QStringList english = actionTexts();
        QVERIFY(installTranslations(QLocale(language)));
        const QStringList translated = actionTexts();
        QCOMPARE(translated.size(), english.size());
        QVERIFY2(translated.first().contains(fileMenu), qPrintable(translated.first()));
        // Every menu entry is translated, save those that are the same word in both languages.
        QStringList untranslated;
        for (int i = 0; i < english.size(); ++i) {
            if (english[i] == translated[i]
                && !QString(english[i]).remove(QLatin1Char('&')).contains(QLatin1String("SPARQL")))
                untranslated << english[i];
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
    }

    void englishCountsAreWords()
    {
        removeTranslators();
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("tinyml::gui::MainWindow", "%n board(s)", nullptr, 1),
                 QStringLiteral("1 board"));
        QCOMPARE(QCoreApplication::translate("tinyml::gui::MainWindow", "%n board(s)", nullptr, 23),
                 QStringLiteral("23 boards"));
    }

    void theSettingsOverrideTheSystem()
    {
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"),
                  QStringLiteral("tinyml-manager"))
            .setValue(QStringLiteral("display/language"), QStringLiteral("de"));
        QCOMPARE(chosenLocale().language(), QLocale::German);
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"),
                  QStringLiteral("tinyml-manager"))
            .remove(QStringLiteral("display/language"));
        QCOMPARE(chosenLocale(), QLocale::system());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
