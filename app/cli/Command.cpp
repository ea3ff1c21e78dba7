#include "Command.h"

#include "CommandSupport.h"

#include <cstdio>

namespace tinyml::cli {

Command::Command(const QString &name, const QString &synopsis, const QString &description)
    : m_name(name), m_synopsis(synopsis), m_description(description)
{ }

void Command::prepare(QCommandLineParser &parser) const
{
    declare(parser);
    parser.addHelpOption();
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    prepare(parser);
    return parser.helpText();
}

int Command::execute(const QStringList &arguments)
{
    // QCommandLineParser takes the first argument, the command's name, for the program's.
    QCommandLineParser parser;
    prepare(parser);
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("tinyml-kg %1: %2").arg(arguments.value(0), parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    return run(parser);
}

} // namespace tinyml::cli
