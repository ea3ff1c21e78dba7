// Offsets for the tensor arena's non-persistent buffers, placed the way TensorFlow Lite Micro's
// GreedyMemoryPlanner places them, so that our peak equals the one the device computes.
//
// The rule: buffers with a fixed (offline-planned) offset keep it; the others, largest first, go to
// the lowest offset where they do not overlap, in address and in time, any buffer placed before
// them. Equal sizes go last request first: TFLM writes its online buffers into the sort array
// from the end and bubble-sorts it stably (greedy_memory_planner.cc), and both runtimes' reported
// arenas agree only with that order. Lifetimes are inclusive operator indices.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace tinyml::tflite {

struct BufferRequest {
    uint64_t size = 0; // already aligned by the caller
    int32_t firstUse = 0;
    int32_t lastUse = 0;
    std::optional<uint64_t> fixedOffset;
};

struct MemoryPlan {
    std::vector<uint64_t> offsets; // parallel to the requests
    uint64_t peak = 0;             // highest offset + size
};

MemoryPlan planGreedy(const std::vector<BufferRequest> &requests);

} // namespace tinyml::tflite
