// The code a TFLM 2.4 build for an Arm Cortex-M4F (Arduino library, CMSIS-NN, arm-none-eabi-gcc
// 12, -O2, sections garbage-collected) links into Flash for a MicroMutableOpResolver of exactly a
// model's operators: the runtime every program has (interpreter, allocator, planner, FlatBuffers
// access), the resolver, and the kernels. Kernels share code, so the table holds groups of input
// sections, each with the exact set of operators that pulls it in; an operator set needs every
// group any of its operators needs, once. KernelCodeSizeTable.cpp is generated from link maps
// (tests/emulator/measure-kernel-code-sizes.py) and checked against fresh links by the tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct CodeGroup {
    uint32_t bytes;
    uint64_t operators; // bit i: cortexm4::kOperators[i]
};

namespace cortexm4 {
extern const uint32_t kBaseBytes;
extern const uint32_t kResolverFirstBytes;
extern const uint32_t kResolverEachBytes;
extern const char *const kOperators[];
extern const size_t kOperatorCount;
extern const CodeGroup kGroups[];
extern const size_t kGroupCount;
} // namespace cortexm4

// The code bytes of the Cortex-M4 runtime with the kernels of `operators` (operator names, custom
// operators by their code). Names without a measured kernel are added to *unknown.
uint64_t cortexM4CodeBytes(const std::set<std::string> &operators, std::vector<std::string> *unknown);

} // namespace tinyml::tflite
