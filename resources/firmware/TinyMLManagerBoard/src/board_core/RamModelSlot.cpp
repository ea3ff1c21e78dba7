#include "RamModelSlot.h"

#include <cstring>

namespace tinyml {
namespace board {

namespace {
constexpr size_t kAlignment = 16;
}

RamModelSlot::RamModelSlot(uint32_t sizeBytes, uint32_t pageBytes)
    : m_sizeBytes(sizeBytes / pageBytes * pageBytes), m_pageBytes(pageBytes), m_storage(m_sizeBytes + kAlignment)
{
    // TFLM reads tensors' buffers in place: the model needs the alignment flash would give it.
    const auto address = reinterpret_cast<uintptr_t>(m_storage.data());
    m_memory = m_storage.data() + (kAlignment - address % kAlignment) % kAlignment;
    // Unwritten flash reads as erased; a fresh board's slot is not all zeros.
    std::memset(m_memory, 0xff, m_sizeBytes);
}

bool RamModelSlot::erasePage(uint32_t page)
{
    if (page >= m_sizeBytes / m_pageBytes)
        return false;
    std::memset(m_memory + size_t(page) * m_pageBytes, 0xff, m_pageBytes);
    ++m_erasedPages;
    return true;
}

bool RamModelSlot::program(uint32_t offset, const uint32_t *words, uint32_t count)
{
    if (offset % 4 != 0 || offset > m_sizeBytes || count > (m_sizeBytes - offset) / 4)
        return false;
    for (uint32_t i = 0; i < count; ++i) {
        uint32_t current;
        std::memcpy(&current, m_memory + offset + 4 * i, 4);
        if (current != 0xffffffffu)
            return false;
    }
    std::memcpy(m_memory + offset, words, size_t(count) * 4);
    return true;
}

} // namespace board
} // namespace tinyml
