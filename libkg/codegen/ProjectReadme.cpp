#include "ProjectReadme.h"

#include "codegen/SketchCode.h"

namespace tinyml::codegen {
namespace {

QString bullets(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += QStringLiteral("- %1\n").arg(item);
    return out;
}

QString misfitSection(const FirmwareProject &project)
{
    if (project.misfits.isEmpty())
        return QString();
    QString out = QStringLiteral("## Generated although the model does not fit\n\n"
                                 "This project was generated with `--force`. The knowledge graph says the model does "
                                 "not fit this board:\n\n");
    return out + bullets(project.misfits)
        + QStringLiteral("\nIt may not link, not boot or not take its input until that is resolved.\n\n");
}

QString toCompleteSection(const FirmwareProject &project)
{
    if (project.toComplete.isEmpty())
        return QString();
    QString out = QStringLiteral("## To complete\n\n"
                                 "The knowledge graph does not say everything the input needs. Until this is "
                                 "written the sketch prints `TO COMPLETE: ...` at boot and does not invoke the "
                                 "model (BLE and Deploy work all the same):\n\n");
    return out + bullets(project.toComplete) + QLatin1Char('\n');
}

QString buildSection(const ReadmeFacts &f)
{
    const FirmwareTarget &t = f.request.target;
    QStringList manager;
    for (const QString &library : f.libraries)
        manager << QStringLiteral("\"%1\"").arg(library);
    if (f.project.format == ProjectFormat::PlatformIO)
        return QStringLiteral("## Build and flash\n\n"
                              "With PlatformIO (`platformio.ini`: board `%1`, platform `%2`, framework `%3`):\n\n"
                              "    pio run -t upload\n"
                              "    pio device monitor -b 115200\n\n"
                              "`lib_deps` fetches %4. If the registry does not resolve TensorFlow Lite Micro "
                              "2.4.0-ALPHA, put the library's folder in `lib_deps` as a path.\n\n")
            .arg(t.platformioBoard, t.platformioPlatform, t.platformioFramework,
                 f.libraries.join(QStringLiteral(", ")));
    return QStringLiteral("## Build and flash\n\n"
                          "With arduino-cli (`sketch.yaml` names the board, `%1`):\n\n"
                          "    arduino-cli core install %2\n"
                          "    arduino-cli lib install %3\n"
                          "    arduino-cli compile --upload -p PORT .\n\n"
                          "In the Arduino IDE: install the board package and these libraries (TensorFlow Lite "
                          "Micro is listed as a pre-release of Arduino_TensorFlowLite), open `%4.ino`, choose the "
                          "board and its port, and upload. The serial monitor runs at 115200 baud.\n\n")
        .arg(t.arduinoFqbn, t.arduinoPlatform(), manager.join(QLatin1Char(' ')), f.request.projectName);
}

} // namespace

QString projectReadme(const ReadmeFacts &f)
{
    const ProjectRequest &r = f.request;
    const FirmwareProject &p = f.project;
    QStringList sensors = r.model.sensors;
    if (sensors.isEmpty())
        sensors << QStringLiteral("none recorded");
    QStringList drivers;
    for (const QString &sensor : f.input.sensorClasses)
        drivers << QStringLiteral("%1: %2").arg(sensor, r.target.driverOf(sensor));
    const QString buildFiles = p.format == ProjectFormat::PlatformIO
        ? QStringLiteral("`platformio.ini`, `src/main.cpp`")
        : QStringLiteral("`sketch.yaml`, `%1.ino`").arg(r.projectName);
    QString table =
        QStringLiteral("| file | what | from |\n"
                       "| --- | --- | --- |\n"
                       "| `src/model/model_data.*` | the model, %1 bytes, as a 16-byte aligned array | its file in "
                       "the model repository, SHA-256 `%2` |\n"
                       "| `src/model/op_resolver.h` | `MicroMutableOpResolver<%3>`: %4 | the operators of the "
                       "model's main subgraph |\n"
                       "| `src/model/model_settings.h` | tensor arena of %5 bytes | the analyser's %6 bytes for "
                       "`%7`, the runtime the board runs (`tinyml:runsRuntime`), plus 10 % (at least 1 KiB), "
                       "rounded up to 1 KiB |\n"
                       "| `src/model/model_input.*` | the input's type, shape and quantisation, a quantising "
                       "setter | the model's input tensor |\n"
                       "| `src/sensors/sensor_input.*` | %8 | the model's sensors (%9) and the drivers the board's "
                       "description names (%10) |\n")
            .arg(r.modelBytes.size())
            .arg(r.analysis.sha256)
            .arg(f.operators.size())
            .arg(f.operators.join(QStringLiteral(", ")))
            .arg(p.arenaBytes)
            .arg(p.arenaEstimateBytes)
            .arg(p.runtime, f.input.layout, sensors.join(QStringLiteral(", ")),
                 drivers.isEmpty() ? QStringLiteral("none used") : drivers.join(QStringLiteral(", ")));
    table += QStringLiteral("| `src/model/model_output.*` | the output dequantised, its largest value%1 | the model's "
                            "output tensor%2 |\n"
                            "| %3 | the board and its libraries: %4 | the board's description |\n"
                            "| `src/board_core/`, `src/radio/` | TinyML Manager's board firmware: BLE model "
                            "transfer into flash, model status, TFLM runner | TinyML Manager |\n")
                 .arg(f.output.labels.isEmpty() ? QString() : QStringLiteral(" and its label"),
                      f.output.labels.isEmpty() ? QStringLiteral(" (the file has no labels)")
                                                : QStringLiteral(", labels from %1").arg(f.output.labelsSource),
                      buildFiles, f.libraries.join(QStringLiteral(", ")));

    return QStringLiteral("# %1 on %2\n\n"
                          "Generated by TinyML Manager from the knowledge graph `%3`. The board runs the model "
                          "from its first boot, reads its sensors into it and prints each result on the serial "
                          "log (115200 baud). It is TinyML Manager's board firmware too: Deploy can send it "
                          "another model over Bluetooth LE (that model then runs and reports its status; this "
                          "sketch's input code is only for its own model).\n\n"
                          "%4%5"
                          "## What was generated, and from which facts\n\n%6\n"
                          "%7"
                          "## Checking it without a board\n\n"
                          "    tinyml-kg codegen --board \"%2\" --model \"%1\" --out DIR --check\n\n"
                          "compiles the project's Arduino-free code (`src/board_core`, `src/model`) with "
                          "`-Wall -Wextra -Werror` for a Cortex-M4, runs it on QEMU's mps2-an386 with the model "
                          "built in, and prints the arena TFLM reports, whether it fits the generated arena, and "
                          "`invoke ok`. It needs arm-none-eabi-gcc, qemu-system-arm and TensorFlow Lite Micro "
                          "2.4 (`--tflm DIR`). Give it a new folder, or add `--overwrite`.\n\n"
                          "What it does not check: the Arduino side (BLE, flash, the sensor libraries) is only "
                          "compiled in TinyML Manager's own tests, against the libraries' declared interfaces; it "
                          "has not run on a board there. The first things to watch on a board are the serial log's "
                          "`sensors:` and `TO COMPLETE:` lines, and whether the sketch links in the board's RAM.\n")
        .arg(r.model.name, r.board.name, r.graphLocation, misfitSection(p), toCompleteSection(p), table,
             buildSection(f));
}

} // namespace tinyml::codegen
