// `tinyml-kg import [MODEL.tflite...] [--metadata F]`: adds .tflite models, described by a metadata
// sheet when one is given.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class ImportCommand : public GraphCommand
{
public:
    ImportCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
