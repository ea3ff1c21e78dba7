#include "FirmwareCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace tinyml::codegen {
namespace {

const QString kLibraryFolder = QStringLiteral("Arduino_TensorFlowLite-2.4.0-ALPHA/src");
const QString kCmsisFolder = QStringLiteral("CMSIS_5-Core/CMSIS/Core/Include");
// One emulated run; the largest reference models invoke in well under a minute.
constexpr int kEmulationTimeoutMs = 300000;

struct Tools {
    QString gcc, gxx, ar, qemu, ccache;
};

struct Compile {
    QString program;
    QStringList arguments;
    QString source; // for messages
};

QStringList cpuFlags()
{
    return {QStringLiteral("-mcpu=cortex-m4"), QStringLiteral("-mthumb"), QStringLiteral("-mfloat-abi=hard"),
            QStringLiteral("-mfpu=fpv4-sp-d16")};
}

// The flags tests/emulator's tflm24_arduino has: the library as the Arduino IDE builds it for the
// board, with ARDUINO defined (TFLM's DCHECKs off) and CMSIS-NN's DSP paths.
QStringList tflmFlags(const QString &tflm)
{
    return cpuFlags()
        + QStringList{QStringLiteral("-O2"),
                      QStringLiteral("-ffunction-sections"),
                      QStringLiteral("-fdata-sections"),
                      QStringLiteral("-DTF_LITE_STATIC_MEMORY"),
                      QStringLiteral("-DARM_MATH_CM4"),
                      QStringLiteral("-DARM_MATH_DSP"),
                      QStringLiteral("-DCMSIS_NN"),
                      QStringLiteral("-DARDUINO=10819"),
                      QStringLiteral("-isystem"),
                      tflm + QLatin1Char('/') + kLibraryFolder,
                      QStringLiteral("-isystem"),
                      tflm + QLatin1Char('/') + kCmsisFolder};
}

QStringList cxxFlags()
{
    // GCC 12's headers no longer include these transitively; TFLM 2.4's headers rely on it.
    return {QStringLiteral("-fno-rtti"),
            QStringLiteral("-fno-exceptions"),
            QStringLiteral("-fno-threadsafe-statics"),
            QStringLiteral("-fno-unwind-tables"),
            QStringLiteral("-include"),
            QStringLiteral("limits"),
            QStringLiteral("-include"),
            QStringLiteral("cstdint")};
}

bool findTools(Tools *tools, QString *missing)
{
    tools->gcc = QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-gcc"));
    tools->gxx = QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-g++"));
    tools->ar = QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-ar"));
    tools->qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm"));
    tools->ccache = QStandardPaths::findExecutable(QStringLiteral("ccache"));
    QStringList absent;
    if (tools->gcc.isEmpty() || tools->gxx.isEmpty() || tools->ar.isEmpty())
        absent << QStringLiteral("arm-none-eabi-gcc (Debian packages gcc-arm-none-eabi, libnewlib-arm-none-eabi, "
                                 "libstdc++-arm-none-eabi-newlib)");
    if (tools->qemu.isEmpty())
        absent << QStringLiteral("qemu-system-arm (Debian package qemu-system-arm)");
    *missing = absent.join(QStringLiteral(" and "));
    return absent.isEmpty();
}

Compile compileOf(const Tools &tools, const QString &source, const QString &object, const QStringList &flags)
{
    const bool cxx = source.endsWith(QLatin1String(".cpp"));
    QStringList arguments = flags;
    if (cxx)
        arguments += cxxFlags();
    arguments << QStringLiteral("-c") << source << QStringLiteral("-o") << object;
    const QString compiler = cxx ? tools.gxx : tools.gcc;
    if (tools.ccache.isEmpty())
        return {compiler, arguments, source};
    return {tools.ccache, QStringList{compiler} + arguments, source};
}

// Runs the compiles `jobs` at a time; false with the first failure's messages.
bool runCompiles(const QList<Compile> &compiles, int jobs, QStringList *messages)
{
    QList<QProcess *> running;
    qsizetype next = 0;
    bool ok = true;
    while ((next < compiles.size() && ok) || !running.isEmpty()) {
        while (ok && next < compiles.size() && running.size() < jobs) {
            auto *process = new QProcess;
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->setProperty("source", compiles[next].source);
            process->start(compiles[next].program, compiles[next].arguments);
            running << process;
            ++next;
        }
        for (qsizetype i = 0; i < running.size(); ++i) {
            QProcess *process = running[i];
            if (!process->waitForFinished(20) && process->state() != QProcess::NotRunning)
                continue;
            const QString output = QString::fromLocal8Bit(process->readAll()).trimmed();
            if (process->error() == QProcess::FailedToStart || process->exitStatus() != QProcess::NormalExit
                || process->exitCode() != 0) {
                if (ok)
                    *messages << QStringLiteral("%1: %2").arg(process->property("source").toString(),
                                                              output.isEmpty() ? process->errorString() : output);
                ok = false;
            }
            delete process;
            running.removeAt(i--);
        }
    }
    return ok;
}

QStringList tflmSources(const QString &tflm)
{
    static const QRegularExpression excludedFolders(QStringLiteral(
        "/(micro/benchmarks|micro/testing|micro/arduino|experimental/microfrontend|downloads/kissfft)/"));
    static const QRegularExpression excludedFiles(
        QStringLiteral("/(test_helpers|conv_test_common|kernel_runner|flexbuffers_generated_data)\\.cpp$"));
    QStringList sources;
    QDirIterator it(tflm + QLatin1Char('/') + kLibraryFolder, {QStringLiteral("*.c"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!excludedFolders.match(path).hasMatch() && !excludedFiles.match(path).hasMatch())
            sources << path;
    }
    sources.sort();
    return sources;
}

QString toolVersion(const QString &compiler)
{
    QProcess process;
    process.start(compiler, {QStringLiteral("--version")});
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

// libtflm24.a for the Cortex-M4, compiled once per library folder, compiler and flags.
QString tflmLibrary(const Tools &tools, const QString &tflm, const CheckOptions &options, int jobs, CheckResult *result)
{
    const QStringList sources = tflmSources(tflm);
    const QStringList flags = tflmFlags(tflm);
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData((tflm + toolVersion(tools.gxx) + flags.join(QLatin1Char(' ')) + cxxFlags().join(QLatin1Char(' '))
                 + sources.join(QLatin1Char(' ')))
                    .toUtf8());
    QString root = options.cacheDir;
    if (root.isEmpty())
        root =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/tinyml-manager");
    const QString folder =
        root + QStringLiteral("/tflm24-cortex-m4-") + QString::fromLatin1(key.result().toHex().left(16));
    const QString library = folder + QStringLiteral("/libtflm24.a");
    if (!QDir().mkpath(folder)) {
        result->message = QStringLiteral("%1: cannot create the folder").arg(folder);
        return QString();
    }
    // Two checks at once build it once.
    QLockFile lock(folder + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    lock.lock();
    if (QFileInfo::exists(library))
        return library;
    if (options.progress)
        options.progress(
            QStringLiteral("compiling TensorFlow Lite Micro 2.4 for the Cortex-M4 (%1 files, once: kept in "
                           "%2)")
                .arg(sources.size())
                .arg(folder));
    QList<Compile> compiles;
    QStringList objects;
    const QString objectDir = folder + QStringLiteral("/objects");
    QDir().mkpath(objectDir);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString object = objectDir + QStringLiteral("/%1-%2.o").arg(i).arg(QFileInfo(sources[i]).baseName());
        // Third-party code, compiled as is: its warnings are not ours to fix.
        compiles << compileOf(tools, sources[i], object, flags + QStringList{QStringLiteral("-w")});
        objects << object;
    }
    if (!runCompiles(compiles, jobs, &result->compile)) {
        result->message = QStringLiteral("TensorFlow Lite Micro 2.4 in %1 did not compile for the Cortex-M4").arg(tflm);
        return QString();
    }
    QProcess ar;
    ar.setProcessChannelMode(QProcess::MergedChannels);
    const QString partial = library + QStringLiteral(".partial");
    QFile::remove(partial);
    ar.start(tools.ar, QStringList{QStringLiteral("rcs"), partial} + objects);
    if (!ar.waitForFinished(120000) || ar.exitCode() != 0 || !QFile::rename(partial, library)) {
        result->message = QStringLiteral("%1: the library could not be archived: %2")
                              .arg(library, QString::fromLocal8Bit(ar.readAll()).trimmed());
        return QString();
    }
    QDir(objectDir).removeRecursively();
    return library;
}

bool copyResource(const QString &resource, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(resource, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

void readBoard(CheckResult *result, const QString &output)
{
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        result->board << line;
        const QString key = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (key == QLatin1String("arena_bytes"))
            result->arenaBytes = rest.toUInt();
        else if (key == QLatin1String("arena_used"))
            result->arenaUsedBytes = rest.toUInt();
        else if (key == QLatin1String("input_ok"))
            result->inputOk = true;
        else if (key == QLatin1String("invoke_ok")) {
            result->invokeOk = true;
            result->invokeUs = rest.toUInt();
        } else if (key == QLatin1String("output"))
            result->output = rest.trimmed();
        else if ((key == QLatin1String("load_failed") || key.endsWith(QLatin1String("_mismatch"))
                  || key == QLatin1String("invoke_failed"))
                 && result->message.isEmpty())
            result->message = line;
    }
}

} // namespace

QString findTflmDir(const QString &given, QString *why)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates << given;
    else {
        if (qEnvironmentVariableIsSet("TINYML_TFLM_DIR"))
            candidates << qEnvironmentVariable("TINYML_TFLM_DIR");
        candidates << QStringLiteral("../shared/tflm");
    }
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate + QLatin1Char('/') + kLibraryFolder
                              + QStringLiteral("/tensorflow/lite/micro/micro_interpreter.h"))
            && QFileInfo(candidate + QLatin1Char('/') + kCmsisFolder).isDir())
            return QFileInfo(candidate).absoluteFilePath();
    }
    *why = QStringLiteral("no TensorFlow Lite Micro 2.4 (%1 and %2) in %3; name its folder with --tflm DIR")
               .arg(kLibraryFolder, kCmsisFolder, candidates.join(QStringLiteral(" or ")));
    return QString();
}

