// The model slot in the nRF52840's own flash, through mbed OS's FlashIAP (the Arduino mbed core
// of the Nano 33 BLE and BLE Sense, Rev1 and Rev2): the top half of the 1 MiB flash
// (BoardLayout.h says why). Built only for that core.
#pragma once

#if defined(ARDUINO_ARCH_MBED)

#include "BoardLayout.h"
#include "ModelSlot.h"

#include <FlashIAP.h>

#include <cstdint>

namespace tinyml {
namespace board {

class FlashModelSlot : public ModelSlot
{
public:
    FlashModelSlot(uint32_t address = kSlotAddress, uint32_t sizeBytes = kSlotBytes);

    // Opens the flash and checks that the slot lies in it, on whole pages; false with error().
    bool begin();
    const char *error() const { return m_error; }

    uint32_t pageBytes() const override { return kFlashPageBytes; }
    uint32_t sizeBytes() const override { return m_sizeBytes; }
    // The nRF52840 maps its flash at its address: the interpreter reads the model there.
    const uint8_t *memory() const override { return reinterpret_cast<const uint8_t *>(m_address); }
    bool erasePage(uint32_t page) override;
    bool program(uint32_t offset, const uint32_t *words, uint32_t count) override;

private:
    mbed::FlashIAP m_flash;
    uint32_t m_address;
    uint32_t m_sizeBytes;
    bool m_open = false;
    char m_error[96] = {};
};

} // namespace board
} // namespace tinyml

#endif
