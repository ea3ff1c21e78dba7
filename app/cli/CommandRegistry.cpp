#include "CommandRegistry.h"

#include "BoardsForCommand.h"
#include "CodegenCommand.h"
#include "DeleteModelCommand.h"
#include "DeployCommand.h"
#include "EditModelCommand.h"
#include "ExportCommand.h"
#include "FindCommand.h"
#include "GraphCommand.h"
#include "ImportCommand.h"
#include "ImportRdfCommand.h"
#include "InspectCommand.h"
#include "ModelsForCommand.h"
#include "PullCommand.h"
#include "PushCommand.h"
#include "QueryCommand.h"
#include "RuntimesCommand.h"
#include "StatsCommand.h"

namespace tinyml::cli {
namespace {

// Where a command's description starts in the list of commands.
constexpr qsizetype kDescriptionColumn = 42;

} // namespace

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<RuntimesCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportRdfCommand>());
    m_commands.push_back(std::make_unique<EditModelCommand>());
    m_commands.push_back(std::make_unique<DeleteModelCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<QueryCommand>());
    m_commands.push_back(std::make_unique<BoardsForCommand>());
    m_commands.push_back(std::make_unique<ModelsForCommand>());
    m_commands.push_back(std::make_unique<FindCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<CodegenCommand>());
    m_commands.push_back(std::make_unique<DeployCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<PullCommand>());
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandRegistry::setLocation(const kg::GraphLocation &location)
{
    for (const auto &command : m_commands) {
        if (auto *graphCommand = dynamic_cast<GraphCommand *>(command.get()))
            graphCommand->setLocation(location);
    }
}

QString CommandRegistry::usage() const
{
    QString text = QStringLiteral("Usage: tinyml-kg [--store DIR|SERVER] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const auto &command : m_commands) {
        QString entry = QStringLiteral("  ") + command->name();
        if (!command->synopsis().isEmpty())
            entry += QLatin1Char(' ') + command->synopsis();
        if (entry.size() < kDescriptionColumn)
            entry = entry.leftJustified(kDescriptionColumn);
        else
            entry += QLatin1Char('\n') + QString(kDescriptionColumn, QLatin1Char(' '));
        text += entry + command->description() + QLatin1Char('\n');
    }
    text +=
        QStringLiteral("\n"
                       "--store DIR opens the store in DIR (created empty when missing); without it the embedded\n"
                       "default store is used, created with the boards and demonstration models on first use.\n"
                       "--store sparql+http://HOST:PORT/PATH?graph=IRI (or sparql+https://...) works on a graph on a\n"
                       "SPARQL 1.1 server; optional parameters: update=PATH and data=PATH (Update and Graph Store\n"
                       "endpoints), user=NAME, auth=password|bearer, pin=SHA256 (a trusted certificate). The\n"
                       "password or token comes from TINYML_SPARQL_SECRET. SERVER is written the same way.\n"
                       "Run 'tinyml-kg COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace tinyml::cli
