// One board running the BLE file-transfer firmware (the paper's demo sketch), without the radio:
// what it does when the central writes or reads one of its characteristics, and the faults a
// test or a user can ask of it. The D-Bus side (MockBluez) turns its answers into BlueZ objects.
// A board with our firmware also serves the model status (0x3007): what became of the last
// verified file once the firmware core loaded it (FirmwareRunner does that on the emulated board).
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace tinyml::boardsim {

// The firmware's characteristics, by the last 16 bits of their UUID's first group.
enum class Characteristic : quint16 {
    FileBlock = 0x3000,
    FileLength = 0x3001,
    MaximumLength = 0x3002,
    Checksum = 0x3003,
    Command = 0x3004,
    TransferStatus = 0x3005,
    ErrorMessage = 0x3006,
    ModelStatus = 0x3007, // our firmware only
};

// The model status's states (libkg/deploy/FileTransferProtocol.h has the whole format).
enum class ModelState : quint8 { Empty = 0, Loading = 1, Running = 2, Failed = 3 };

QString serviceUuid();
QString characteristicUuid(Characteristic c);

// What can go wrong. Link faults (drop, refuse) and corruption hit the first `faultyConnections`
// connections only (negative: every one), so that a retry can succeed.
struct FaultPlan {
    int dropAfterBlocks = -1; // the link drops once this many blocks of a transfer arrived
    int dropAfterMs = -1;     // the link drops this long after connecting
    bool corruptByte = false; // one received byte is flipped: the checksum fails
    bool refuseConnection = false;
    bool staleTransfer = false;   // starts with an unfinished transfer, as after a dropped link
    bool silentErrorText = false; // the error text is set but not notified: the central reads it
    bool silentVerdict = false;   // the checksum's verdict is set but not notified
    int slowWriteMs = 0;          // each block write is answered this late
    int faultyConnections = -1;
    quint32 maximumLength = 1024 * 1024;
    bool maximumLengthGiven = false; // else a board that runs models takes what its model slot holds

    QString describe() const;
};

class SimulatedBoard
{
public:
    // `notify` is called for each value the board notifies (transfer status, error message).
    using Notify = std::function<void(Characteristic, const QByteArray &)>;
    // `received` is called with each file that arrived whole with the right checksum.
    using Received = std::function<void(const QByteArray &)>;

    // `arenaBytes` > 0: the board serves the model status, with a tensor arena that large.
    SimulatedBoard(const FaultPlan &faults, quint32 arenaBytes, Notify notify, Received received);

    const FaultPlan &faults() const { return m_faults; }
    bool servesModelStatus() const { return m_arenaBytes > 0; }
    quint32 arenaBytes() const { return m_arenaBytes; }
    // The verified `file` goes to the loader: the status says Loading until endLoading() with the
    // token returned here. A later transfer makes the token stale.
    quint64 beginLoading(const QByteArray &file);
    // The loader's final status; ignored when a transfer started since.
    void endLoading(quint64 token, const QByteArray &status);
    // The file being loaded failed with `error` (the firmware refused it): a final status of it.
    void failLoading(quint64 token, const QString &error);
    // Whether `token` is still the load in progress (no transfer started since).
    bool isCurrentLoad(quint64 token) const { return token == m_loadToken; }
    // Counts a connection; false when this one is refused.
    bool connect();
    bool linkFaultsActive() const;
    // Whether the link drops now, after a block arrived.
    bool dropsAfterBlock() const;

    QByteArray read(Characteristic c) const;
    // Applies a write; the firmware answers through `notify`.
    void write(Characteristic c, const QByteArray &value);

private:
    void start();
    void cancel();
    void block(const QByteArray &data);
    void fail(const QString &message, bool notifyStatus = true);
    void setStatus(quint32 status, bool notify = true);
    void setModelStatus(const QByteArray &value);

    FaultPlan m_faults;
    Notify m_notify;
    Received m_received;
    int m_connections = 0;
    bool m_inProgress = false;
    quint32 m_lengthValue = 0;
    quint32 m_checksumValue = 0;
    quint32 m_expectedLength = 0;
    quint32 m_expectedChecksum = 0;
    QByteArray m_file;
    int m_blocksThisConnection = 0;
    quint32 m_status = 0;
    QByteArray m_errorMessage;
    quint32 m_arenaBytes = 0;
    QByteArray m_modelStatus;
    quint64 m_loadToken = 0;
    QByteArray m_loadingFile;
};

// A model status value as the firmware encodes it (format 1), for the states the board sets
// itself: Empty (no file: CRC 0), Loading (of `file`), and Failed with `error` when the firmware
// refused the file.
QByteArray modelStatusValue(ModelState state, const QByteArray &file, quint32 arenaBytes, const QString &error = {});
// CRC-32 as zlib computes it, as the firmware checks it.
quint32 crcOf(const QByteArray &bytes);

} // namespace tinyml::boardsim
