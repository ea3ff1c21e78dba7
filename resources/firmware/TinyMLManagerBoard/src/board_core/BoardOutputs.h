// What the core publishes: the sketch sets its characteristics to these values (notifying the
// central), the emulated board prints them.
#pragma once

#include "Protocol.h"

#include <cstdint>

namespace tinyml {
namespace board {

class BoardOutputs
{
public:
    virtual ~BoardOutputs() = default;

    virtual void transferStatus(TransferStatus status) = 0;
    // kErrorMessageBytes of UTF-8, NUL-padded.
    virtual void errorMessage(const uint8_t *text, uint32_t size) = 0;
    // kModelStatusBytes, encoded as ModelStatus.h describes.
    virtual void modelStatus(const uint8_t *value, uint32_t size) = 0;
};

} // namespace board
} // namespace tinyml
