// tinyml-kg: TinyML Manager's command line, on the same library as the desktop application.
#include "InspectCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char kUsage[] =
    "Usage: tinyml-kg COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  inspect MODEL.tflite... [--json]   analyse models: layers, MACs, Flash, tensor-arena RAM\n"
    "\n"
    "Run 'tinyml-kg COMMAND --help' for the options of a command.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tinyml-kg"));
    QCoreApplication::setOrganizationName(QStringLiteral("TinyML Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("tinyml-kg %s\n", PROJECT_VERSION);
        return 0;
    }
    if (command == QLatin1String("inspect"))
        return runInspectCommand(arguments.mid(1));

    std::fprintf(stderr, "tinyml-kg: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return 2;
}
