// The JSON form of a model analysis (`tinyml-kg inspect --json`). Keys are snake_case and stable:
// scripts and the knowledge-graph importer read them.
#pragma once

#include "ModelAnalysis.h"

#include <QJsonObject>

namespace tinyml {

QJsonObject analysisToJson(const ModelAnalysis &analysis);

} // namespace tinyml
