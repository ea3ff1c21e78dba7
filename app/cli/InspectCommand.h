// `tinyml-kg inspect MODEL.tflite... [--json] [--runtime NAME]`: the analyser's report of .tflite
// files, as text or JSON, with the RAM and Flash figures of a runtime.
#pragma once

#include "Command.h"

namespace tinyml::cli {

class InspectCommand : public Command
{
public:
    InspectCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
