// The BLE file-transfer protocol of the paper's demo firmware (Pete Warden's ble_file_transfer
// sketch), as the desktop's central speaks it (libkg/deploy/FileTransferProtocol.h), plus our
// model status characteristic. All numbers are little-endian.
#pragma once

#include <cstdint>

namespace tinyml {
namespace board {

#define TINYML_BOARD_UUID(id) "bf88b656-" id "-4a61-86e0-769c741026c0"
constexpr const char *kServiceUuid = TINYML_BOARD_UUID("0000");
constexpr const char *kFileBlockUuid = TINYML_BOARD_UUID("3000");
constexpr const char *kFileLengthUuid = TINYML_BOARD_UUID("3001");
constexpr const char *kMaximumLengthUuid = TINYML_BOARD_UUID("3002");
constexpr const char *kChecksumUuid = TINYML_BOARD_UUID("3003");
constexpr const char *kCommandUuid = TINYML_BOARD_UUID("3004");
constexpr const char *kTransferStatusUuid = TINYML_BOARD_UUID("3005");
constexpr const char *kErrorMessageUuid = TINYML_BOARD_UUID("3006");
constexpr const char *kModelStatusUuid = TINYML_BOARD_UUID("3007");
#undef TINYML_BOARD_UUID

// The characteristics the central writes.
enum class Characteristic : uint16_t {
    FileBlock = 0x3000,  // at most kBlockBytes
    FileLength = 0x3001, // u32
    Checksum = 0x3003,   // u32, CRC-32
    Command = 0x3004,    // u32, TransferCommand
};

enum class TransferCommand : uint32_t { Start = 1, Cancel = 2 };
enum class TransferStatus : uint32_t { Success = 0, Error = 1, InProgress = 2 };

constexpr uint32_t kBlockBytes = 128;
// The error message characteristic: UTF-8, NUL-padded to its full length.
constexpr uint32_t kErrorMessageBytes = 128;

// The model status characteristic (0x3007): its layout is in ModelStatus.h.
enum class ModelState : uint8_t { Empty = 0, Loading = 1, Running = 2, Failed = 3 };
constexpr uint8_t kModelStatusFormat = 1;
constexpr uint32_t kModelStatusHeaderBytes = 32;
constexpr uint32_t kModelStatusBytes = 128;
constexpr uint32_t kModelErrorBytes = kModelStatusBytes - kModelStatusHeaderBytes;

} // namespace board
} // namespace tinyml
