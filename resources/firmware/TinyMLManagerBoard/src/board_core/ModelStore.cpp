#include "ModelStore.h"

#include "Crc32.h"

#include <cstdio>
#include <cstring>

namespace tinyml {
namespace board {

namespace {

constexpr uint32_t kMagic = 0x4d4c4d54u; // "TMLM"

struct Header {
    uint32_t magic;
    uint32_t length;
    uint32_t crc;
    uint32_t lengthComplement; // a header half-programmed by a reset is not taken for a model
    uint32_t loadStarted;      // programmed to 0 when the first load begins
    uint32_t loadFinished;     // programmed to 0 when it ends, whatever its verdict
};

constexpr uint32_t kMarked = 0;
constexpr uint32_t kLoadStartedOffset = 16;
constexpr uint32_t kLoadFinishedOffset = 20;

} // namespace

ModelStore::ModelStore(ModelSlot &slot) : m_slot(slot) { }

uint32_t ModelStore::capacity() const
{
    return m_slot.sizeBytes() - m_slot.pageBytes();
}

const uint8_t *ModelStore::model() const
{
    return m_slot.memory() + m_slot.pageBytes();
}

bool ModelStore::fail(const char *what, uint32_t where)
{
    std::snprintf(m_error, sizeof m_error, "flash %s failed at 0x%lx", what, static_cast<unsigned long>(where));
    return false;
}

bool ModelStore::begin()
{
    m_writtenBytes = 0;
    m_pendingWord = 0xffffffffu;
    m_pendingBytes = 0;
    m_erasedPages = 0;
    if (!m_slot.erasePage(0))
        return fail("erase", 0);
    return true;
}

bool ModelStore::programWord(uint32_t word)
{
    const uint32_t pageBytes = m_slot.pageBytes();
    if (m_writtenBytes + 4 > capacity())
        return fail("write beyond the slot", pageBytes + m_writtenBytes);
    // The page this word lands in, counted in the model area.
    const uint32_t page = m_writtenBytes / pageBytes;
    if (page >= m_erasedPages) {
        if (!m_slot.erasePage(1 + page))
            return fail("erase", (1 + page) * pageBytes);
        m_erasedPages = page + 1;
    }
    if (!m_slot.program(pageBytes + m_writtenBytes, &word, 1))
        return fail("program", pageBytes + m_writtenBytes);
    m_writtenBytes += 4;
    return true;
}

bool ModelStore::append(const uint8_t *bytes, uint32_t size)
{
    for (uint32_t i = 0; i < size; ++i) {
        // Little-endian words, as the Cortex-M4 reads them back.
        m_pendingWord &= ~(0xffu << (8 * m_pendingBytes)) | (uint32_t(bytes[i]) << (8 * m_pendingBytes));
        if (++m_pendingBytes == 4) {
            if (!programWord(m_pendingWord))
                return false;
            m_pendingWord = 0xffffffffu;
            m_pendingBytes = 0;
        }
    }
    return true;
}

bool ModelStore::flush()
{
    if (m_pendingBytes == 0)
        return true;
    const bool programmed = programWord(m_pendingWord);
    m_pendingWord = 0xffffffffu;
    m_pendingBytes = 0;
    return programmed;
}

bool ModelStore::commit(uint32_t length, uint32_t crc)
{
    const uint32_t body[3] = {length, crc, ~length};
    if (!m_slot.program(4, body, 3))
        return fail("program", 4);
    if (!m_slot.program(0, &kMagic, 1))
        return fail("program", 0);
    return true;
}

bool ModelStore::markLoadStarted()
{
    Header header;
    std::memcpy(&header, m_slot.memory(), sizeof header);
    if (header.loadStarted == kMarked)
        return true;
    return m_slot.program(kLoadStartedOffset, &kMarked, 1) || fail("program", kLoadStartedOffset);
}

bool ModelStore::markLoadFinished()
{
    Header header;
    std::memcpy(&header, m_slot.memory(), sizeof header);
    if (header.loadFinished == kMarked)
        return true;
    return m_slot.program(kLoadFinishedOffset, &kMarked, 1) || fail("program", kLoadFinishedOffset);
}

bool ModelStore::find(uint32_t *length, uint32_t *crc, LoadHistory *history) const
{
    Header header;
    std::memcpy(&header, m_slot.memory(), sizeof header);
    if (header.magic != kMagic || header.lengthComplement != ~header.length || header.length == 0
        || header.length > capacity())
        return false;
    if (crc32Of(model(), header.length) != header.crc)
        return false;
    *length = header.length;
    *crc = header.crc;
    if (header.loadStarted != kMarked)
        *history = LoadHistory::NeverLoaded;
    else if (header.loadFinished != kMarked)
        *history = LoadHistory::Interrupted;
    else
        *history = LoadHistory::Finished;
    return true;
}

} // namespace board
} // namespace tinyml
