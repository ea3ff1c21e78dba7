// The input code of a generated project: the model's input tensor as constants and a quantising
// setter (src/model/model_input.*, plain C++: the check runs it on the emulated board), and the
// Arduino code that reads the board's sensors into it (src/sensors/sensor_input.*), with the
// drivers the board's description names. Where the graph cannot know the preprocessing (an audio
// front end, a camera the board lacks) the function to write is marked and says so at boot.
#pragma once

#include "codegen/FirmwareTarget.h"
#include "codegen/TensorCode.h"

#include <QString>
#include <QStringList>

namespace tinyml::codegen {

struct InputCode {
    QStringList sensorClasses; // the readings' sensors, in channel order
    QStringList libraries;     // the Arduino libraries the sensor code includes
    int channels = 0;          // values per reading
    int samples = 0;           // readings per window
    QString layout;            // one line: how the input is filled, and from which facts
    QString toComplete;        // what the marked function must do; empty when nothing

    QString modelInputHeader, modelInputSource; // src/model/model_input.{h,cpp}
    QString sensorHeader, sensorSource;         // src/sensors/sensor_input.{h,cpp}
};

// `modelSensors` are the model's sensor classes as the graph has them.
InputCode inputCodeFor(const TensorCode &input, const QStringList &modelSensors, const FirmwareTarget &target);

} // namespace tinyml::codegen
