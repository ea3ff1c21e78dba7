#include "ArenaEstimator.h"

#include "BuiltinOperator.h"
#include "GreedyMemoryPlanner.h"
#include "KernelFootprint.h"

#include <algorithm>

namespace tinyml::tflite {
namespace {

constexpr uint64_t kBufferAlignment = 16;
// Beyond this many planned buffers the planner's quadratic search would take seconds; no
// microcontroller model comes near it.
constexpr size_t kMaxPlannedBuffers = 20000;

uint64_t alignUp(uint64_t value, uint64_t alignment)
{
    return (value + alignment - 1) / alignment * alignment;
}

// The tail grows downwards from the arena's end (16-byte aligned), each block aligned down, so
// the bytes used are the running sum rounded up to each block's alignment.
class Tail
{
public:
    void allocate(uint64_t bytes, uint64_t alignment) { m_used = alignUp(m_used + bytes, alignment); }
    uint64_t used() const { return m_used; }

private:
    uint64_t m_used = 0;
};

struct Lifetime {
    int32_t first = -1;
    int32_t last = -1;
};

// When each tensor is first written and last read, as TFLM's allocation-info builder derives
// it: model inputs exist from the start, outputs live to the end.
std::vector<Lifetime> lifetimes(const Subgraph &subgraph)
{
    const int32_t operatorCount = int32_t(subgraph.operators.size());
    std::vector<Lifetime> result(subgraph.tensors.size());
    for (int32_t input : subgraph.inputs)
        result[size_t(input)].first = 0;
    for (int32_t output : subgraph.outputs)
        result[size_t(output)].last = operatorCount - 1;
    for (int32_t i = operatorCount - 1; i >= 0; --i) {
        const Operator &op = subgraph.operators[size_t(i)];
        for (int32_t t : op.inputs) {
            if (t >= 0 && (result[size_t(t)].last == -1 || result[size_t(t)].last < i))
                result[size_t(t)].last = i;
        }
        for (int32_t t : op.outputs) {
            if (result[size_t(t)].first == -1 || result[size_t(t)].first > i)
                result[size_t(t)].first = i;
        }
    }
    return result;
}

void addUnique(std::vector<std::string> &list, const std::string &name)
{
    if (std::find(list.begin(), list.end(), name) == list.end())
        list.push_back(name);
}

void notRunnable(ArenaEstimate &estimate, const std::string &why)
{
    estimate.runnable = false;
    estimate.notes.push_back(why);
}

// The head: activations, and the scratch buffers each kernel asked for, alive during its operator
// only. Both designs fail a tensor that is written and never read (unless an output), and a model
// input nothing reads; a tensor read and never written is left unplanned by the paper's build and
// planned from the start by TFLM 2.4's.
void planHead(const Runtime &runtime, const Subgraph &subgraph, const std::vector<int32_t> &offlineOffsets,
              const std::vector<KernelNeeds> &kernels, ArenaEstimate &estimate)
{
    const std::vector<Lifetime> lives = lifetimes(subgraph);
    std::vector<BufferRequest> aligned;     // what TFLM plans: sizes rounded to 16 bytes
    std::vector<BufferRequest> activations; // the activations alone, at their exact sizes
    for (size_t i = 0; i < subgraph.tensors.size(); ++i) {
        const Tensor &t = subgraph.tensors[i];
        if (t.isConstant() || t.isVariable)
            continue;
        const Lifetime life = lives[i];
        const bool readOnly = life.first == -1 && life.last != -1;
        if (readOnly && runtime.allocator == AllocatorDesign::PersistentTensors)
            continue;
        if (!readOnly && (life.first == -1 || life.last == -1)) {
            notRunnable(estimate,
                        "tensor '" + t.name + "' is " + (life.first == -1 ? "neither written nor read" : "never read")
                            + "; TFLM's memory planner refuses the model");
            continue;
        }
        const auto bytes = t.byteSize();
        if (!bytes) {
            estimate.complete = false;
            estimate.notes.push_back("tensor '" + t.name + "' (" + tensorTypeName(t.type)
                                     + ") has no fixed size; TFLM cannot plan it");
            continue;
        }
        std::optional<uint64_t> fixed;
        if (i < offlineOffsets.size() && offlineOffsets[i] >= 0)
            fixed = uint64_t(offlineOffsets[i]);
        aligned.push_back({alignUp(*bytes, kBufferAlignment), life.first, life.last, fixed});
        activations.push_back({*bytes, life.first, life.last, fixed});
    }
    // Scratch buffers follow the tensors: in request order in TFLM 2.4, last request first in the
    // paper's build (it reads its handles back from the tail's low end).
    const size_t firstScratch = aligned.size();
    for (size_t i = 0; i < kernels.size(); ++i) {
        for (uint64_t bytes : kernels[i].scratch)
            aligned.push_back({alignUp(bytes, kBufferAlignment), int32_t(i), int32_t(i), std::nullopt});
    }
    if (runtime.allocator == AllocatorDesign::PersistentTensors)
        std::reverse(aligned.begin() + std::ptrdiff_t(firstScratch), aligned.end());
    if (aligned.size() > kMaxPlannedBuffers) {
        estimate.complete = false;
        estimate.notes.push_back("more than " + std::to_string(kMaxPlannedBuffers)
                                 + " buffers to plan; the head was not computed");
        return;
    }
    estimate.headBytes = planGreedy(aligned).peak;
    estimate.activationPeakBytes = planGreedy(activations).peak;
}

void tensorsOfPersistentDesign(const Runtime &runtime, const Subgraph &subgraph, Tail &tail)
{
    tail.allocate(uint64_t(runtime.tensorBytes) * subgraph.tensors.size(), runtime.tensorAlign);
    for (const Tensor &t : subgraph.tensors) {
        if (t.quantization && !t.quantization->scale.empty() && !t.quantization->zeroPoint.empty()) {
            tail.allocate(runtime.quantizationBytes, runtime.quantizationAlign);
            // A TfLiteIntArray of zero points, one per channel: TFLM counts channels by scales.
            tail.allocate(4 + 4 * t.quantization->scale.size(), 4);
        }
    }
}

// Replays the tail in TFLM's order: allocator objects, tensor structs, nodes, every operator's
// parsed options, every kernel's Init state, every kernel's Prepare state (with a handle per
// scratch buffer in the paper's build), the scratch-buffer handles (TFLM 2.4), variables.
uint64_t planTail(const Runtime &runtime, const Subgraph &subgraph, const std::vector<KernelNeeds> &kernels,
                  ArenaEstimate &estimate)
{
    Tail tail;
    tail.allocate(runtime.allocatorObjectsBytes, runtime.allocatorObjectsAlign);
    if (runtime.allocator == AllocatorDesign::PersistentTensors)
        tensorsOfPersistentDesign(runtime, subgraph, tail);
    else
        tail.allocate(uint64_t(runtime.tensorBytes) * subgraph.tensors.size(), runtime.tensorAlign);
    tail.allocate(uint64_t(runtime.nodeBytes) * subgraph.operators.size(), runtime.nodeAlign);

    for (const KernelNeeds &k : kernels) {
        if (k.paramsBytes)
            tail.allocate(k.paramsBytes, k.paramsAlign);
    }
    for (const KernelNeeds &k : kernels) {
        for (uint64_t bytes : k.init)
            tail.allocate(bytes, kBufferAlignment);
    }
    size_t scratchCount = 0;
    for (const KernelNeeds &k : kernels) {
        for (uint64_t bytes : k.prepare)
            tail.allocate(bytes, kBufferAlignment);
        scratchCount += k.scratch.size();
        if (runtime.allocator == AllocatorDesign::PersistentTensors) {
            for (size_t i = 0; i < k.scratch.size(); ++i)
                tail.allocate(runtime.scratchHandleBytes, runtime.scratchHandleAlign);
        }
    }
    if (runtime.allocator == AllocatorDesign::EvalTensors && scratchCount)
        tail.allocate(uint64_t(runtime.scratchHandleBytes) * scratchCount, runtime.scratchHandleAlign);

    const uint64_t beforeVariables = tail.used();
    for (const Tensor &t : subgraph.tensors) {
        if (t.isVariable)
            tail.allocate(t.byteSize().value_or(0), kBufferAlignment);
    }
    estimate.variableBytes = tail.used() - beforeVariables;
    return tail.used();
}

std::vector<KernelNeeds> kernelsOf(const Runtime &runtime, const Subgraph &subgraph, ArenaEstimate &estimate)
{
    std::vector<KernelNeeds> kernels;
    kernels.reserve(subgraph.operators.size());
    for (const Operator &op : subgraph.operators) {
        if (!runtime.registered.count(op.name))
            addUnique(estimate.unsupportedOperators, op.name);
        else if (op.builtinCode != op::Custom && op.customOptionsBytes)
            notRunnable(estimate, op.name + " carries custom options; TFLM refuses a builtin operator with them");
        else if (const std::string why = kernelRejects(runtime.kernels, subgraph, op); !why.empty())
            notRunnable(estimate, why);
        kernels.push_back(kernelNeeds(runtime.kernels, subgraph, op));
        const KernelNeeds &k = kernels.back();
        if (!k.known)
            addUnique(estimate.unknownOperators, op.name);
    }
    return kernels;
}

// Tensor types the runtime's allocator cannot size make the model fail, used or not.
void checkTensorTypes(const Runtime &runtime, const Subgraph &subgraph, ArenaEstimate &estimate)
{
    if (runtime.tensorTypes.empty())
        return;
    for (const Tensor &t : subgraph.tensors) {
        if (!runtime.tensorTypes.count(t.type)) {
            notRunnable(estimate,
                        std::string("tensor '") + t.name + "' is " + tensorTypeName(t.type) + ", a type " + runtime.name
                            + " cannot size");
            return;
        }
    }
}

} // namespace

ArenaEstimate estimateArena(const Model &model, const Runtime &runtime)
{
    ArenaEstimate estimate;
    estimate.runtime = runtime.name;
    const Subgraph &subgraph = model.subgraphs.front();
    if (model.subgraphs.size() > 1) {
        estimate.notes.push_back("only the first of " + std::to_string(model.subgraphs.size())
                                 + " subgraphs is planned");
        notRunnable(estimate, "TFLM 2.4 runs models of one subgraph only");
    }
    checkTensorTypes(runtime, subgraph, estimate);
    const std::vector<KernelNeeds> kernels = kernelsOf(runtime, subgraph, estimate);
    planHead(runtime, subgraph, model.offlineOffsets, kernels, estimate);
    if (!model.offlineOffsets.empty())
        estimate.notes.push_back("offsets planned ahead of time (OfflineMemoryAllocation) are used as given");
    estimate.tailBytes = planTail(runtime, subgraph, kernels, estimate);
    estimate.arenaBytes = estimate.headBytes + estimate.tailBytes;
    if (!estimate.unsupportedOperators.empty())
        notRunnable(estimate, runtime.name + " does not register every operator of this model; it cannot allocate it");
    if (!estimate.unknownOperators.empty() || !estimate.runnable)
        estimate.complete = false;
    return estimate;
}

} // namespace tinyml::tflite
