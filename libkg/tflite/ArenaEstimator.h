// The tensor arena a model needs under TensorFlow Lite Micro, computed from the graph alone.
//
// TFLM splits its arena in two. The head holds the non-persistent buffers (activations) at the
// offsets its greedy memory planner chooses. The tail holds what lives as long as the
// interpreter, allocated downwards with each block aligned: the allocator objects, a TfLiteTensor
// (with its quantisation parameters) for every tensor, a node per operator, the parsed builtin
// options, each kernel's state (OpData, per-channel multipliers and shifts) and the variable
// tensors. arena_used_bytes = head + tail.
//
// We replay both for the TFLM 2.4 build the paper measured (x86-64, reference kernels): the
// figures are those that reproduce its reported arena for all 23 reference models exactly.
// Operators whose kernel state was only read from TFLM's sources are listed as estimated;
// operators we know nothing about are listed as unknown and make the result incomplete.
#pragma once

#include "TfliteModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct ArenaEstimate {
    uint64_t arenaBytes = 0;          // head + tail: the figure TFLM reports as arena_used_bytes
    uint64_t headBytes = 0;           // planned non-persistent buffers, 16-byte aligned sizes
    uint64_t tailBytes = 0;           // persistent allocations
    uint64_t activationPeakBytes = 0; // peak of the activation tensors alone, unaligned sizes
    uint64_t variableBytes = 0;       // variable tensors (part of the tail)
    bool complete = true;             // false when some operator's needs are unknown
    std::vector<std::string> unknownOperators;   // kernel state not known: counted as none
    std::vector<std::string> estimatedOperators; // kernel state from TFLM's sources, not measured
    std::vector<std::string> notes;
};

ArenaEstimate estimateArena(const Model &model);

} // namespace tinyml::tflite
