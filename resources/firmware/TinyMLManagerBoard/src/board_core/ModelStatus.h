// What became of the last verified model, as the model status characteristic (0x3007) carries it
// (format 1, little-endian, always kModelStatusBytes long):
//   0  u8   format (1)          16 u32  arena_used_bytes (0 unless running)
//   1  u8   state (ModelState)  20 u32  arena_bytes: the firmware's tensor arena
//   2  u16  reserved, 0         24 u32  invoke_us: one Invoke on zero inputs (0 unless running)
//   4  u32  the model's CRC-32  28 u32  model_bytes: the model's length in the slot
//   8  8 B  SHA-256, first bytes 32 ..  error text, UTF-8, NUL-padded to 96 bytes (failed only)
#pragma once

#include "Protocol.h"

#include <cstddef>
#include <cstdint>

namespace tinyml {
namespace board {

struct ModelStatus {
    ModelState state = ModelState::Empty;
    uint32_t crc32 = 0;
    uint8_t sha256Prefix[8] = {};
    uint32_t arenaUsedBytes = 0;
    uint32_t arenaBytes = 0;
    uint32_t invokeUs = 0;
    uint32_t modelBytes = 0;
    char error[kModelErrorBytes + 1] = {}; // NUL-terminated; longer text is cut

    void setError(const char *text);
};

// Writes the characteristic's kModelStatusBytes bytes.
void encodeModelStatus(const ModelStatus &status, uint8_t value[kModelStatusBytes]);

// Little-endian helpers shared by the protocol.
void putUint32(uint8_t *bytes, uint32_t value);
uint32_t uint32At(const uint8_t *bytes);

} // namespace board
} // namespace tinyml
