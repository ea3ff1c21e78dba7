#include "deploy/FileTransferProtocol.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
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

bool ModelStatus::describes(const QByteArray &file) const
{
    return crc32 == crc32Of(file) && sha256Prefix == QCryptographicHash::hash(file, QCryptographicHash::Sha256).left(8);
}

std::optional<ModelStatus> parseModelStatus(const QByteArray &value)
{
    if (value.size() < kModelStatusHeaderBytes || quint8(value.at(0)) != kModelStatusFormat)
        return std::nullopt;
    const char *bytes = value.constData();
    const quint8 state = quint8(bytes[1]);
    if (state > quint8(ModelState::Failed))
        return std::nullopt;
    ModelStatus status;
    status.state = ModelState(state);
    status.crc32 = qFromLittleEndian<quint32>(bytes + 4);
    status.sha256Prefix = value.mid(8, 8);
    status.arenaUsedBytes = qFromLittleEndian<quint32>(bytes + 16);
    status.arenaBytes = qFromLittleEndian<quint32>(bytes + 20);
    status.invokeUs = qFromLittleEndian<quint32>(bytes + 24);
    status.modelBytes = qFromLittleEndian<quint32>(bytes + 28);
    QByteArray text = value.mid(kModelStatusHeaderBytes);
    if (const qsizetype end = text.indexOf('\0'); end >= 0)
        text.truncate(end);
    status.error = QString::fromUtf8(text).trimmed();
    return status;
}

QByteArray encodeModelStatus(const ModelStatus &status)
{
    QByteArray value(kModelStatusHeaderBytes, '\0');
    char *bytes = value.data();
    bytes[0] = char(kModelStatusFormat);
    bytes[1] = char(status.state);
    qToLittleEndian(status.crc32, bytes + 4);
    const QByteArray prefix = status.sha256Prefix.left(8).leftJustified(8, '\0');
    std::copy(prefix.cbegin(), prefix.cend(), bytes + 8);
    qToLittleEndian(status.arenaUsedBytes, bytes + 16);
    qToLittleEndian(status.arenaBytes, bytes + 20);
    qToLittleEndian(status.invokeUs, bytes + 24);
    qToLittleEndian(status.modelBytes, bytes + 28);
    value += status.error.toUtf8().left(kModelStatusMaxBytes - kModelStatusHeaderBytes);
    return value;
}

} // namespace tinyml::deploy
