#include "FlashModelSlot.h"

#if defined(ARDUINO_ARCH_MBED)

#include <cstdio>

// The end of the program's image in flash, from the GCC linker script of mbed's nRF52840 target:
// code and read-only data end at __etext, the initial values of .data follow. Weak, so that a
// linker script without them links and the check below is skipped.
extern "C" {
extern const uint8_t __etext[] __attribute__((weak));
extern const uint8_t __data_start__[] __attribute__((weak));
extern const uint8_t __data_end__[] __attribute__((weak));
}

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
    // Erasing the slot must never erase the program: a sketch grown into it is refused here.
    if (__etext && __data_start__ && __data_end__) {
        const uintptr_t imageEnd = reinterpret_cast<uintptr_t>(__etext) + (__data_end__ - __data_start__);
        if (imageEnd > m_address) {
            std::snprintf(m_error, sizeof m_error,
                          "the sketch ends at 0x%lx, inside the model slot at 0x%lx: move the slot up",
                          static_cast<unsigned long>(imageEnd), static_cast<unsigned long>(m_address));
            return false;
        }
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
