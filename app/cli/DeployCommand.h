// `tinyml-kg deploy MODEL.tflite --to ADDRESS...`: one model to one or many boards over Bluetooth
// LE, through the same queue as the desktop application; each deployment is recorded in the
// knowledge graph.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class DeployCommand : public GraphCommand
{
public:
    DeployCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
