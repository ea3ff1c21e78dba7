#include "EmulatedBoard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

#include <sys/prctl.h>

namespace tinyml::test {

namespace {

// The build's paths (tests/emulator/CMakeLists.txt); the environment overrides them, so that a
// run can point at another harness or check the skips.
QString configured(const char *variable, const char *built)
{
    return qEnvironmentVariable(variable, QString::fromUtf8(built));
}

QString harnessDir()
{
    return configured("TINYML_M4_HARNESS_DIR", TINYML_M4_HARNESS_DIR);
}

QString qemuProgram()
{
    return configured("TINYML_QEMU_SYSTEM_ARM", TINYML_QEMU_SYSTEM_ARM);
}

QString findArenaSizeProgram()
{
    return configured("TINYML_TFLM_DIR", TINYML_TFLM_DIR) + QStringLiteral("/find-arena-size");
}

// Why the harness is not there: named by the build when it could not build it.
QString harnessMissing(const QString &file)
{
    const QString dir = harnessDir();
    if (dir.isEmpty()) {
        const QString missing = QStringLiteral(TINYML_M4_HARNESS_MISSING);
        return missing.isEmpty() ? QStringLiteral("no Cortex-M4 harness: TINYML_M4_HARNESS_DIR is empty")
                                 : QStringLiteral("the Cortex-M4 harness was not built: missing %1").arg(missing);
    }
    if (!QFileInfo::exists(dir + QLatin1Char('/') + file))
        return QStringLiteral("%1 is not built yet in %2 (target tflm_cortex_m4)").arg(file, dir);
    return {};
}

// A process of the test's own: it ends with the test even when the test is killed.
void endWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

// Runs `program` to its end or kills it after `timeoutMs`; false with *failure when it did not
// exit normally by itself.
bool runToEnd(QProcess &process, const QString &program, const QStringList &arguments, int timeoutMs, QString *failure)
{
    endWithParent(&process);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *failure = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *failure = QStringLiteral("%1 timed out after %2 s and was killed")
                       .arg(QFileInfo(program).fileName())
                       .arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        // On Unix, Qt reports the terminating signal as the exit code of a crash.
        *failure =
            QStringLiteral("%1 crashed with signal %2").arg(QFileInfo(program).fileName()).arg(process.exitCode());
        return false;
    }
    return true;
}

qint64 numberAfter(const QList<QByteArray> &words, const QByteArray &key)
{
    const qsizetype at = words.indexOf(key);
    return at >= 0 && at + 1 < words.size() ? words.at(at + 1).toLongLong() : -1;
}

QByteArray modelSource(const QByteArray &model)
{
    QByteArray source = "__attribute__((aligned(16))) const unsigned char g_model[] = {\n";
    for (qsizetype i = 0; i < model.size(); ++i) {
        source += QByteArray::number(static_cast<unsigned char>(model.at(i)));
        source += (i % 24 == 23) ? ",\n" : ",";
    }
    source += "\n};\nconst unsigned int g_model_len = " + QByteArray::number(model.size()) + ";\n";
    return source;
}

// A path that the firmware's semihosting command line can carry (no spaces or commas): `path`
// itself, or a copy in `copyDir`. Empty when the copy fails.
QString semihostingPath(const QString &path, QTemporaryDir &copyDir, const QString &name)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!absolute.contains(QLatin1Char(' ')) && !absolute.contains(QLatin1Char(',')))
        return absolute;
    const QString copy = copyDir.filePath(name);
    return copyDir.isValid() && QFile::copy(absolute, copy) ? copy : QString();
}

