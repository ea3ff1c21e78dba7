// The README of a generated project: which graph facts made each part, what is left to write,
// why the model does not fit when it was generated anyway, and how to build, flash and check it.
#pragma once

#include "codegen/FirmwareProject.h"
#include "codegen/InputCode.h"
#include "codegen/OutputCode.h"

namespace tinyml::codegen {

struct ReadmeFacts {
    const ProjectRequest &request;
    const FirmwareProject &project;
    const InputCode &input;
    const OutputCode &output;
    QStringList operators;
    QStringList libraries;
};

QString projectReadme(const ReadmeFacts &facts);

} // namespace tinyml::codegen
