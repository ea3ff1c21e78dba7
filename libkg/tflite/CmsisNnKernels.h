// What each kernel of TFLM 2.4 as the Arduino library ships it keeps in the arena on a 32-bit
// Arm Cortex-M4F: the CMSIS-NN kernels (conv, depthwise conv, fully connected, add, mul, pooling,
// softmax, svdf) and the reference kernels for the rest, with 32-bit struct sizes.
#pragma once

#include "KernelFootprint.h"

namespace tinyml::tflite {

KernelNeeds cmsisNnNeeds(const Subgraph &subgraph, const Operator &op);

} // namespace tinyml::tflite
