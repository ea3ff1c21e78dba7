#include "Crc32.h"

namespace tinyml {
namespace board {

namespace {

// A 256-entry table in flash (1 KiB): a 500 kB model is checked in tens of milliseconds on a
// 64 MHz Cortex-M4, where the bitwise loop would take half a second.
struct Crc32Table {
    uint32_t entries[256];

    constexpr Crc32Table() : entries{}
    {
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t crc = i;
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            entries[i] = crc;
        }
    }
};

constexpr Crc32Table kTable;

} // namespace

uint32_t crc32Update(uint32_t crc, const uint8_t *bytes, size_t size)
{
    crc = ~crc;
    for (size_t i = 0; i < size; ++i)
        crc = kTable.entries[(crc ^ bytes[i]) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

} // namespace board
} // namespace tinyml
