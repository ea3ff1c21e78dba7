// mbed OS's FlashIAP, as FlashModelSlot calls it.
#pragma once

#include <cstdint>

namespace mbed {

class FlashIAP
{
public:
    int init();
    int deinit();
    int program(const void *buffer, uint32_t address, uint32_t size);
    int erase(uint32_t address, uint32_t size);
    uint32_t get_sector_size(uint32_t address) const;
    uint32_t get_flash_start() const;
    uint32_t get_flash_size() const;
    uint32_t get_page_size() const;
};

} // namespace mbed
