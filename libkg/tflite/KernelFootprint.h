// What one operator's kernel keeps in the tensor arena, for one build of TensorFlow Lite Micro:
// the parsed builtin options, the state its Init allocates, what its Prepare allocates for good
// (per-channel multipliers and shifts, lookup tables) and the scratch buffers it asks for.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct Operator;
struct Subgraph;

// The kernels a runtime is built with.
enum class KernelSet : uint8_t {
    ReferenceX86_64, // reference kernels, 64-bit host (the paper's measuring program)
    CmsisNnCortexM4, // CMSIS-NN kernels where the Arduino library has them, reference otherwise; 32-bit
};

struct KernelNeeds {
    bool known = false;       // false: nothing is known of this kernel (counted as nothing)
    uint32_t paramsBytes = 0; // parsed builtin options (0: none allocated)
    uint32_t paramsAlign = 4;
    std::vector<uint64_t> init;    // Init's persistent allocations, in order, 16-byte aligned
    std::vector<uint64_t> prepare; // Prepare's persistent allocations, in order, 16-byte aligned
    std::vector<uint64_t> scratch; // scratch buffers Prepare requests (planned with the op's lifetime)
};

// The needs of `op` (an operator of `subgraph`) on `kernels`.
KernelNeeds kernelNeeds(KernelSet kernels, const Subgraph &subgraph, const Operator &op);

// The product of byte counts and dimensions, saturating: a hostile file's shapes must not wrap
// a buffer size around to a small one.
uint64_t bytesOf(std::initializer_list<uint64_t> factors);

// Why the kernel's Prepare would refuse `op` (and so AllocateTensors fail), or an empty string.
// Covers the checks that real models run into: types, constant inputs, quantisation parameters
// and limits the kernels insist on (KernelChecks.cpp).
std::string kernelRejects(KernelSet kernels, const Subgraph &subgraph, const Operator &op);

} // namespace tinyml::tflite
