// `tinyml-kg push SERVER [--model M] [--board B]`: makes a server's graph a copy of the knowledge
// graph, or adds the models and boards named to it.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class PushCommand : public GraphCommand
{
public:
    PushCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
