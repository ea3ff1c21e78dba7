// `tinyml-kg runtimes`: the runtimes' names, one line on each.
#pragma once

#include "Command.h"

namespace tinyml::cli {

class RuntimesCommand : public Command
{
public:
    RuntimesCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
