// The Arduino side of a generated project's input (src/sensors/sensor_input.*): the board's
// sensors read through the drivers its description names, a reading at a time, into the model's
// input through model_input's setter. One writer per kind of input InputCode decides on.
#pragma once

#include "codegen/FirmwareTarget.h"
#include "codegen/InputCode.h"
#include "codegen/TensorCode.h"

#include <QString>

#include <optional>

namespace tinyml::codegen {

// One sensor read through one library: how many values, whether a reading is ready, and the
// statement that reads them into v[at], v[at + 1], ... (%1, %2, ...), in the library's units.
struct SensorReading {
    int values = 0;
    QString available; // empty: always
    QString read;
    QString unit;
};

// nullopt when this code cannot read `sensorClass` through `library`.
std::optional<SensorReading> sensorReadingOf(const QString &sensorClass, const QString &library);

constexpr int kAudioRate = 16000;

// src/sensors/sensor_input.h, the same for every project.
QString sensorInputHeader();
// Each sets code->sensorSource (and the layout, libraries, window and anything to complete):
// windows of readings of code->sensorClasses (the IMU's as fast as it has them, the others one
// a second); audio from the PDM microphone, raw or through a front end to complete; and a fill()
// to complete, saying `why`.
void writeWindowInput(InputCode *code, const TensorCode &input, const FirmwareTarget &target, bool motion);
void writeAudioInput(InputCode *code, const TensorCode &input, bool raw);
void writeInputToComplete(InputCode *code, const TensorCode &input, const QString &why);

} // namespace tinyml::codegen
