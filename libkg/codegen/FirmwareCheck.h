// `codegen --check`: compiles a generated project's Arduino-free code (its board core and model
// code, with -Wall -Wextra -Werror) for a Cortex-M4 against TensorFlow Lite Micro 2.4 with
// CMSIS-NN, as the Arduino library builds it for the board, and runs it on QEMU's mps2-an386:
// the model built in, booted by the board's core with the generated resolver and arena, its
// input written by the generated code and read back, one Invoke. TFLM is compiled once per
// library and compiler into the user's cache folder.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tinyml::codegen {

struct CheckOptions {
    QString tflmDir;                               // holds Arduino_TensorFlowLite-2.4.0-ALPHA/ and CMSIS_5-Core/
    QString cacheDir;                              // where the compiled library is kept; empty: the user's cache folder
    std::function<void(const QString &)> progress; // one line per step
};

struct CheckResult {
    enum class Outcome { Passed, Failed, CannotCheck };
    Outcome outcome = Outcome::CannotCheck;
    QString message; // why it failed or cannot check; empty when it passed
    quint32 arenaBytes = 0;
    quint32 arenaUsedBytes = 0;
    bool inputOk = false;
    bool invokeOk = false;
    quint32 invokeUs = 0;
    QString output;      // "TOP VALUE [LABEL]"
    QStringList board;   // what the emulated board printed
    QStringList compile; // compiler messages, when compiling failed

    bool fits() const { return arenaUsedBytes > 0 && arenaUsedBytes <= arenaBytes; }
};

CheckResult checkFirmwareProject(const QString &projectDir, const CheckOptions &options);

// The TFLM 2.4 folder to check with: `given` when set, else TINYML_TFLM_DIR, else ../shared/tflm
// from the current folder. Empty, with *why, when none holds the library.
QString findTflmDir(const QString &given, QString *why);

} // namespace tinyml::codegen
