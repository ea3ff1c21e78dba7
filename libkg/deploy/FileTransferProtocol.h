// The BLE file-transfer protocol of the paper's demo firmware (Pete Warden's ble_file_transfer
// Arduino sketch): one GATT service, a characteristic per field, 128-byte blocks, zlib's CRC-32.
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
};

enum class TransferCommand : quint32 { Start = 1, Cancel = 2 };
enum class TransferStatus : quint32 { Success = 0, Error = 1, InProgress = 2 };

constexpr int kBlockBytes = 128;

QBluetoothUuid fileTransferServiceUuid();
QBluetoothUuid characteristicUuid(TransferCharacteristic c);
QByteArray uint32Bytes(quint32 value);
// nullopt unless exactly four bytes.
std::optional<quint32> uint32Value(const QByteArray &bytes);
// CRC-32 as zlib computes it, which the firmware compares against.
quint32 crc32Of(const QByteArray &bytes);

} // namespace tinyml::deploy
