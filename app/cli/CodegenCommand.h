// `tinyml-kg codegen --board BOARD --model MODEL --out DIR [--format platformio|arduino]
// [--force] [--overwrite] [--check [--tflm DIR]]`: writes a firmware project that runs the model
// on the board (codegen/FirmwareProject.h), says what it generated and why, and with --check
// compiles its core for the Cortex-M4 and runs it on the emulated board.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class CodegenCommand : public GraphCommand
{
public:
    CodegenCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
