// `tinyml-kg pull SERVER [--replace]`: adds a server's graph to the local store, or replaces the
// local graph with it.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class PullCommand : public GraphCommand
{
public:
    PullCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
