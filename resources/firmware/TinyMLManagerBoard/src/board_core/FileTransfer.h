// The file-transfer protocol's state machine, as the paper's demo firmware and our simulated
// board (app/board-sim/SimulatedBoard.cpp) behave: the central writes the length and the
// checksum, the start command, then blocks of at most 128 bytes; the last block brings the
// verdict by CRC-32. Every failure sets the status to error, then notifies the error text.
#pragma once

#include "BoardOutputs.h"
#include "ModelStore.h"
#include "Protocol.h"

#include <cstdint>

namespace tinyml {
namespace board {

// The core's part in a transfer.
class TransferListener
{
public:
    virtual ~TransferListener() = default;
    // A start was accepted: make the store ready for a new file. Null when done, else why not.
    virtual const char *beginFile() = 0;
    // The whole file is in the store, its CRC-32 verified and its header committed.
    virtual void fileVerified(uint32_t length, uint32_t crc) = 0;
};

class FileTransfer
{
public:
    FileTransfer(ModelStore &store, BoardOutputs &outputs, TransferListener &listener);

    uint32_t maximumLength() const { return m_store.capacity(); }
    bool inProgress() const { return m_inProgress; }
    void write(Characteristic characteristic, const uint8_t *value, uint32_t size);

private:
    void command(const uint8_t *value, uint32_t size);
    void start();
    void cancel();
    void block(const uint8_t *data, uint32_t size);
    void finish();
    void fail(const char *message);
    void setStatus(TransferStatus status);

    ModelStore &m_store;
    BoardOutputs &m_outputs;
    TransferListener &m_listener;
    bool m_inProgress = false;
    uint32_t m_lengthValue = 0;
    uint32_t m_checksumValue = 0;
    uint32_t m_expectedLength = 0;
    uint32_t m_expectedChecksum = 0;
    uint32_t m_receivedBytes = 0;
};

} // namespace board
} // namespace tinyml
