// The board's radio (ArduinoBLE): the file-transfer service with the model status, forwarding
// the central's writes to the core and publishing what the core says, with a line on the serial
// log for each; and the few Arduino calls a sketch gives the core. The stock sketch and every
// generated project share it.
#pragma once

#include "../board_core/BoardCore.h"
#include "../board_core/BoardOutputs.h"

namespace tinyml {
namespace board {

// Microseconds since boot (Arduino's micros()): the runner's clock.
uint32_t boardMicros();
// TFLM's messages, on the serial log.
void logTflm(const char *line);
// Says `why` on the serial log and stops: the board does nothing more until it is reset.
[[noreturn]] void halt(const char *why);

class BoardRadio : public BoardOutputs
{
public:
    // The core whose writes this radio forwards; before begin().
    void attach(BoardCore &core);
    // Starts BLE and adds the service under `localName`; false when BLE.begin() fails.
    bool begin(const char *localName);
    // Advertises the service; after the core's begin(), so that the first status is published.
    void advertise();
    void poll();

    void transferStatus(TransferStatus status) override;
    void errorMessage(const uint8_t *text, uint32_t size) override;
    void modelStatus(const uint8_t *value, uint32_t size) override;
};

} // namespace board
} // namespace tinyml
