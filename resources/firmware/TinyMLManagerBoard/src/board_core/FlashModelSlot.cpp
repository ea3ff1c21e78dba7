#include "FlashModelSlot.h"

#if defined(ARDUINO_ARCH_MBED)

#include <cstdio>

namespace tinyml {
namespace board {

FlashModelSlot::FlashModelSlot(uint32_t address, uint32_t sizeBytes) : m_address(address), m_sizeBytes(sizeBytes) { }

bool FlashModelSlot::begin()
{
    if (m_flash.init() != 0) {
        std::snprintf(m_error, sizeof m_error, "FlashIAP init failed");
        return false;
    }
    const uint32_t start = m_flash.get_flash_start();
    const uint32_t end = start + m_flash.get_flash_size();
    const uint32_t sector = m_flash.get_sector_size(m_address);
    // The layout assumes the nRF52840's geometry: 4 KiB pages, 4-byte program unit.
    if (m_address < start || m_address + m_sizeBytes > end || sector != kFlashPageBytes || m_flash.get_page_size() > 4
        || m_address % kFlashPageBytes != 0) {
        std::snprintf(
            m_error, sizeof m_error, "model slot 0x%lx+0x%lx does not fit this flash (0x%lx-0x%lx, sector %lu)",
            static_cast<unsigned long>(m_address), static_cast<unsigned long>(m_sizeBytes),
            static_cast<unsigned long>(start), static_cast<unsigned long>(end), static_cast<unsigned long>(sector));
        return false;
    }
    m_open = true;
    return true;
}

bool FlashModelSlot::erasePage(uint32_t page)
{
    if (!m_open || page >= m_sizeBytes / kFlashPageBytes)
        return false;
    return m_flash.erase(m_address + page * kFlashPageBytes, kFlashPageBytes) == 0;
}

bool FlashModelSlot::program(uint32_t offset, const uint32_t *words, uint32_t count)
{
    if (!m_open || offset % 4 != 0 || offset > m_sizeBytes || count > (m_sizeBytes - offset) / 4)
        return false;
    return m_flash.program(words, m_address + offset, count * 4) == 0;
}

} // namespace board
} // namespace tinyml

#endif
