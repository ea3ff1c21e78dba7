// The boards' firmware core on the emulated Cortex-M4: each verified file goes to
// run-board-firmware.sh (qemu-system-arm under it), which loads the model into a tensor arena of
// the board's size and runs one inference, and prints the model status the board then serves.
// Runs are asynchronous (the D-Bus loop keeps answering) and a few at a time; the rest wait.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

class QProcess;

namespace tinyml::boardsim {

struct FirmwareRun {
    bool ended = false;      // the firmware reached its end (exit status 0, "done")
    QString failure;         // why not, when !ended
    int transferStatus = -1; // the firmware's own verdict on the file
    QString errorMessage;    // its error text, when it set one
    QByteArray modelStatus;  // the last model status it set: what the board serves from now on
};

class FirmwareRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kParallel = 2; // emulations at once: each takes a core
    static constexpr int kTimeoutMs = 300000;

    explicit FirmwareRunner(const QString &script, QObject *parent = nullptr);
    ~FirmwareRunner() override;

    // The script this build installs for the Cortex-M4 harness.
    static QString defaultScript();
    // Empty when `script` can run models, else what to build or install.
    static QString missing(const QString &script);
    // Parses the firmware's lines (model_status HEX, transfer_status N, error_message TEXT, done).
    static FirmwareRun parse(const QByteArray &output);

    // Queues `model` for `board`; `token` comes back with the result.
    void run(int board, quint64 token, const QByteArray &model, quint32 arenaBytes);

signals:
    void finished(int board, quint64 token, const tinyml::boardsim::FirmwareRun &run);

private:
    struct Job {
        int board = 0;
        quint64 token = 0;
        QString modelPath;
        quint32 arenaBytes = 0;
    };

    void startWaiting();
    void onEnded(QProcess *process, const Job &job, const QString &failure);

    QString m_script;
    QTemporaryDir m_models;
    QList<Job> m_waiting;
    int m_running = 0;
    quint64 m_files = 0;
};

} // namespace tinyml::boardsim
