// A tensor's type, shape and quantisation as C++ for a generated project: the constants its
// input and output code are specialised with, and the checks that the running model still has
// them (a model sent later over BLE may not).
#pragma once

#include "tflite/TfliteModel.h"

#include <QString>

namespace tinyml::codegen {

struct TensorCode {
    bool supported = false; // float32, int8, uint8, int16 or int32
    QString tfliteType;     // kTfLiteInt8
    QString cType;          // int8_t
    QString dataMember;     // int8 (TfLiteTensor::data.int8)
    bool quantized = false; // a scale and zero point apply
    float scale = 1;
    qint64 zeroPoint = 0;
    qint64 minimum = 0, maximum = 0; // the quantised type's range
    qint64 elements = 0;

    // constexpr declarations of kType, kRank, kShape, kElements (and kScale, kZeroPoint).
    QString constants() const;
    // `bool matches(const TfLiteTensor *t, const char **why)`, defined with its helper: whether
    // `t` is this tensor (a type this code cannot handle never matches).
    QString matchesDefinition() const;
    const tflite::Tensor *tensor = nullptr;
};

TensorCode tensorCodeOf(const tflite::Tensor &tensor);

// A float as a C++ literal that reads back as the same float ("0.00390625f").
QString floatLiteral(float value);
// A string as a C++ literal.
QString stringLiteral(const QString &text);

} // namespace tinyml::codegen
