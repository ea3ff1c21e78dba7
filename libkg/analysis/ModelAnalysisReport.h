// The human-readable form of a model analysis (`tinyml-kg inspect`): a summary, the layer
// table and the totals.
#pragma once

#include "ModelAnalysis.h"

#include <QString>

namespace tinyml {

QString analysisToText(const ModelAnalysis &analysis);

// "[1 96 96 1]", the paper's notation for shapes.
QString shapeText(const std::vector<int32_t> &shape);

} // namespace tinyml
