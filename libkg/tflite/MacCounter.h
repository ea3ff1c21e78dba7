// Multiply-accumulate counts, two ways.
//
// The paper's rule (what its knowledge graph stores and what the three case studies compare):
// CONV_2D and DEPTHWISE_CONV_2D count output height x width x the four filter dimensions,
// FULLY_CONNECTED the two weight dimensions, and no other operator counts.
//
// The complete count also covers batches and the other compute operators: CONV_3D, TRANSPOSE_CONV,
// pooling (one accumulate per window element), element-wise arithmetic (one per output element),
// MEAN/SUM (one per input element), BATCH_MATMUL, LSTM and SVDF (their weight matrices per step).
// Activations, reshapes, quantisation and data movement count zero.
#pragma once

#include "TfliteModel.h"

#include <cstdint>
#include <vector>

namespace tinyml::tflite {

struct OperatorMacs {
    uint64_t paper = 0;
    uint64_t complete = 0;
};

struct MacCount {
    std::vector<OperatorMacs> perOperator; // parallel to Subgraph::operators
    uint64_t paperTotal = 0;
    uint64_t completeTotal = 0;
};

MacCount countMacs(const Subgraph &subgraph);

} // namespace tinyml::tflite
