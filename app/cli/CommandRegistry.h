// The commands of tinyml-kg, and the usage text made from their names and descriptions.
#pragma once

#include "Command.h"

#include "kg/GraphLocation.h"

#include <memory>
#include <vector>

namespace tinyml::cli {

class CommandRegistry
{
public:
    // Every command, in the order of the usage text.
    CommandRegistry();

    // The command called `name`, or nullptr.
    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    // Gives the commands that work on the knowledge graph the one --store names.
    void setLocation(const kg::GraphLocation &location);

    // `tinyml-kg --help`: the global option and one line for each command.
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tinyml::cli
