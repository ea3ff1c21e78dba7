#include "GreedyMemoryPlanner.h"

#include <algorithm>
#include <numeric>

namespace tinyml::tflite {
namespace {

bool overlapsInTime(const BufferRequest &a, const BufferRequest &b)
{
    return !(a.lastUse < b.firstUse || a.firstUse > b.lastUse);
}

} // namespace

MemoryPlan planGreedy(const std::vector<BufferRequest> &requests)
{
    MemoryPlan plan;
    plan.offsets.assign(requests.size(), 0);
    if (requests.empty())
        return plan;

    // Placement order: fixed buffers first (in request order), then the rest by size, largest
    // first, equal sizes last request first (see the header).
    std::vector<size_t> order(requests.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const bool fixedA = requests[a].fixedOffset.has_value();
        const bool fixedB = requests[b].fixedOffset.has_value();
        if (fixedA != fixedB)
            return fixedA;
        if (fixedA)
            return false;
        if (requests[a].size != requests[b].size)
            return requests[a].size > requests[b].size;
        return a > b;
    });

    // Buffers placed so far, kept sorted by offset (ties: earlier placement first).
    std::vector<size_t> placed;
    placed.reserve(requests.size());
    auto insertPlaced = [&](size_t index) {
        auto pos = std::upper_bound(placed.begin(), placed.end(), index,
                                    [&](size_t a, size_t b) { return plan.offsets[a] < plan.offsets[b]; });
        placed.insert(pos, index);
    };

    for (size_t index : order) {
        const BufferRequest &wanted = requests[index];
        uint64_t offset = 0;
        if (wanted.fixedOffset) {
            offset = *wanted.fixedOffset;
        } else {
            // Walk the buffers that are alive at the same time, in address order, and take the
            // first gap that is large enough; after the last one there is always room.
            for (size_t other : placed) {
                const BufferRequest &o = requests[other];
                if (!overlapsInTime(o, wanted))
                    continue;
                if (plan.offsets[other] >= offset && plan.offsets[other] - offset >= wanted.size)
                    break;
                offset = std::max(offset, plan.offsets[other] + o.size);
            }
        }
        plan.offsets[index] = offset;
        plan.peak = std::max(plan.peak, offset + wanted.size);
        insertPlaced(index);
    }
    return plan;
}

} // namespace tinyml::tflite
