// tinyml-kg: TinyML Manager's command line, on the same library as the desktop application.
#include "CommandRegistry.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same identity as the desktop application, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("tinyml-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    QString store;
    if (arguments.value(1) == QLatin1String("--store")) {
        if (arguments.size() < 3) {
            std::fputs("tinyml-kg: --store needs a folder or a server\n", stderr);
            return 2;
        }
        store = arguments.at(2);
        arguments.remove(1, 2);
    }
    tinyml::cli::CommandRegistry registry;
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        std::fputs(registry.usage().toUtf8().constData(), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("tinyml-kg %s\n", PROJECT_VERSION);
        return 0;
    }
    if (tinyml::cli::Command *found = registry.find(command)) {
        registry.setLocation(tinyml::kg::GraphLocation::parse(store));
        return found->execute(arguments.mid(1));
    }
    std::fprintf(stderr, "tinyml-kg: unknown command '%s'\n\n%s", qPrintable(command),
                 registry.usage().toUtf8().constData());
    return 2;
}