// qemu-system-arm's arguments for one harness program on mps2-an386, its arguments passed by
// semihosting (`semihostingArgs`: "arg=a,arg=b"). `icount`: emulated time is instruction count.
QStringList qemuArguments(const QString &elf, const QString &semihostingArgs, bool icount = false)
{
    QStringList arguments{QStringLiteral("-M"),       QStringLiteral("mps2-an386"), QStringLiteral("-nographic"),
                          QStringLiteral("-monitor"), QStringLiteral("none"),       QStringLiteral("-serial"),
                          QStringLiteral("none")};
    if (icount)
        arguments << QStringLiteral("-icount") << QStringLiteral("shift=4");
    arguments << QStringLiteral("-semihosting-config") << QStringLiteral("enable=on,target=native,") + semihostingArgs
              << QStringLiteral("-kernel") << harnessDir() + QStringLiteral("/bin/") + elf;
    return arguments;
}

} // namespace

QString emulatorMissing()
{
    if (const QString missing = harnessMissing(QStringLiteral("bin/tflm-arena.elf")); !missing.isEmpty())
        return missing;
    if (qemuProgram().isEmpty() || !QFileInfo(qemuProgram()).isExecutable())
        return QStringLiteral("qemu-system-arm not found: install the Debian package qemu-system-arm");
    return {};
}

QString flashProbeMissing()
{
    return harnessMissing(QStringLiteral("bin/link-probe.sh"));
}

QString findArenaSizeMissing()
{
    const QString program = findArenaSizeProgram();
    return QFileInfo(program).isExecutable() ? QString()
                                             : QStringLiteral("%1 is not there (../shared/tflm)").arg(program);
}

EmulatedRun parseEmulatedRun(const QByteArray &log)
{
    EmulatedRun run;
    run.log = log;
    bool done = false;
    for (const QByteArray &rawLine : log.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const QList<QByteArray> words = line.split(' ');
        const QByteArray &key = words.first();
        if (key == "allocate_status") {
            run.allocateStatus = words.value(1).toInt();
        } else if (key == "arena_used_bytes") {
            run.arenaUsedBytes = words.value(1).toLongLong();
        } else if (key == "invoke_status") {
            run.invokeStatus = words.value(1).toInt();
        } else if (key == "output" && words.size() >= 4) {
            run.outputs.append({words.at(1).toInt(), QString::fromLatin1(words.at(2)), words.at(3).toLongLong(),
                                QByteArray::fromHex(words.value(4))});
        } else if (key == "error:") {
            run.errors << QString::fromUtf8(line.mid(7));
        } else if (key == "recorded" && words.size() >= 2) {
            run.recorded.insert(
                QString::fromLatin1(words.at(1)),
                {numberAfter(words, "used"), numberAfter(words, "requested"), numberAfter(words, "count")});
        } else if (key == "arena_head_bytes") {
            run.arenaHeadBytes = words.value(1).toLongLong();
        } else if (key == "arena_tail_bytes") {
            run.arenaTailBytes = words.value(1).toLongLong();
        } else if (key == "fault") {
            // startup.c's fault handler: the core faulted and the emulation ended there.
            run.failure = QStringLiteral("the Cortex-M4 faulted: %1").arg(QString::fromLatin1(line));
        } else if (key == "abort") {
            run.aborted = true;
            run.failure = QStringLiteral("tflm-arena aborted (a failed check in TFLM)");
        } else if (key == "done") {
            done = true;
        }
    }
    run.ran = done && run.failure.isEmpty();
    if (!run.ran && run.failure.isEmpty())
        run.failure = QStringLiteral("tflm-arena ended before it was done");
    return run;
}

EmulatedRun runOnCortexM4(const QString &modelPath, bool breakdown, int timeoutMs)
{
    EmulatedRun run;
    run.failure = emulatorMissing();
    if (!run.failure.isEmpty())
        return run;
    QTemporaryDir copyDir;
    const QString model = semihostingPath(modelPath, copyDir, QStringLiteral("model.tflite"));
    if (model.isEmpty()) {
        run.failure = QStringLiteral("cannot copy %1 to a path without spaces or commas").arg(modelPath);
        return run;
    }
    QString semihosting = QStringLiteral("arg=tflm-arena,arg=") + model;
    if (breakdown)
        semihosting += QStringLiteral(",arg=--breakdown");
    const QStringList arguments = qemuArguments(QStringLiteral("tflm-arena.elf"), semihosting);
    QProcess qemu;
    QString failure;
    const bool ended = runToEnd(qemu, qemuProgram(), arguments, timeoutMs, &failure);
    run = parseEmulatedRun(qemu.readAll());
    if (!ended) {
        run.ran = false;
        run.failure = failure;
    }
    return run;
}

