// The runtimes a model's RAM and Flash needs are figured for.
//
// A board does not run "TensorFlow Lite Micro" in the abstract: it runs one build of it, and the
// tensor arena and the code size depend on that build. The pointer width sets the size of every
// runtime struct kept in the arena, the allocator's design decides which of them are kept at all,
// and optimised kernels (CMSIS-NN on Arm Cortex-M) keep other state and ask for scratch buffers
// the reference kernels do not. Each Runtime here describes one such build, as measured.
#pragma once

#include "KernelFootprint.h"
#include "TfliteModel.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace tinyml::tflite {

// How the build's MicroAllocator lays out what lives as long as the interpreter.
enum class AllocatorDesign : uint8_t {
    // Every tensor has a full TfLiteTensor (with its quantisation) in the arena; a scratch-buffer
    // handle is allocated as each kernel asks; tensors that are read but never written are not
    // planned. The build the paper measured with (its allocator predates TFLM 2.4's).
    PersistentTensors,
    // Every tensor has a small TfLiteEvalTensor; full TfLiteTensors exist only while a kernel
    // prepares; the scratch-buffer handles are one array after all kernels prepared; tensors
    // read but never written are planned from the start. TFLM 2.4 as the Arduino library ships it.
    EvalTensors,
};

struct Runtime {
    std::string name;    // stable identifier, e.g. "tflm24-cortex-m4-cmsis"
    std::string summary; // one line for people
    AllocatorDesign allocator = AllocatorDesign::PersistentTensors;
    KernelSet kernels = KernelSet::ReferenceX86_64;

    // The fixed parts of the arena's tail, in this build's sizes.
    uint32_t allocatorObjectsBytes = 0; // MicroAllocator and SimpleMemoryAllocator objects
    uint32_t allocatorObjectsAlign = 8;
    uint32_t tensorBytes = 0; // TfLiteTensor (PersistentTensors) or TfLiteEvalTensor
    uint32_t tensorAlign = 8;
    uint32_t quantizationBytes = 0; // TfLiteAffineQuantization (PersistentTensors only)
    uint32_t quantizationAlign = 8;
    uint32_t nodeBytes = 0; // NodeAndRegistration, per operator
    uint32_t nodeAlign = 8;
    uint32_t scratchHandleBytes = 0; // ScratchBufferHandle, per scratch-buffer request
    uint32_t scratchHandleAlign = 4;

    // What its AllOpsResolver registers, by operator name (custom operators by their code).
    std::set<std::string> registered;
    // Tensor types its allocator can size; empty: every fixed-size type.
    std::set<TensorType> tensorTypes;

    // Flash: the code bytes of the runtime linked with the kernels of exactly these operators
    // (names without a measured kernel go to *unknown); null when the runtime has no code sizes
    // (the model's bytes are then its whole Flash need, as the paper counts it).
    uint64_t (*codeBytes)(const std::set<std::string> &operators, std::vector<std::string> *unknown) = nullptr;
    bool hasCodeSizes() const { return codeBytes != nullptr; }
};

// Every runtime, the paper's first.
const std::vector<Runtime> &runtimes();
// The runtime named `name`, or nullptr.
const Runtime *findRuntime(const std::string &name);
// The paper's measuring program (TFLM with reference kernels on x86-64): the figures of the
// paper's knowledge graph.
const Runtime &paperRuntime();
// "a, b and c": the valid names, for messages.
std::string runtimeNames();

struct FlashEstimate {
    uint64_t flashBytes = 0; // model + runtime code
    uint64_t modelBytes = 0;
    uint64_t codeBytes = 0; // runtime base + the kernels of the model's operators
    bool complete = true;   // false when a kernel's code size is unknown
    std::vector<std::string> unknownOperators;
};

// The Flash a model needs on `runtime`: its bytes plus, where the runtime's code sizes are known,
// the runtime and exactly the kernels of its operators (as a MicroMutableOpResolver links them).
FlashEstimate estimateFlash(const Model &model, uint64_t modelBytes, const Runtime &runtime);

} // namespace tinyml::tflite
