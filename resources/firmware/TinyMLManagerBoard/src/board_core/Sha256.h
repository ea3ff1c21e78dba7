// SHA-256 (FIPS 180-4), small and incremental: the model status names the model by the first
// bytes of its digest, as the desktop's catalogue does.
#pragma once

#include <cstddef>
#include <cstdint>

namespace tinyml {
namespace board {

class Sha256
{
public:
    static constexpr size_t kDigestBytes = 32;

    Sha256();
    void update(const uint8_t *bytes, size_t size);
    // Writes the digest; the object is spent afterwards.
    void finish(uint8_t digest[kDigestBytes]);

private:
    void compress(const uint8_t block[64]);

    uint32_t m_state[8];
    uint8_t m_block[64];
    size_t m_blockBytes = 0;
    uint64_t m_totalBytes = 0;
};

} // namespace board
} // namespace tinyml
