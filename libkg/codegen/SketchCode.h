// The Arduino side of a generated project: the sketch (an .ino, or PlatformIO's src/main.cpp)
// that wires the board firmware, the built-in model and the sensor input together and prints
// each inference on the serial log, and the build files that name the board and the libraries.
#pragma once

#include "codegen/FirmwareTarget.h"

#include <QString>
#include <QStringList>

namespace tinyml::codegen {

struct SketchFacts {
    QString modelName;
    QString boardName;
    QString localName; // the BLE name the board advertises
    bool platformio = true;
};

QString sketchSource(const SketchFacts &facts);

// The Arduino libraries to install: the board's, the sensor drivers', and TFLM 2.4's (PDM is
// part of the mbed core). As the Arduino library manager names them.
QStringList projectLibraries(const FirmwareTarget &target, const QStringList &sensorLibraries);

QString platformioIni(const FirmwareTarget &target, const QStringList &libraries);
QString sketchYaml(const FirmwareTarget &target, const QStringList &libraries);

// The Arduino library manager's name and version of TFLM 2.4, the boards' runtime.
inline const QString kTflmLibrary = QStringLiteral("Arduino_TensorFlowLite@2.4.0-ALPHA");

} // namespace tinyml::codegen
