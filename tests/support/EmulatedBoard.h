// TensorFlow Lite Micro 2.4 as the paper's boards run it, for checking our estimates against:
// the Cortex-M4 harness of tests/emulator/cortex-m4 under qemu-system-arm (arena and Invoke),
// its Flash probes (the runtime with a chosen operator set, linked with arm-none-eabi-g++), and
// the paper's own x86-64 find-arena-size. Paths come from the build; each tool says what is
// missing when it cannot run, for QSKIP.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tinyml::test {

struct EmulatedOutput {
    int index = 0;
    QString type; // TfLiteTypeGetName: "INT8", "FLOAT32", ...
    qint64 bytes = 0;
    QByteArray head; // the tensor's first bytes (at most 64)
};

// One bucket of TFLM's RecordingMicroAllocator (tflm-arena --breakdown).
struct RecordedAllocation {
    qint64 usedBytes = 0;
    qint64 requestedBytes = 0;
    qint64 count = 0;
};

struct EmulatedRun {
    bool ran = false;     // the program reached its end: no fault, no timeout
    bool aborted = false; // a failed TFLITE_CHECK ended it: TFLM 2.4 could not take the model
    QString failure;      // why not, when !ran
    int allocateStatus = -1;
    qint64 arenaUsedBytes = -1;
    int invokeStatus = -1;
    QList<EmulatedOutput> outputs;
    QStringList errors;                         // TFLM's error reporter, line by line
    QMap<QString, RecordedAllocation> recorded; // by RecordedAllocationType name, with breakdown
    qint64 arenaHeadBytes = -1;                 // with breakdown: planned tensors
    qint64 arenaTailBytes = -1;                 // with breakdown: persistent allocations
    QByteArray log;                             // everything the emulation printed
};

struct HostArenaSize {
    bool allocatable = false;
    qint64 arenaBytes = -1;
    QString failure; // "crashed with signal 11", "exit status 1", "timed out"...
    QByteArray log;
};

struct FlashProbe {
    bool linked = false;
    qint64 flashBytes = -1; // text + rodata + data (Berkeley text + data)
    qint64 textBytes = -1;  // code, read-only data and the vector table
    qint64 dataBytes = -1;
    qint64 bssBytes = -1;
    QString failure;
    QByteArray log;
};

// One run of the board firmware's core on a model (bin/run-board-firmware.sh): the values it
// published, in order, as the firmware's characteristics would carry them.
struct FirmwareRun {
    bool ran = false; // the firmware reached its end (`done`, exit status 0)
    QString failure;  // why not, when !ran
    QList<quint32> transferStatuses;
    QStringList errorMessages;
    QList<QByteArray> modelStatuses; // the model status characteristic's bytes (0x3007)
    QByteArray log;                  // everything it printed
};

// The board firmware core's scenarios on the Cortex-M4 (board-core-tests.elf).
struct FirmwareScenarios {
    bool ran = false;
    QString failure;
    QStringList passed;
    QStringList failed; // "NAME: WHAT"
    QByteArray log;
};

constexpr int kEmulationTimeoutMs = 60000;

// Empty when tflm-arena can run under qemu, else a message naming what is missing.
QString emulatorMissing();
// Empty when Flash probes can be linked, else what is missing.
QString flashProbeMissing();
// Empty when find-arena-size is there, else what is missing.
QString findArenaSizeMissing();

// Empty when the board firmware's core can run under qemu, else what is missing.
QString boardFirmwareMissing();
// Sends `modelPath` to the board firmware's core with a tensor arena of `arenaBytes`.
FirmwareRun runBoardFirmware(const QString &modelPath, qint64 arenaBytes, int timeoutMs = kEmulationTimeoutMs);
// Parses run-board-firmware.sh's lines (exposed for tests of the parser).
FirmwareRun parseFirmwareRun(const QByteArray &log);
// Runs board-core-tests.elf with a small model and one needing more than 64 KiB of arena.
FirmwareScenarios runBoardCoreTests(const QString &modelPath, const QString &largeModelPath,
                                    int timeoutMs = kEmulationTimeoutMs);

// Runs tflm-arena on `modelPath` under qemu-system-arm (mps2-an386), killed after `timeoutMs`.
EmulatedRun runOnCortexM4(const QString &modelPath, bool breakdown = false, int timeoutMs = kEmulationTimeoutMs);
// Parses tflm-arena's lines (exposed for tests of the parser).
EmulatedRun parseEmulatedRun(const QByteArray &log);

// The paper's x86-64 find-arena-size on `modelPath`: one number, or a crash when TFLM 2.4 cannot
// allocate the model.
HostArenaSize findArenaSize(const QString &modelPath, int timeoutMs = kEmulationTimeoutMs);

// Links the Flash probe with the resolver methods `ops` ("AddConv2D", ...) and `model` (none: a
// placeholder, the runtime alone) and measures it. The ELF is kept at `elfPath` when given.
FlashProbe linkFlashProbe(const QStringList &ops, const QByteArray &model = {}, const QString &elfPath = {},
                          int timeoutMs = kEmulationTimeoutMs);

} // namespace tinyml::test
