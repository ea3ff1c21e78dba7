// Builtin operator numbers of TensorFlow Lite's published schema that the analyser treats
// specially, and the name of every builtin operator.
#pragma once

#include <cstdint>
#include <string>

namespace tinyml::tflite {

namespace op {
enum : int32_t {
    Add = 0,
    AveragePool2D = 1,
    Concatenation = 2,
    Conv2D = 3,
    DepthwiseConv2D = 4,
    Dequantize = 6,
    FullyConnected = 9,
    L2Pool2D = 12,
    Logistic = 14,
    Lstm = 16,
    MaxPool2D = 17,
    Mul = 18,
    Relu = 19,
    ReluN1To1 = 20,
    Relu6 = 21,
    Reshape = 22,
    Softmax = 25,
    Svdf = 27,
    Tanh = 28,
    Custom = 32,
    Pad = 34,
    Mean = 40,
    Sub = 41,
    Div = 42,
    Squeeze = 43,
    UnidirectionalSequenceLstm = 44,
    StridedSlice = 45,
    Maximum = 55,
    Minimum = 57,
    PadV2 = 60,
    TransposeConv = 67,
    Sum = 74,
    ResizeNearestNeighbor = 97,
    SquaredDifference = 99,
    Quantize = 114,
    HardSwish = 117,
    BatchMatMul = 126,
    Conv3D = 132,
    // Codes up to this value fit the deprecated int8 field; larger ones only the int32 field.
    PlaceholderForGreaterOpCodes = 127,
};
} // namespace op

// "CONV_2D" for 3; "BUILTIN_<n>" for a number the published schema does not (yet) name.
std::string builtinOperatorName(int32_t code);

} // namespace tinyml::tflite
