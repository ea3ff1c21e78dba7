#include "deploy/FileTransferProtocol.h"

#include <QtEndian>

#include <zlib.h>

#include <optional>

namespace tinyml::deploy {

QBluetoothUuid fileTransferServiceUuid()
{
    return QBluetoothUuid(QStringLiteral("{bf88b656-0000-4a61-86e0-769c741026c0}"));
}

QBluetoothUuid characteristicUuid(TransferCharacteristic c)
{
    return QBluetoothUuid(
        QStringLiteral("{bf88b656-%1-4a61-86e0-769c741026c0}").arg(quint16(c), 4, 16, QLatin1Char('0')));
}

QByteArray uint32Bytes(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

std::optional<quint32> uint32Value(const QByteArray &bytes)
{
    if (bytes.size() != 4)
        return std::nullopt;
    return qFromLittleEndian<quint32>(bytes.constData());
}

quint32 crc32Of(const QByteArray &bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    qsizetype offset = 0;
    // zlib takes uInt lengths: feed it in chunks that fit.
    while (offset < bytes.size()) {
        const uInt chunk = uInt(qMin<qsizetype>(bytes.size() - offset, 1 << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.constData() + offset), chunk);
        offset += chunk;
    }
    return quint32(crc);
}

} // namespace tinyml::deploy
