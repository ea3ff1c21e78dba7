#pragma once

#include <QStringList>

// `tinyml-kg inspect MODEL.tflite... [--json]`: the analyser's report. Returns the exit code.
int runInspectCommand(const QStringList &arguments);
