// Sends one file to one board over the BLE file-transfer protocol, as a Qt Bluetooth central:
// connect (with our own timeout: BlueZ's D-Bus backend has none), find the service, subscribe
// to the status and error characteristics, refuse a file larger than the board takes, clear a
// transfer a dropped link left behind, send length, checksum, start and every block with
// response, and wait for the board's verdict on the checksum. A lost link, a failed write or a
// silent board ends the attempt; attempts are retried from the start with backoff.
#pragma once

#include "deploy/FileTransferProtocol.h"

#include <QBluetoothAddress>
#include <QByteArray>
#include <QElapsedTimer>
#include <QLowEnergyCharacteristic>
#include <QObject>
#include <QPointer>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothDeviceInfo;
class QLowEnergyController;
class QLowEnergyService;
class QTimer;

namespace tinyml::deploy {

struct TransferOptions {
    int connectTimeoutMs = 15000;
    int findTimeoutMs = 10000;   // scanning for a board BlueZ does not know (yet)
    int stepTimeoutMs = 8000;    // one answer (a write, a read, a discovery) taking longer: link lost
    int verifyTimeoutMs = 10000; // from the last block to the board's verdict
    int errorTextWaitMs = 500;   // for the error text that follows an error status
    int attempts = 3;
    int backoffMs = 1000;            // before the second attempt; doubled for each one after
    int deadlineMs = 15 * 60 * 1000; // the whole deployment, every attempt included
};

// Loading: the file arrived whole; the board is loading the model and reports how that went.
enum class TransferState { Queued, Connecting, Sending, Verifying, Loading, Done, Failed, Cancelled };
bool isFinal(TransferState state); // Done, Failed or Cancelled

struct TransferProgress {
    qint64 bytesSent = 0;
    qint64 totalBytes = 0;
    double blocksPerSecond = 0;
    double secondsLeft = -1; // unknown
    int attempt = 0;
};

class BoardTransfer : public QObject
{
    Q_OBJECT
public:
    BoardTransfer(const QBluetoothAddress &board, const QString &name, const QByteArray &file,
                  const TransferOptions &options, QObject *parent = nullptr);
    ~BoardTransfer() override;

    void start();
    // Stops at once; the board keeps the unfinished transfer until the next one clears it.
    void cancel();

    TransferState state() const { return m_state; }
    QString error() const { return m_error; }
    int attempt() const { return m_attempt; }
    TransferProgress progress() const;

signals:
    void stateChanged(tinyml::deploy::TransferState state, const QString &detail);
    void progressChanged(const tinyml::deploy::TransferProgress &progress);
    void finished(bool succeeded, const QString &error);

private:
    enum class Step {
        Idle,
        Finding,
        Connecting,
        DiscoveringService,
        DiscoveringDetails,
        Subscribing,
        ReadingMaximum,
        Clearing,
        WritingLength,
        WritingChecksum,
        Starting,
        CheckingStart,
        SendingBlocks,
        Verifying,
        ReadingVerdict,
        AwaitingErrorText,
        ReadingErrorText
    };

    void beginAttempt();
    void connectTo(const QBluetoothDeviceInfo &info);
    void findBoard();
    void stopFinder();
    void setStep(Step step, int timeoutMs = -1);
    void onConnected();
    void onServiceDiscoveryFinished();
    void onServiceStateChanged();
    void subscribeNext();
    void onDescriptorWritten();
    void onCharacteristicRead(const QLowEnergyCharacteristic &c, const QByteArray &value);
    void onCharacteristicWritten(const QLowEnergyCharacteristic &c);
    void onCharacteristicChanged(const QLowEnergyCharacteristic &c, const QByteArray &value);
    void onStepTimeout();
    void onStatus(quint32 status);
    void startSending();
    void sendNextBlock();
    void boardReportedError();
    void finishWithBoardError(const QString &text);

    void write(TransferCharacteristic id, const QByteArray &value);
    void read(TransferCharacteristic id);
    QLowEnergyCharacteristic characteristic(TransferCharacteristic id) const;

    // A failed attempt: retried after backoff when `retry` and attempts remain.
    void attemptFailed(const QString &reason, bool retry = true);
    void succeed();
    void finish(TransferState state, const QString &error);
    void releaseLink();
    void emitProgress(bool force);

    QBluetoothAddress m_address;
    QString m_name;
    QByteArray m_file;
    quint32 m_checksum = 0;
    TransferOptions m_options;

    TransferState m_state = TransferState::Queued;
    Step m_step = Step::Idle;
    QString m_error;
    int m_attempt = 0;
    QPointer<QLowEnergyController> m_controller;
    QPointer<QLowEnergyService> m_service;
    QPointer<QLowEnergyController> m_closing; // the previous attempt's, until it disconnected
    QBluetoothDeviceDiscoveryAgent *m_finder = nullptr;
    bool m_searched = false; // this attempt already looked for the board
    QTimer *m_stepTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    int m_subscribed = 0;
    int m_blocksSent = 0; // written and acknowledged
    int m_blockCount = 0;
    bool m_verdictSuccess = false; // status 0 seen since the transfer started
    QElapsedTimer m_sendingClock;
    QElapsedTimer m_progressClock;
};

// Qt Bluetooth's own warnings (which backend it chose, each failed write) are for Qt's
// developers; ours carry the reasons. QT_LOGGING_RULES still brings them back.
void muteQtBluetoothWarnings();

} // namespace tinyml::deploy