QString boardFirmwareMissing()
{
    if (const QString missing = emulatorMissing(); !missing.isEmpty())
        return missing;
    for (const QString &file : {QStringLiteral("bin/run-board-firmware.sh"), QStringLiteral("bin/board-firmware.elf"),
                                QStringLiteral("bin/board-core-tests.elf")})
        if (const QString missing = harnessMissing(file); !missing.isEmpty())
            return missing;
    return {};
}

FirmwareRun parseFirmwareRun(const QByteArray &log)
{
    FirmwareRun run;
    run.log = log;
    bool done = false;
    for (const QByteArray &rawLine : log.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        const qsizetype space = line.indexOf(' ');
        const QByteArray key = space < 0 ? line : line.left(space);
        const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1);
        if (key == "transfer_status") {
            run.transferStatuses << value.toUInt();
        } else if (key == "error_message") {
            run.errorMessages << QString::fromUtf8(value);
        } else if (key == "model_status") {
            run.modelStatuses << QByteArray::fromHex(value);
        } else if (key == "fault") {
            run.failure = QStringLiteral("the Cortex-M4 faulted: %1").arg(QString::fromLatin1(line));
        } else if (key == "abort") {
            run.failure = QStringLiteral("the firmware aborted (a failed check in TFLM)");
        } else if (key == "done") {
            done = true;
        }
    }
    run.ran = done && run.failure.isEmpty();
    if (!run.ran && run.failure.isEmpty())
        run.failure = QStringLiteral("the board firmware ended before it was done");
    return run;
}

FirmwareRun runBoardFirmware(const QString &modelPath, qint64 arenaBytes, int timeoutMs)
{
    FirmwareRun run;
    run.failure = boardFirmwareMissing();
    if (!run.failure.isEmpty())
        return run;
    QProcess script;
    QString failure;
    const bool ended =
        runToEnd(script, QStringLiteral("sh"),
                 {harnessDir() + QStringLiteral("/bin/run-board-firmware.sh"), modelPath, QString::number(arenaBytes)},
                 timeoutMs, &failure);
    run = parseFirmwareRun(script.readAll());
    if (!ended) {
        run.ran = false;
        run.failure = failure;
    } else if (run.ran && script.exitCode() != 0) {
        run.ran = false;
        run.failure = QStringLiteral("run-board-firmware.sh exited with status %1").arg(script.exitCode());
    }
    return run;
}

