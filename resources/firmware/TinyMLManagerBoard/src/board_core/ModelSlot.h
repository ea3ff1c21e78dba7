// Where the board keeps the model it received: a region of NOR flash, as the nRF52840 has it.
// Flash is erased a page at a time (to 0xFF) and programmed a 32-bit word at a time, each word
// only once after an erase; it is read in place, so the interpreter needs no RAM copy of the model.
// ModelStore lays a model and its header out on a slot; FlashModelSlot is the board's,
// RamModelSlot the tests'.
#pragma once

#include <cstdint>

namespace tinyml {
namespace board {

class ModelSlot
{
public:
    virtual ~ModelSlot() = default;

    // The erase unit; the slot's size is a whole number of pages.
    virtual uint32_t pageBytes() const = 0;
    virtual uint32_t sizeBytes() const = 0;
    // The slot's bytes, readable in place; aligned to at least 16 bytes.
    virtual const uint8_t *memory() const = 0;
    // Sets page `page` (counted from the slot's start) to 0xFF; false on a flash error.
    virtual bool erasePage(uint32_t page) = 0;
    // Programs `count` words at `offset` (a multiple of 4, words erased since they were last
    // programmed); false on a flash error.
    virtual bool program(uint32_t offset, const uint32_t *words, uint32_t count) = 0;
};

} // namespace board
} // namespace tinyml
