#pragma once

#include <QStringList>

// `tinyml-kg inspect MODEL.tflite... [--json] [--runtime NAME]`: the analyser's report. Returns the exit code.
int runInspectCommand(const QStringList &arguments);
// `tinyml-kg runtimes`: the runtimes' names, one line on each.
int runRuntimesCommand(const QStringList &arguments);