FirmwareScenarios runBoardCoreTests(const QString &modelPath, const QString &largeModelPath, int timeoutMs)
{
    FirmwareScenarios scenarios;
    scenarios.failure = boardFirmwareMissing();
    if (!scenarios.failure.isEmpty())
        return scenarios;
    QTemporaryDir copyDir;
    const QString model = semihostingPath(modelPath, copyDir, QStringLiteral("model.tflite"));
    const QString large = semihostingPath(largeModelPath, copyDir, QStringLiteral("large.tflite"));
    if (model.isEmpty() || large.isEmpty()) {
        scenarios.failure = QStringLiteral("cannot copy the models to paths without spaces or commas");
        return scenarios;
    }
    // -icount: the scenarios' timings are emulated time, as run-board-firmware.sh's.
    const QStringList arguments =
        qemuArguments(QStringLiteral("board-core-tests.elf"),
                      QStringLiteral("arg=board-core-tests,arg=%1,arg=%2").arg(model, large), true);
    QProcess qemu;
    const bool ended = runToEnd(qemu, qemuProgram(), arguments, timeoutMs, &scenarios.failure);
    scenarios.log = qemu.readAll();
    if (!ended)
        return scenarios;
    bool done = false;
    for (const QByteArray &rawLine : scenarios.log.split('\n')) {
        const QString line = QString::fromUtf8(rawLine.trimmed());
        if (line.startsWith(QLatin1String("PASS ")))
            scenarios.passed << line.mid(5);
        else if (line.startsWith(QLatin1String("FAIL ")))
            scenarios.failed << line.mid(5);
        else if (line == QLatin1String("done"))
            done = true;
        else if (line.startsWith(QLatin1String("fault")) || line.startsWith(QLatin1String("abort")))
            scenarios.failure = QStringLiteral("board-core-tests stopped: %1").arg(line);
    }
    scenarios.ran = done && scenarios.failure.isEmpty();
    if (!scenarios.ran && scenarios.failure.isEmpty())
        scenarios.failure = QStringLiteral("board-core-tests ended before it was done");
    return scenarios;
}

HostArenaSize findArenaSize(const QString &modelPath, int timeoutMs)
{
    HostArenaSize result;
    result.failure = findArenaSizeMissing();
    if (!result.failure.isEmpty())
        return result;
    QProcess process;
    const bool ended = runToEnd(process, findArenaSizeProgram(), {modelPath}, timeoutMs, &result.failure);
    result.log = process.readAll();
    if (!ended)
        return result;
    bool isNumber = false;
    const qint64 bytes = result.log.trimmed().toLongLong(&isNumber);
    if (process.exitCode() != 0)
        result.failure = QStringLiteral("find-arena-size exited with status %1").arg(process.exitCode());
    else if (!isNumber)
        result.failure = QStringLiteral("find-arena-size printed no number: %1").arg(QString::fromUtf8(result.log));
    else
        result.arenaBytes = bytes;
    result.allocatable = result.arenaBytes >= 0;
    return result;
}

FlashProbe linkFlashProbe(const QStringList &ops, const QByteArray &model, const QString &elfPath, int timeoutMs)
{
    FlashProbe probe;
    probe.failure = flashProbeMissing();
    if (!probe.failure.isEmpty())
        return probe;
    QTemporaryDir work;
    if (!work.isValid()) {
        probe.failure = QStringLiteral("cannot create a temporary folder");
        return probe;
    }
    QString source = QStringLiteral("-");
    if (!model.isEmpty()) {
        source = work.filePath(QStringLiteral("model.c"));
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly) || file.write(modelSource(model)) < 0) {
            probe.failure = QStringLiteral("cannot write %1").arg(source);
            return probe;
        }
    }
    const QString elf = elfPath.isEmpty() ? work.filePath(QStringLiteral("probe.elf")) : elfPath;
    QProcess link;
    const bool ended =
        runToEnd(link, QStringLiteral("sh"),
                 {harnessDir() + QStringLiteral("/bin/link-probe.sh"), ops.join(QLatin1Char(' ')), source, elf},
                 timeoutMs, &probe.failure);
    probe.log = link.readAll();
    if (!ended)
        return probe;
    for (const QByteArray &line : probe.log.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.first() != "flash_bytes")
            continue;
        probe.flashBytes = numberAfter(words, "flash_bytes");
        probe.textBytes = numberAfter(words, "text");
        probe.dataBytes = numberAfter(words, "data");
        probe.bssBytes = numberAfter(words, "bss");
    }
    probe.linked = link.exitCode() == 0 && probe.flashBytes > 0;
    if (!probe.linked)
        probe.failure = QStringLiteral("link-probe.sh failed (exit status %1): %2")
                            .arg(link.exitCode())
                            .arg(QString::fromUtf8(probe.log));
    return probe;
}

} // namespace tinyml::test
