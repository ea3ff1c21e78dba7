// `tinyml-kg export FILE.ttl|FILE.nt`: writes the whole graph, or the models and boards named, to a
// file.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class ExportCommand : public GraphCommand
{
public:
    ExportCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
