// `tinyml-kg edit-model MODEL [--description T] [--sensors A,B] ...`: changes what the graph says a
// person said of a model (its file, layers and needs stay), printing each field that changes.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class EditModelCommand : public GraphCommand
{
public:
    EditModelCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