CheckResult checkFirmwareProject(const QString &projectDir, const CheckOptions &options)
{
    CheckResult result;
    Tools tools;
    QString missing;
    if (!findTools(&tools, &missing)) {
        result.message = QStringLiteral("cannot check: %1 not found").arg(missing);
        return result;
    }
    const QString tflm = options.tflmDir;
    const int jobs = qMax(1, QThread::idealThreadCount());
    const QString library = tflmLibrary(tools, tflm, options, jobs, &result);
    if (library.isEmpty()) {
        result.outcome = CheckResult::Outcome::CannotCheck;
        return result;
    }

    QTemporaryDir work;
    const QString emulator = work.path() + QStringLiteral("/emulator");
    QDir().mkpath(emulator);
    for (const QString &name :
         {QStringLiteral("startup.c"), QStringLiteral("emulated_clock.c"), QStringLiteral("emulated_clock.h"),
          QStringLiteral("semihosting.h"), QStringLiteral("mps2-an386.ld")})
        copyResource(QStringLiteral(":/tinyml/firmware/emulator/") + name, emulator + QLatin1Char('/') + name);
    copyResource(QStringLiteral(":/tinyml/firmware/check/firmware_check.cpp"),
                 emulator + QStringLiteral("/firmware_check.cpp"));

    const QString src = QDir(projectDir).absoluteFilePath(QStringLiteral("src"));
    QStringList sources;
    for (const QString &folder : {QStringLiteral("board_core"), QStringLiteral("model")}) {
        const QDir dir(src + QLatin1Char('/') + folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files, QDir::Name))
            sources << dir.absoluteFilePath(name);
    }
    if (sources.isEmpty()) {
        result.outcome = CheckResult::Outcome::Failed;
        result.message = QStringLiteral("%1: no generated project here (no src/board_core, src/model)").arg(projectDir);
        return result;
    }
    sources << emulator + QStringLiteral("/firmware_check.cpp");
    // The project's own code as the Arduino mbed core compiles a sketch (GNU C++14), strictly.
    const QStringList projectFlags =
        tflmFlags(tflm) + QStringList{QStringLiteral("-std=gnu++14"), QStringLiteral("-Wall"),
                                      QStringLiteral("-Wextra"),      QStringLiteral("-Werror"),
                                      QStringLiteral("-I"),           src + QStringLiteral("/board_core"),
                                      QStringLiteral("-I"),           src + QStringLiteral("/model"),
                                      QStringLiteral("-I"),           emulator};
    const QStringList startupFlags = cpuFlags()
        + QStringList{QStringLiteral("-O2"), QStringLiteral("-Wall"), QStringLiteral("-Wextra"), QStringLiteral("-I"),
                      emulator};
    QList<Compile> compiles;
    QStringList objects;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString object = work.path() + QStringLiteral("/%1-%2.o").arg(i).arg(QFileInfo(sources[i]).baseName());
        compiles << compileOf(tools, sources[i], object, projectFlags);
        objects << object;
    }
    for (const QString &name : {QStringLiteral("startup.c"), QStringLiteral("emulated_clock.c")}) {
        const QString object = work.path() + QLatin1Char('/') + name + QStringLiteral(".o");
        compiles << compileOf(tools, emulator + QLatin1Char('/') + name, object, startupFlags);
        objects << object;
    }
    if (options.progress)
        options.progress(
            QStringLiteral("compiling the project's board core and model code for the Cortex-M4 (%1 files, "
                           "-Wall -Wextra -Werror)")
                .arg(sources.size()));
    result.outcome = CheckResult::Outcome::Failed;
    if (!runCompiles(compiles, jobs, &result.compile)) {
        result.message = QStringLiteral("the project does not compile for the Cortex-M4");
        return result;
    }
    const QString elf = work.path() + QStringLiteral("/firmware-check.elf");
    QProcess link;
    link.setProcessChannelMode(QProcess::MergedChannels);
    link.start(tools.gxx,
               cpuFlags()
                   + QStringList{QStringLiteral("-T"), emulator + QStringLiteral("/mps2-an386.ld"),
                                 QStringLiteral("--specs=rdimon.specs"), QStringLiteral("-Wl,--gc-sections"),
                                 QStringLiteral("-o"), elf}
                   + objects + QStringList{library, QStringLiteral("-lm")});
    if (!link.waitForFinished(300000) || link.exitCode() != 0) {
        result.compile << QString::fromLocal8Bit(link.readAll()).trimmed();
        result.message = QStringLiteral("the project does not link for the Cortex-M4");
        return result;
    }

    if (options.progress)
        options.progress(QStringLiteral("running it on qemu-system-arm (mps2-an386, Cortex-M4)"));
    QProcess qemu;
    qemu.start(tools.qemu,
               {QStringLiteral("-M"), QStringLiteral("mps2-an386"), QStringLiteral("-nographic"),
                QStringLiteral("-monitor"), QStringLiteral("none"), QStringLiteral("-serial"), QStringLiteral("none"),
                QStringLiteral("-icount"), QStringLiteral("shift=4"), QStringLiteral("-semihosting-config"),
                QStringLiteral("enable=on,target=native"), QStringLiteral("-kernel"), elf});
    const bool finished = qemu.waitForFinished(kEmulationTimeoutMs);
    if (!finished) {
        qemu.kill();
        qemu.waitForFinished(5000);
    }
    readBoard(&result, QString::fromLocal8Bit(qemu.readAllStandardOutput()));
    const QString errors = QString::fromLocal8Bit(qemu.readAllStandardError()).trimmed();
    if (!finished)
        result.message =
            QStringLiteral("the emulated board did not finish within %1 s").arg(kEmulationTimeoutMs / 1000);
    else if (!result.board.contains(QStringLiteral("done")) && result.message.isEmpty())
        result.message = QStringLiteral("the emulated board stopped before the end: %1")
                             .arg(result.board.isEmpty() ? errors : result.board.last());
    else if (result.message.isEmpty() && !result.fits())
        result.message = QStringLiteral("arena_used %1 is not within the generated arena of %2 bytes")
                             .arg(result.arenaUsedBytes)
                             .arg(result.arenaBytes);
    else if (result.message.isEmpty() && (!result.inputOk || !result.invokeOk))
        result.message = QStringLiteral("the input code or the Invoke did not pass");
    if (result.message.isEmpty())
        result.outcome = CheckResult::Outcome::Passed;
    return result;
}

} // namespace tinyml::codegen
