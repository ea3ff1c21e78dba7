// CRC-32 as zlib's crc32() computes it (reflected polynomial 0xEDB88320, initial and final
// inversion): the value the central writes to the checksum characteristic.
#pragma once

#include <cstddef>
#include <cstdint>

namespace tinyml {
namespace board {

// Continues a CRC over `bytes`; start with crc = 0, as zlib's crc32(0, ...) does.
uint32_t crc32Update(uint32_t crc, const uint8_t *bytes, size_t size);

inline uint32_t crc32Of(const uint8_t *bytes, size_t size)
{
    return crc32Update(0, bytes, size);
}

} // namespace board
} // namespace tinyml
