// tinyml-manager: the desktop application.
#include "deploy/BoardTransfer.h"
#include "kg/KnowledgeGraph.h"
#include "mainwindow/MainWindow.h"
#include "screenshots/ScreenshotTour.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tinyml-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("TinyML Manager"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tinyml_manager.TinyMLManager"));
    tinyml::gui::installTranslations(tinyml::gui::chosenLocale());
    tinyml::deploy::muteQtBluetoothWarnings();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage TinyML models and IoT boards with a knowledge graph."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("store"),
                      QApplication::translate("main", "Open this store folder instead of the one in the settings."),
                      QStringLiteral("DIR")});
    // Two options for the project's own tools, not for tests: they change nothing in what the
    // program asks or answers. --screenshots renders the README's and AppStream's pictures
    // (packaging/screenshots.sh), --exit-when-ready times the start (tests/bench/bench_gui).
    parser.addOption({QStringLiteral("screenshots"),
                      QApplication::translate("main", "Save screenshots of the main views into DIR and quit."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("exit-when-ready"),
         QApplication::translate("main", "Quit as soon as the window is usable, printing how long that took.")});
    parser.addPositionalArgument(QStringLiteral("model"), QApplication::translate("main", "Models to import."),
                                 QStringLiteral("[MODEL.tflite...]"));
    parser.process(app);

    tinyml::gui::MainWindow window;
    const bool exitWhenReady = parser.isSet(QStringLiteral("exit-when-ready"));
    const QString screenshots = parser.value(QStringLiteral("screenshots"));
    const QStringList models = parser.positionalArguments();
    QObject::connect(&window, &tinyml::gui::MainWindow::ready, &window, [&]() {
        if (exitWhenReady) {
            std::printf("ready after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QApplication::exit(0);
        } else if (!screenshots.isEmpty()) {
            auto *tour = new tinyml::gui::ScreenshotTour(&window, screenshots);
            QObject::connect(tour, &tinyml::gui::ScreenshotTour::finished, &app,
                             [](bool ok) { QApplication::exit(ok ? 0 : 1); });
            tour->start();
        } else if (!models.isEmpty()) {
            window.importFiles(models);
        }
    });
    QObject::connect(window.session(), &tinyml::gui::GraphSession::openFailed, &window,
                     [&](const QString &, const QString &error) {
                         if (exitWhenReady || !screenshots.isEmpty()) {
                             std::fprintf(stderr, "%s\n", qPrintable(error));
                             QApplication::exit(1);
                         }
                     });
    window.show();

    QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty())
        store = tinyml::gui::settings::storeDirectory.value();
    // Empty: the default store; a folder named here is opened as it is (kg::GraphLocation).
    window.openStore(store.isEmpty() ? tinyml::kg::GraphLocation() : tinyml::kg::GraphLocation::folder(store));
    return app.exec();
}
