#include "ArenaEstimator.h"

#include "GreedyMemoryPlanner.h"

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

struct Lifetime {
    int32_t first = -1;
    int32_t last = -1;
};

} // namespace

ArenaEstimate estimateArena(const Model &model)
{
    ArenaEstimate estimate;
    const Subgraph &subgraph = model.subgraphs.front();
    const int32_t operatorCount = int32_t(subgraph.operators.size());

    // When each non-persistent tensor is first written and last read, as TFLM's allocation info
    // builder derives it: model inputs exist from the start, outputs live to the end.
    std::vector<Lifetime> lifetimes(subgraph.tensors.size());
    for (int32_t input : subgraph.inputs)
        lifetimes[size_t(input)].first = 0;
    for (int32_t output : subgraph.outputs)
        lifetimes[size_t(output)].last = operatorCount - 1;
    for (int32_t i = operatorCount - 1; i >= 0; --i) {
        const Operator &op = subgraph.operators[size_t(i)];
        for (int32_t t : op.inputs) {
            if (t >= 0 && (lifetimes[size_t(t)].last == -1 || lifetimes[size_t(t)].last < i))
                lifetimes[size_t(t)].last = i;
        }
        for (int32_t t : op.outputs) {
            if (lifetimes[size_t(t)].first == -1 || lifetimes[size_t(t)].first > i)
                lifetimes[size_t(t)].first = i;
        }
    }

    std::vector<BufferRequest> requests;
    std::vector<BufferRequest> unaligned;
    for (size_t i = 0; i < subgraph.tensors.size(); ++i) {
        const Tensor &t = subgraph.tensors[i];
        if (t.isConstant())
            continue;
        const auto bytes = t.byteSize();
        if (t.isVariable) {
            estimate.variableBytes += alignUp(bytes.value_or(0), kBufferAlignment);
            continue;
        }
        Lifetime life = lifetimes[i];
        if (life.first == -1 && life.last == -1)
            continue; // not used by any operator: TFLM never allocates it
        if (life.first == -1)
            life.first = 0;
        if (life.last == -1)
            life.last = life.first;
        if (!bytes) {
            estimate.complete = false;
            estimate.notes.push_back("tensor '" + t.name + "' has no fixed size");
            continue;
        }
        requests.push_back({alignUp(*bytes, kBufferAlignment), life.first, life.last, std::nullopt});
        unaligned.push_back({*bytes, life.first, life.last, std::nullopt});
    }

    if (requests.size() > kMaxPlannedBuffers) {
        estimate.complete = false;
        estimate.notes.push_back("more than " + std::to_string(kMaxPlannedBuffers) + " buffers to plan; the arena was not computed");
        return estimate;
    }
    estimate.activationPeakBytes = planGreedy(unaligned).peak;
    estimate.headBytes = planGreedy(requests).peak;
    estimate.tailBytes = estimate.variableBytes;
    estimate.arenaBytes = estimate.headBytes + estimate.tailBytes;
    return estimate;
}

} // namespace tinyml::tflite
