#include "FileTransfer.h"

#include "Crc32.h"
#include "ModelStatus.h"

#include <cstdio>
#include <cstring>

namespace tinyml {
namespace board {

namespace {

// As the demo firmware: a value shorter than four bytes counts as zero.
uint32_t uint32Of(const uint8_t *value, uint32_t size)
{
    return size < 4 ? 0 : uint32At(value);
}

} // namespace

FileTransfer::FileTransfer(ModelStore &store, BoardOutputs &outputs, TransferListener &listener)
    : m_store(store), m_outputs(outputs), m_listener(listener)
{ }

void FileTransfer::write(Characteristic characteristic, const uint8_t *value, uint32_t size)
{
    switch (characteristic) {
    case Characteristic::FileLength: m_lengthValue = uint32Of(value, size); break;
    case Characteristic::Checksum: m_checksumValue = uint32Of(value, size); break;
    case Characteristic::Command: command(value, size); break;
    case Characteristic::FileBlock: block(value, size); break;
    }
}

void FileTransfer::command(const uint8_t *value, uint32_t size)
{
    if (size != 4)
        return fail("command must be 4 bytes");
    const uint32_t command = uint32At(value);
    if (command == uint32_t(TransferCommand::Start))
        return start();
    if (command == uint32_t(TransferCommand::Cancel))
        return cancel();
    char message[48];
    std::snprintf(message, sizeof message, "unknown command %lu", static_cast<unsigned long>(command));
    fail(message);
}

void FileTransfer::start()
{
    if (m_inProgress)
        return fail("previous transfer is still in progress");
    if (m_lengthValue > maximumLength()) {
        char message[64];
        std::snprintf(message, sizeof message, "file too large: %lu bytes, maximum %lu",
                      static_cast<unsigned long>(m_lengthValue), static_cast<unsigned long>(maximumLength()));
        return fail(message);
    }
    if (const char *failure = m_listener.beginFile())
        return fail(failure);
    m_inProgress = true;
    m_expectedLength = m_lengthValue;
    m_expectedChecksum = m_checksumValue;
    m_receivedBytes = 0;
    setStatus(TransferStatus::InProgress);
}

void FileTransfer::cancel()
{
    // As the demo firmware: a cancel with nothing to cancel goes unanswered.
    if (!m_inProgress)
        return;
    m_inProgress = false;
    fail("transfer cancelled");
}

void FileTransfer::block(const uint8_t *data, uint32_t size)
{
    if (!m_inProgress)
        return fail("block written with no transfer in progress");
    if (size > kBlockBytes || m_receivedBytes + size > m_expectedLength) {
        m_inProgress = false;
        return fail("too many bytes");
    }
    if (!m_store.append(data, size)) {
        m_inProgress = false;
        return fail(m_store.error());
    }
    m_receivedBytes += size;
    if (m_receivedBytes == m_expectedLength)
        finish();
}

void FileTransfer::finish()
{
    m_inProgress = false;
    if (!m_store.flush())
        return fail(m_store.error());
    // The CRC of what flash holds, not of what arrived: a failed write is caught here too.
    const uint32_t crc = crc32Of(m_store.model(), m_expectedLength);
    if (crc != m_expectedChecksum) {
        char message[64];
        std::snprintf(message, sizeof message, "checksum mismatch: computed %08lx, expected %08lx",
                      static_cast<unsigned long>(crc), static_cast<unsigned long>(m_expectedChecksum));
        return fail(message);
    }
    if (!m_store.commit(m_expectedLength, crc))
        return fail(m_store.error());
    setStatus(TransferStatus::Success);
    m_listener.fileVerified(m_expectedLength, crc);
}

void FileTransfer::fail(const char *message)
{
    // The status first, then the text in a second notification, the text filling the
    // characteristic.
    uint8_t text[kErrorMessageBytes] = {};
    const size_t length = std::strlen(message);
    std::memcpy(text, message, length < kErrorMessageBytes ? length : kErrorMessageBytes);
    setStatus(TransferStatus::Error);
    m_outputs.errorMessage(text, kErrorMessageBytes);
}

void FileTransfer::setStatus(TransferStatus status)
{
    m_outputs.transferStatus(status);
}

} // namespace board
} // namespace tinyml
