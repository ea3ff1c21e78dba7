#include "SimulatedBoard.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace tinyml::boardsim {

namespace {

constexpr int kBlockBytes = 128;
constexpr int kErrorBytes = 128;

quint32 uint32Of(const QByteArray &value)
{
    if (value.size() < 4)
        return 0;
    return qFromLittleEndian<quint32>(value.constData());
}

QByteArray bytesOf(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

} // namespace

quint32 crcOf(const QByteArray &bytes)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

QByteArray modelStatusValue(ModelState state, const QByteArray &file, quint32 arenaBytes, const QString &error)
{
    constexpr int kHeaderBytes = 32;
    QByteArray value(kHeaderBytes, '\0');
    char *bytes = value.data();
    bytes[0] = 1; // format
    bytes[1] = char(state);
    if (!file.isEmpty()) {
        qToLittleEndian(crcOf(file), bytes + 4);
        const QByteArray digest = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
        std::copy(digest.cbegin(), digest.cbegin() + 8, bytes + 8);
        qToLittleEndian(quint32(file.size()), bytes + 28);
    }
    qToLittleEndian(arenaBytes, bytes + 20);
    return value + error.toUtf8().left(96);
}

QString serviceUuid()
{
    return QStringLiteral("bf88b656-0000-4a61-86e0-769c741026c0");
}

QString characteristicUuid(Characteristic c)
{
    return QStringLiteral("bf88b656-%1-4a61-86e0-769c741026c0").arg(quint16(c), 4, 16, QLatin1Char('0'));
}

QString FaultPlan::describe() const
{
    QStringList parts;
    if (dropAfterBlocks >= 0)
        parts << QStringLiteral("drop after %1 blocks").arg(dropAfterBlocks);
    if (dropAfterMs >= 0)
        parts << QStringLiteral("drop after %1 ms").arg(dropAfterMs);
    if (corruptByte)
        parts << QStringLiteral("corrupt a byte");
    if (refuseConnection)
        parts << QStringLiteral("refuse the connection");
    if (faultyConnections >= 0 && (dropAfterBlocks >= 0 || dropAfterMs >= 0 || corruptByte || refuseConnection))
        parts << QStringLiteral("on the first %1 connection(s)").arg(faultyConnections);
    if (staleTransfer)
        parts << QStringLiteral("stale transfer");
    if (silentErrorText)
        parts << QStringLiteral("error text not notified");
    if (silentVerdict)
        parts << QStringLiteral("verdict not notified");
    if (slowWriteMs > 0)
        parts << QStringLiteral("blocks answered after %1 ms").arg(slowWriteMs);
    parts << QStringLiteral("maximum %1 bytes").arg(maximumLength);
    return parts.join(QStringLiteral(", "));
}

SimulatedBoard::SimulatedBoard(const FaultPlan &faults, quint32 arenaBytes, Notify notify, Received received)
    : m_faults(faults), m_notify(std::move(notify)), m_received(std::move(received)), m_arenaBytes(arenaBytes)
{
    if (servesModelStatus())
        m_modelStatus = modelStatusValue(ModelState::Empty, {}, m_arenaBytes);
    if (m_faults.staleTransfer) {
        // What a dropped link leaves behind: a transfer that never finished.
        m_inProgress = true;
        m_expectedLength = 4096;
        m_file = QByteArray(1000, '\x5a');
        m_status = 2;
    }
}

bool SimulatedBoard::connect()
{
    ++m_connections;
    m_blocksThisConnection = 0;
    return !(m_faults.refuseConnection && linkFaultsActive());
}

bool SimulatedBoard::linkFaultsActive() const
{
    return m_faults.faultyConnections < 0 || m_connections <= m_faults.faultyConnections;
}

bool SimulatedBoard::dropsAfterBlock() const
{
    return m_faults.dropAfterBlocks >= 0 && linkFaultsActive() && m_blocksThisConnection >= m_faults.dropAfterBlocks;
}

QByteArray SimulatedBoard::read(Characteristic c) const
{
    switch (c) {
    case Characteristic::FileLength: return bytesOf(m_lengthValue);
    case Characteristic::MaximumLength: return bytesOf(m_faults.maximumLength);
    case Characteristic::Checksum: return bytesOf(m_checksumValue);
    case Characteristic::TransferStatus: return bytesOf(m_status);
    case Characteristic::ErrorMessage: return m_errorMessage;
    case Characteristic::ModelStatus: return m_modelStatus;
    case Characteristic::FileBlock:
    case Characteristic::Command: break;
    }
    return {};
}

void SimulatedBoard::write(Characteristic c, const QByteArray &value)
{
    switch (c) {
    case Characteristic::FileLength: m_lengthValue = uint32Of(value); break;
    case Characteristic::Checksum: m_checksumValue = uint32Of(value); break;
    case Characteristic::Command: {
        const quint32 command = uint32Of(value);
        if (value.size() != 4)
            fail(QStringLiteral("command must be 4 bytes"));
        else if (command == 1)
            start();
        else if (command == 2)
            cancel();
        else
            fail(QStringLiteral("unknown command %1").arg(command));
        break;
    }
    case Characteristic::FileBlock: block(value); break;
    case Characteristic::MaximumLength:
    case Characteristic::TransferStatus:
    case Characteristic::ErrorMessage:
    case Characteristic::ModelStatus: break; // read-only: BlueZ refuses before we get here
    }
}

void SimulatedBoard::start()
{
    if (m_inProgress)
        return fail(QStringLiteral("previous transfer is still in progress"));
    if (m_lengthValue > m_faults.maximumLength)
        return fail(
            QStringLiteral("file too large: %1 bytes, maximum %2").arg(m_lengthValue).arg(m_faults.maximumLength));
    m_inProgress = true;
    m_expectedLength = m_lengthValue;
    m_expectedChecksum = m_checksumValue;
    m_file.clear();
    m_file.reserve(int(m_expectedLength));
    setStatus(2);
    if (servesModelStatus()) {
        // The slot is rewritten: whatever ran before is gone, and a load still under way is moot.
        ++m_loadToken;
        setModelStatus(modelStatusValue(ModelState::Empty, {}, m_arenaBytes));
    }
}

void SimulatedBoard::cancel()
{
    // As the firmware: a cancel with nothing to cancel goes unanswered.
    if (!m_inProgress)
        return;
    m_inProgress = false;
    fail(QStringLiteral("transfer cancelled"));
}

void SimulatedBoard::block(const QByteArray &data)
{
    if (!m_inProgress)
        return fail(QStringLiteral("block written with no transfer in progress"));
    ++m_blocksThisConnection;
    if (data.size() > kBlockBytes || quint32(m_file.size() + data.size()) > m_expectedLength) {
        m_inProgress = false;
        return fail(QStringLiteral("too many bytes"));
    }
    const int before = m_file.size();
    m_file.append(data);
    if (m_faults.corruptByte && linkFaultsActive() && before == 0 && !m_file.isEmpty())
        m_file[0] = char(m_file.at(0) ^ 0x40);
    if (quint32(m_file.size()) < m_expectedLength)
        return;
    m_inProgress = false;
    const quint32 crc = crcOf(m_file);
    if (crc != m_expectedChecksum)
        return fail(QStringLiteral("checksum mismatch: computed %1, expected %2")
                        .arg(crc, 8, 16, QLatin1Char('0'))
                        .arg(m_expectedChecksum, 8, 16, QLatin1Char('0')),
                    !m_faults.silentVerdict);
    // The verdict first: the firmware loads the model after it told the central the file is whole.
    setStatus(0, !m_faults.silentVerdict);
    if (m_received)
        m_received(m_file);
}

quint64 SimulatedBoard::beginLoading(const QByteArray &file)
{
    m_loadingFile = file;
    setModelStatus(modelStatusValue(ModelState::Loading, file, m_arenaBytes));
    return ++m_loadToken;
}

void SimulatedBoard::failLoading(quint64 token, const QString &error)
{
    endLoading(token, modelStatusValue(ModelState::Failed, m_loadingFile, m_arenaBytes, error));
}

void SimulatedBoard::endLoading(quint64 token, const QByteArray &status)
{
    if (token == m_loadToken)
        setModelStatus(status);
}

void SimulatedBoard::setModelStatus(const QByteArray &value)
{
    m_modelStatus = value;
    m_notify(Characteristic::ModelStatus, value);
}

void SimulatedBoard::fail(const QString &message, bool notifyStatus)
{
    // As the firmware does: the status first, then the text in a second notification, the
    // text filling the characteristic's 128 bytes.
    m_errorMessage = message.toUtf8().left(kErrorBytes);
    m_errorMessage.append(QByteArray(kErrorBytes - m_errorMessage.size(), '\0'));
    setStatus(1, notifyStatus);
    if (!m_faults.silentErrorText)
        m_notify(Characteristic::ErrorMessage, m_errorMessage);
}

void SimulatedBoard::setStatus(quint32 status, bool notify)
{
    m_status = status;
    if (notify)
        m_notify(Characteristic::TransferStatus, bytesOf(status));
}

} // namespace tinyml::boardsim
