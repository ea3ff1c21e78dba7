#include "ArenaEstimator.h"

#include "BuiltinOperator.h"
#include "GreedyMemoryPlanner.h"
#include "KernelFootprint.h"

#include <algorithm>

namespace tinyml::tflite {
namespace {

constexpr uint64_t kBufferAlignment = 16;
// The tail's fixed parts in this TFLM build on a 64-bit host.
constexpr uint64_t kAllocatorObjectsBytes = 96;     // SimpleMemoryAllocator + MicroAllocator
constexpr uint64_t kTensorStructBytes = 112;        // TfLiteTensor
constexpr uint64_t kAffineQuantizationBytes = 24;   // TfLiteAffineQuantization
constexpr uint64_t kNodeAndRegistrationBytes = 80;  // TfLiteNode + registration pointer
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

uint64_t channelsOf(const Subgraph &subgraph, const Operator &op, KernelFootprint::PerChannel perChannel)
{
    if (perChannel == KernelFootprint::PerChannel::None || op.inputs.size() < 2 || op.inputs[1] < 0)
        return 0;
    const std::vector<int32_t> &shape = subgraph.tensors[size_t(op.inputs[1])].shape;
    const size_t axis = perChannel == KernelFootprint::PerChannel::FilterDim0 ? 0 : 3;
    return axis < shape.size() ? uint64_t(shape[axis]) : 0;
}

void planHead(const Subgraph &subgraph, const std::vector<int32_t> &offlineOffsets, ArenaEstimate &estimate)
{
    const std::vector<Lifetime> lives = lifetimes(subgraph);
    std::vector<BufferRequest> aligned;
    std::vector<BufferRequest> exact;
    for (size_t i = 0; i < subgraph.tensors.size(); ++i) {
        const Tensor &t = subgraph.tensors[i];
        if (t.isConstant() || t.isVariable)
            continue;
        Lifetime life = lives[i];
        if (life.first == -1)
            continue; // never produced: TFLM does not plan it (nor does it run such a graph)
        if (life.last == -1)
            life.last = life.first; // produced, never read
        const auto bytes = t.byteSize();
        if (!bytes) {
            estimate.complete = false;
            estimate.notes.push_back("tensor '" + t.name + "' (" + tensorTypeName(t.type) + ") has no fixed size; TFLM cannot plan it");
            continue;
        }
        std::optional<uint64_t> fixed;
        if (i < offlineOffsets.size() && offlineOffsets[i] >= 0)
            fixed = uint64_t(offlineOffsets[i]);
        aligned.push_back({alignUp(*bytes, kBufferAlignment), life.first, life.last, fixed});
        exact.push_back({*bytes, life.first, life.last, fixed});
    }
    if (aligned.size() > kMaxPlannedBuffers) {
        estimate.complete = false;
        estimate.notes.push_back("more than " + std::to_string(kMaxPlannedBuffers) + " buffers to plan; the head was not computed");
        return;
    }
    estimate.headBytes = planGreedy(aligned).peak;
    estimate.activationPeakBytes = planGreedy(exact).peak;
}

uint64_t planTail(const Subgraph &subgraph, ArenaEstimate &estimate)
{
    Tail tail;
    tail.allocate(kAllocatorObjectsBytes, 8);
    tail.allocate(kTensorStructBytes * subgraph.tensors.size(), 8);
    for (const Tensor &t : subgraph.tensors) {
        if (t.quantization && !t.quantization->scale.empty() && !t.quantization->zeroPoint.empty()) {
            tail.allocate(kAffineQuantizationBytes, 8);
            // A TfLiteIntArray of zero points, one per channel: TFLM counts channels by scales.
            tail.allocate(4 + 4 * t.quantization->scale.size(), 4);
        }
    }
    tail.allocate(kNodeAndRegistrationBytes * subgraph.operators.size(), 8);

    // Parsed options for every operator, then each kernel's Init state, then the per-channel
    // arrays its Prepare allocates: the order TFLM allocates them in.
    std::vector<const KernelFootprint *> footprints;
    for (const Operator &op : subgraph.operators) {
        const KernelFootprint *f = op.builtinCode == tflite::op::Custom ? nullptr : kernelFootprint(op.builtinCode);
        footprints.push_back(f);
        if (!f)
            addUnique(estimate.unknownOperators, op.name);
        else if (f->basis == KernelFootprint::Basis::FromSource)
            addUnique(estimate.estimatedOperators, op.name);
        if (f && f->paramsBytes)
            tail.allocate(f->paramsBytes, f->paramsAlign);
    }
    for (const KernelFootprint *f : footprints) {
        if (f && f->opDataBytes)
            tail.allocate(f->opDataBytes, kBufferAlignment);
    }
    for (size_t i = 0; i < footprints.size(); ++i) {
        if (!footprints[i])
            continue;
        const uint64_t channels = channelsOf(subgraph, subgraph.operators[i], footprints[i]->perChannel);
        if (channels) {
            tail.allocate(4 * channels, kBufferAlignment);
            tail.allocate(4 * channels, kBufferAlignment);
        }
    }

    const uint64_t beforeVariables = tail.used();
    for (const Tensor &t : subgraph.tensors) {
        if (t.isVariable)
            tail.allocate(t.byteSize().value_or(0), kBufferAlignment);
    }
    estimate.variableBytes = tail.used() - beforeVariables;
    if (!estimate.unknownOperators.empty())
        estimate.complete = false;
    return tail.used();
}

} // namespace

ArenaEstimate estimateArena(const Model &model)
{
    ArenaEstimate estimate;
    const Subgraph &subgraph = model.subgraphs.front();
    if (model.subgraphs.size() > 1)
        estimate.notes.push_back("only the first of " + std::to_string(model.subgraphs.size()) + " subgraphs is planned");
    planHead(subgraph, model.offlineOffsets, estimate);
    if (!model.offlineOffsets.empty())
        estimate.notes.push_back("offsets planned ahead of time (OfflineMemoryAllocation) are used as given");
    estimate.tailBytes = planTail(subgraph, estimate);
    estimate.arenaBytes = estimate.headBytes + estimate.tailBytes;
    return estimate;
}

} // namespace tinyml::tflite
