// A file sent to the board core as the desktop's central sends it over BLE: the length and the
// CRC-32, the start command, then 128-byte blocks.
#pragma once

#include "BoardCore.h"
#include "Crc32.h"
#include "ModelStatus.h"

#include <cstdint>

namespace tinyml {
namespace board {

inline void writeUint32(BoardCore &core, Characteristic characteristic, uint32_t value)
{
    uint8_t bytes[4];
    putUint32(bytes, value);
    core.write(characteristic, bytes, 4);
}

inline void startTransfer(BoardCore &core, uint32_t length, uint32_t crc)
{
    writeUint32(core, Characteristic::FileLength, length);
    writeUint32(core, Characteristic::Checksum, crc);
    writeUint32(core, Characteristic::Command, uint32_t(TransferCommand::Start));
}

// Stops, as the central does, once the transfer is no longer in progress (an error).
inline void sendBlocks(BoardCore &core, const uint8_t *file, uint32_t length)
{
    for (uint32_t offset = 0; offset < length && core.transferInProgress(); offset += kBlockBytes) {
        const uint32_t size = length - offset < kBlockBytes ? length - offset : kBlockBytes;
        core.write(Characteristic::FileBlock, file + offset, size);
    }
}

// Sends the whole file, then lets the core load it.
inline void sendFile(BoardCore &core, const uint8_t *file, uint32_t length)
{
    startTransfer(core, length, crc32Of(file, length));
    // A refused start ends the transfer there.
    sendBlocks(core, file, length);
    while (core.loadPending())
        core.loop();
}

} // namespace board
} // namespace tinyml
