// The JSON form of a model analysis (`tinyml-kg inspect --json`). Keys are snake_case and stable:
// scripts and the knowledge-graph importer read them.
#pragma once

#include "ModelAnalysis.h"

#include <QJsonObject>

namespace tinyml {

// `arena_bytes`, `flash_bytes` and the `arena` figures are those of `runtime`; `arena.runtimes`
// holds every runtime's. A figure a runtime cannot give (it cannot run the model, or a kernel's
// code size is unknown) is null, never a number.
QJsonObject analysisToJson(const ModelAnalysis &analysis, const tflite::Runtime &runtime = tflite::paperRuntime());

} // namespace tinyml
