// The tensor arena a model needs under TensorFlow Lite Micro, computed from the graph alone, for
// one runtime (a build of TFLM: its allocator design, pointer width and kernels; Runtime.h).
//
// TFLM splits its arena in two. The head holds the non-persistent buffers (activations and the
// kernels' scratch buffers) at the offsets its greedy memory planner chooses. The tail holds what
// lives as long as the interpreter, allocated downwards with each block aligned: the allocator
// objects, the tensor structs, a node per operator, the parsed builtin options, each kernel's
// state (OpData, per-channel multipliers and shifts) and the variable tensors.
// arena_used_bytes = head + tail, and we replay both, allocation by allocation.
//
// Operators we know nothing about are listed as unknown and make the result incomplete. A model
// the runtime cannot allocate (an operator it does not register, a kernel's Prepare that refuses
// it, a tensor its planner refuses) is marked not runnable there, and then no figure is given.
#pragma once

#include "Runtime.h"
#include "TfliteModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct ArenaEstimate {
    std::string runtime;                           // the runtime's name
    uint64_t arenaBytes = 0;                       // head + tail: the figure TFLM reports as arena_used_bytes
    uint64_t headBytes = 0;                        // planned non-persistent buffers, 16-byte aligned sizes
    uint64_t tailBytes = 0;                        // persistent allocations
    uint64_t activationPeakBytes = 0;              // peak of the activation tensors alone, unaligned sizes
    uint64_t variableBytes = 0;                    // variable tensors (part of the tail)
    bool complete = true;                          // false when some operator's needs are unknown
    bool runnable = true;                          // false: the runtime cannot allocate this model at all
    std::vector<std::string> unsupportedOperators; // operators the runtime does not register
    std::vector<std::string> unknownOperators;     // kernel state not known: counted as none
    std::vector<std::string> notes;
};

ArenaEstimate estimateArena(const Model &model, const Runtime &runtime = paperRuntime());

} // namespace tinyml::tflite
