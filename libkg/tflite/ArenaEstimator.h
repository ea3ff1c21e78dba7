// The tensor arena a model needs under TensorFlow Lite Micro, computed from the graph alone.
//
// TFLM splits its arena in two: the head holds the non-persistent buffers (activations and
// kernel scratch buffers) at offsets chosen by its greedy memory planner; the tail holds what
// lives as long as the interpreter (the allocator itself, node and tensor bookkeeping, parsed
// operator options, kernel state such as per-channel quantisation parameters, variable tensors).
// arena_used_bytes = head + tail. We replay both for TFLM 2.4 on a 64-bit host with its 16-byte
// alignment; where an operator's kernel state is not known to us we say so instead of guessing.
#pragma once

#include "TfliteModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct ArenaEstimate {
    uint64_t arenaBytes = 0;          // head + tail: the figure TFLM reports as arena_used_bytes
    uint64_t headBytes = 0;           // planned non-persistent buffers, activations and scratch
    uint64_t tailBytes = 0;           // persistent allocations
    uint64_t activationPeakBytes = 0; // peak of the activation tensors alone, unaligned sizes
    uint64_t scratchBytes = 0;        // kernel scratch buffers requested (before planning)
    uint64_t variableBytes = 0;       // variable tensors (kept in the tail)
    bool complete = true;             // false when some operator's needs are unknown
    std::vector<std::string> unknownOperators; // operators whose kernel state we do not model
    std::vector<std::string> notes;
};

ArenaEstimate estimateArena(const Model &model);

} // namespace tinyml::tflite
