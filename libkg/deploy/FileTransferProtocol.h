// The BLE file-transfer protocol of the paper's demo firmware (Pete Warden's ble_file_transfer
// Arduino sketch): one GATT service, a characteristic per field, 128-byte blocks, zlib's CRC-32.
// Our board firmware (resources/firmware) adds one characteristic to the same service, the model
// status: what became of the last verified file. Boards without it still take files.
#pragma once

#include <QBluetoothUuid>
#include <QByteArray>

#include <optional>

namespace tinyml::deploy {

enum class TransferCharacteristic : quint16 {
    FileBlock = 0x3000,     // write, at most kBlockBytes
    FileLength = 0x3001,    // uint32 LE, read/write
    MaximumLength = 0x3002, // uint32 LE, read
    Checksum = 0x3003,      // uint32 LE (CRC-32), read/write
    Command = 0x3004,       // uint32 LE, write
    Status = 0x3005,        // uint32 LE, read/notify
    ErrorMessage = 0x3006,  // text, read/notify
    ModelStatus = 0x3007,   // ModelStatus below, read/notify; only on our firmware
};

enum class TransferCommand : quint32 { Start = 1, Cancel = 2 };
enum class TransferStatus : quint32 { Success = 0, Error = 1, InProgress = 2 };

constexpr int kBlockBytes = 128;

// The model status characteristic, little-endian, format 1 (README: "Model status"):
//   0  u8   format (1)
//   1  u8   state (ModelState)
//   2  u16  reserved, 0
//   4  u32  the model's CRC-32 (as the transfer verified it)
//   8  8 B  the first 8 bytes of the model's SHA-256
//   16 u32  arena_used_bytes (TFLM's arena_used_bytes() after AllocateTensors; 0 unless running)
//   20 u32  arena_bytes: the tensor arena the firmware has
//   24 u32  invoke_us: one inference on a zero input, in microseconds (0 unless running)
//   28 u32  model_bytes: the model's length in the slot
//   32 ..   error text, UTF-8, NUL-padded, at most 96 bytes (failed only)
// A notification may be cut to the link's MTU; the state byte always survives, and the central
// reads the whole value once the state is final.
enum class ModelState : quint8 { Empty = 0, Loading = 1, Running = 2, Failed = 3 };
constexpr int kModelStatusFormat = 1;
constexpr int kModelStatusHeaderBytes = 32;
constexpr int kModelStatusMaxBytes = 128;

struct ModelStatus {
    ModelState state = ModelState::Empty;
    quint32 crc32 = 0;
    QByteArray sha256Prefix; // 8 bytes
    quint32 arenaUsedBytes = 0;
    quint32 arenaBytes = 0;
    quint32 invokeUs = 0;
    quint32 modelBytes = 0;
    QString error;

    bool isFinal() const { return state == ModelState::Running || state == ModelState::Failed; }
    // Whether this status is about `file` (its CRC-32 and SHA-256 prefix), not an earlier model.
    bool describes(const QByteArray &file) const;
};

// nullopt when the value is not a model status of a known format (too short, another format).
std::optional<ModelStatus> parseModelStatus(const QByteArray &value);
QByteArray encodeModelStatus(const ModelStatus &status); // for the simulated board and tests

QBluetoothUuid fileTransferServiceUuid();
QBluetoothUuid characteristicUuid(TransferCharacteristic c);
QByteArray uint32Bytes(quint32 value);
// nullopt unless exactly four bytes.
std::optional<quint32> uint32Value(const QByteArray &bytes);
// CRC-32 as zlib computes it, which the firmware compares against.
quint32 crc32Of(const QByteArray &bytes);

} // namespace tinyml::deploy
