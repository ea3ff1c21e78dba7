// A model on a ModelSlot: its first page holds a header (magic, length, CRC-32, load marks),
// the model follows from the second page on, so that it is page-aligned and read in place.
//
// A transfer erases the header page first (the old model is gone from then on), then each page
// of the model area when the writing enters it: no single write waits for more than one page
// erase (about 85 ms on the nRF52840), where erasing the whole slot at the start would block the
// radio's callback for seconds. The header is written last, and its magic word last of all, so
// that only a verified model, wholly programmed, is found again after a reset.
#pragma once

#include "ModelSlot.h"

#include <cstdint>

namespace tinyml {
namespace board {

class ModelStore
{
public:
    explicit ModelStore(ModelSlot &slot);

    // The longest model the slot holds.
    uint32_t capacity() const;
    // The model area, read in place.
    const uint8_t *model() const;

    // Forgets the stored model and starts taking a new one at the model area's start.
    bool begin();
    // Appends bytes, erasing pages as the writing enters them.
    bool append(const uint8_t *bytes, uint32_t size);
    // Programs the last, partial word (padded with 0xFF).
    bool flush();
    // Records the model as whole and verified: it survives a reset from now on.
    bool commit(uint32_t length, uint32_t crc);
    // What became of the stored model's loads: TFLM 2.4 aborts on some models (a failed
    // TFLITE_CHECK), and mbed halts the board until someone resets it (or resets it at once when
    // built to). A load that started and never finished is not tried again at boot, or the
    // board would stop there at every boot before it could take another model. Only the first
    // load of a model is marked: one that loaded once is loaded at every boot.
    enum class LoadHistory { NeverLoaded, Interrupted, Finished };

    // The stored model, when its header is whole and its bytes still match the CRC.
    bool find(uint32_t *length, uint32_t *crc, LoadHistory *history) const;
    // Mark the stored model's first load as begun and as done (each once per transfer).
    bool markLoadStarted();
    bool markLoadFinished();

    // What went wrong with the last call that failed.
    const char *error() const { return m_error; }

private:
    bool programWord(uint32_t word);
    bool fail(const char *what, uint32_t where);

    ModelSlot &m_slot;
    uint32_t m_writtenBytes = 0; // programmed into the model area, whole words
    uint32_t m_pendingWord = 0xffffffffu;
    uint32_t m_pendingBytes = 0;
    uint32_t m_erasedPages = 0; // of the model area, in this transfer
    char m_error[64] = {};
};

} // namespace board
} // namespace tinyml
