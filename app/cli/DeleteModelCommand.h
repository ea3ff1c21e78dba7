// `tinyml-kg delete-model MODEL`: takes a model's description out of the graph, and its file out
// of the model repository unless a deployment record or another model still names it. Its
// deployment records stay readable: they carry the model's name and file themselves.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class DeleteModelCommand : public GraphCommand
{
public:
    DeleteModelCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
