// Models that cover what TensorFlow Lite Micro 2.4 runs, built with our own writer: every
// operator the AllOpsResolver registers, at the versions and tensor types its kernels accept,
// and graphs that stress the memory planner (long residual chains, fan-out and fan-in, many
// inputs and outputs, MobileNet-, face-detector- and MobileFaceNet-like stacks). The emulator
// and the x86 measuring program run them for real, so every shape and quantisation parameter is
// one the TFLM 2.4 kernels accept; the few models TFLM 2.4 cannot allocate are kept on purpose
// and say why.
//
// The x86 measuring program (/work/shared/tflm/find-arena-size) is an Edge Impulse build of TFLM
// that is older than the Arduino TFLM 2.4 the boards run: its resolver lacks
// DETECTION_POSTPROCESS, HARD_SWISH, REDUCE_MAX, SHAPE and SPLIT_V, so it fails on the models
// that use them although the boards allocate them (see x86OracleLacks()); and its kernels skip a
// few checks that 2.4's make. CoverageModel::x86OracleDiffers names each such model.
#pragma once

#include <string>
#include <vector>

namespace tinyml::test {

struct CoverageModel {
    std::string name;        // file-name safe: [a-z0-9_]
    std::string bytes;       // the .tflite file
    std::string covers;      // what it exercises: a description, then "ops:" and every OP vN type
    bool allocatable = true; // TFLM 2.4's AllocateTensors succeeds (and Invoke on zeros)
    std::string whyNot;      // set when !allocatable: what TFLM 2.4 rejects
    // Set when the x86 measuring program decides otherwise than TFLM 2.4 (its resolver lacks an
    // operator, or its older kernels skip a check that 2.4 makes): why.
    std::string x86OracleDiffers;
};

// Every model, in a fixed order with fixed contents (the same bytes on every run).
std::vector<CoverageModel> coverageModels();

// Builtin operators that TFLM 2.4's AllOpsResolver registers but the x86 measuring program's
// older resolver does not, by their schema names.
const std::vector<std::string> &x86OracleLacks();

} // namespace tinyml::test
