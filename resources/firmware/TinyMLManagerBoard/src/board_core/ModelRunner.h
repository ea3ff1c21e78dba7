// Loads a verified model and runs it once: the board's answer to "does it run here, and in how
// much of the arena". TflmRunner is the board's; tests wrap it to see whether it was called.
#pragma once

#include "Protocol.h"

#include <cstdint>

namespace tinyml {
namespace board {

struct RunResult {
    bool running = false;
    uint32_t arenaUsedBytes = 0;
    uint32_t invokeUs = 0;
    char error[kModelErrorBytes + 1] = {}; // why not, when !running
};

class ModelRunner
{
public:
    virtual ~ModelRunner() = default;

    // The tensor arena's size.
    virtual uint32_t arenaBytes() const = 0;
    // Loads the model at `model` (read in place: it must stay there while it runs) and invokes
    // it once on zero inputs.
    virtual RunResult run(const uint8_t *model, uint32_t modelBytes) = 0;
    // Lets go of the running model, before its bytes are erased.
    virtual void stop() = 0;
};

} // namespace board
} // namespace tinyml
