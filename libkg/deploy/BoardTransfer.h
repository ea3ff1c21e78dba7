// Sends one file to one board over the BLE file-transfer protocol, as a Qt Bluetooth central:
// connect (with our own timeout: BlueZ's D-Bus backend has none), find the service, subscribe
// to the status and error characteristics, refuse a file larger than the board takes, clear a
// transfer a dropped link left behind, send length, checksum, start and every block with
// response, and wait for the board's verdict on the checksum. A lost link, a failed write or a
// silent board ends the attempt; attempts are retried from the start with backoff.
// A board with the model status (0x3007) then says whether the model it received runs: the
// transfer waits for that before it ends. A failed load is the model's fault, not the link's,
// and is not retried.
#pragma once

#include "deploy/FileTransferProtocol.h"

#include <QBluetoothAddress>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QLowEnergyCharacteristic>
#include <QObject>
#include <QPointer>

#include <optional>

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
    int deadlineMs = 15 * 60 * 1000; // the transfer, every attempt included, up to the board's verdict
    int loadTimeoutMs = 60000;       // from the verdict to the board's final model status
};

// Loading: the file arrived whole; the board is loading the model and reports how that went.
enum class TransferState { Queued, Connecting, Sending, Verifying, Loading, Done, Failed, Cancelled };
bool isFinal(TransferState state); // Done, Failed or Cancelled

// What became of a model on a board, once its deployment ended.
enum class DeployOutcome {
    Pending,        // not ended yet
    Running,        // the board loaded the model and ran an inference (its model status says so)
    LoadFailed,     // the file arrived whole, but the board could not load or run it
    Unconfirmed,    // the file arrived whole; the board does not report a model status (or none came in time)
    TransferFailed, // the file did not arrive whole
    Cancelled,
};

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
    // Pending until finished.
    DeployOutcome outcome() const { return m_outcome; }
    // The board's final status of this file (Running or Failed); empty when none came.
    std::optional<ModelStatus> modelStatus() const { return m_modelStatus; }

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
        ReadingErrorText,
        Loading // the load timeout runs; model status reads and notifications come meanwhile
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
    void startLoading();
    void onModelStatusNotified(const QByteArray &value);
    void onModelStatus(const QByteArray &value);
    // The file arrived but whether the model runs stays unknown: Done, Unconfirmed.
    void finishUnconfirmed(const QString &why);
    void finishLoadUnanswered(const QString &why);
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
    QList<TransferCharacteristic> m_notifying; // this attempt's subscriptions, in order
    int m_subscribed = 0;
    bool m_hasModelStatus = false; // the board serves 0x3007
    DeployOutcome m_outcome = DeployOutcome::Pending;
    std::optional<ModelStatus> m_modelStatus;
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
