#include "FirmwareRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>

#include <sys/prctl.h>

namespace tinyml::boardsim {

FirmwareRunner::FirmwareRunner(const QString &script, QObject *parent) : QObject(parent), m_script(script) { }

FirmwareRunner::~FirmwareRunner()
{
    // The emulations end with the simulator: children are killed, not waited for.
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
    }
}

QString FirmwareRunner::defaultScript()
{
    return QStringLiteral(TINYML_FIRMWARE_RUNNER);
}

QString FirmwareRunner::missing(const QString &script)
{
    if (!QFileInfo(script).isExecutable())
        return QStringLiteral("the board firmware runner %1 is missing or not executable: build the Cortex-M4 "
                              "harness (ninja -C BUILD tflm_cortex_m4; it needs ../shared/tflm and the Debian "
                              "packages gcc-arm-none-eabi, libnewlib-arm-none-eabi, libstdc++-arm-none-eabi-newlib) "
                              "or name another with --firmware-runner")
            .arg(script);
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm")).isEmpty())
        return QStringLiteral("qemu-system-arm not found: install the Debian package qemu-system-arm");
    return QString();
}

FirmwareRun FirmwareRunner::parse(const QByteArray &output)
{
    FirmwareRun run;
    bool done = false;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype space = line.indexOf(' ');
        const QByteArray key = space < 0 ? line : line.left(space);
        const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        if (key == "model_status")
            run.modelStatus = QByteArray::fromHex(value);
        else if (key == "transfer_status")
            run.transferStatus = value.toInt();
        else if (key == "error_message")
            run.errorMessage = QString::fromUtf8(value);
        else if (line == "done")
            done = true;
    }
    run.ended = done;
    if (!done)
        run.failure = QStringLiteral("the firmware did not reach its end");
    return run;
}

void FirmwareRunner::run(int board, quint64 token, const QByteArray &model, quint32 arenaBytes)
{
    Job job{board, token, QString(), arenaBytes};
    job.modelPath = m_models.filePath(QStringLiteral("model-%1.tflite").arg(++m_files));
    QFile file(job.modelPath);
    // Closed (flushed) before the emulator may read it.
    const bool written = file.open(QIODevice::WriteOnly) && file.write(model) == model.size() && file.flush();
    file.close();
    if (!written) {
        FirmwareRun failed;
        failed.failure = QStringLiteral("cannot write %1: %2").arg(job.modelPath, file.errorString());
        // From the event loop, as every other result.
        QTimer::singleShot(0, this, [this, job, failed] { emit finished(job.board, job.token, failed); });
        return;
    }
    m_waiting << job;
    startWaiting();
}

void FirmwareRunner::startWaiting()
{
    while (m_running < kParallel && !m_waiting.isEmpty()) {
        const Job job = m_waiting.takeFirst();
        auto *process = new QProcess(this);
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        process->setProcessChannelMode(QProcess::MergedChannels);
        auto *timeout = new QTimer(process);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, this, [this, process, job] {
            process->disconnect(this);
            process->kill();
            process->waitForFinished(2000);
            onEnded(process, job, QStringLiteral("no end within %1 s").arg(kTimeoutMs / 1000));
        });
        connect(process, &QProcess::finished, this, [this, process, job](int code, QProcess::ExitStatus status) {
            onEnded(process, job,
                    status == QProcess::CrashExit ? QStringLiteral("crashed with signal %1").arg(code)
                        : code != 0               ? QStringLiteral("exit status %1").arg(code)
                                                  : QString());
        });
        connect(process, &QProcess::errorOccurred, this, [this, process, job](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                onEnded(process, job, QStringLiteral("cannot start %1: %2").arg(m_script, process->errorString()));
        });
        ++m_running;
        timeout->start(kTimeoutMs);
        process->start(m_script, {job.modelPath, QString::number(job.arenaBytes)});
    }
}

void FirmwareRunner::onEnded(QProcess *process, const Job &job, const QString &failure)
{
    process->disconnect(this);
    const QByteArray output = process->readAll();
    FirmwareRun run = parse(output);
    if (!failure.isEmpty()) {
        run.ended = false;
        // Its last words say more than the exit status.
        const QByteArray last = output.trimmed().split('\n').constLast().trimmed();
        run.failure = last.isEmpty() ? failure : failure + QStringLiteral(" (") + QString::fromUtf8(last) + u')';
    }
    process->deleteLater();
    QFile::remove(job.modelPath);
    --m_running;
    emit finished(job.board, job.token, run);
    startWaiting();
}

} // namespace tinyml::boardsim
