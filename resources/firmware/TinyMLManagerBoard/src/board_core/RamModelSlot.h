// A model slot in RAM that keeps flash's rules: erase by page, program erased words only. A
// program that breaks them fails, so the tests see what a board's flash would do. Counts its
// erases, for the tests of page-by-page erasing.
#pragma once

#include "ModelSlot.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tinyml {
namespace board {

class RamModelSlot : public ModelSlot
{
public:
    // The nRF52840's 4 KiB pages by default.
    explicit RamModelSlot(uint32_t sizeBytes, uint32_t pageBytes = 4096);

    uint32_t pageBytes() const override { return m_pageBytes; }
    uint32_t sizeBytes() const override { return m_sizeBytes; }
    const uint8_t *memory() const override { return m_memory; }
    bool erasePage(uint32_t page) override;
    bool program(uint32_t offset, const uint32_t *words, uint32_t count) override;

    uint32_t erasedPages() const { return m_erasedPages; }
    // For tests that damage what a board stored (a bit flipped while powered off).
    uint8_t *writableMemory() { return m_memory; }

private:
    uint32_t m_sizeBytes;
    uint32_t m_pageBytes;
    std::vector<uint8_t> m_storage;
    uint8_t *m_memory = nullptr;
    uint32_t m_erasedPages = 0;
};

} // namespace board
} // namespace tinyml
