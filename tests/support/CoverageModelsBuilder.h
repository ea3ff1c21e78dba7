// What the coverage model families share: a builder over our writer that knows each tensor's
// shape, type and quantisation, gives constants deterministic, realistic contents (int8 weights
// across their range, small biases, float weights in [-0.5, 0.5] rather than random bit
// patterns that decode to NaN), writes each operator at the version TFLite's converter gives it,
// and lists what a finished model covers. Internal to CoverageModels*.cpp.
#pragma once

#include "CoverageModels.h"
#include "tflite/TfliteWriter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tinyml::test::coverage {

namespace schema = tflite::schema;
using Type = schema::TensorType;
using Act = schema::ActivationFunctionType;
using Pad = schema::Padding;
using Shape = std::vector<int32_t>;
using Writer = tflite::TfliteWriter;

// Builtin operator numbers of the published schema (libkg's op:: names only those the
// analyser treats specially).
namespace code {
enum : int32_t {
    Add = 0,
    AveragePool2D = 1,
    Concatenation = 2,
    Conv2D = 3,
    DepthwiseConv2D = 4,
    Dequantize = 6,
    Floor = 8,
    FullyConnected = 9,
    L2Normalization = 11,
    Logistic = 14,
    Lstm = 16,
    MaxPool2D = 17,
    Mul = 18,
    Relu = 19,
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
    Split = 49,
    Prelu = 54,
    Maximum = 55,
    ArgMax = 56,
    Minimum = 57,
    Less = 58,
    Neg = 59,
    PadV2 = 60,
    Greater = 61,
    GreaterEqual = 62,
    LessEqual = 63,
    Sin = 66,
    TransposeConv = 67,
    Equal = 71,
    NotEqual = 72,
    Log = 73,
    Sqrt = 75,
    Rsqrt = 76,
    Shape = 77,
    ArgMin = 79,
    ReduceMax = 82,
    Pack = 83,
    LogicalOr = 84,
    LogicalAnd = 86,
    LogicalNot = 87,
    Unpack = 88,
    Square = 92,
    ResizeNearestNeighbor = 97,
    LeakyRelu = 98,
    Abs = 101,
    SplitV = 102,
    Ceil = 104,
    Cos = 108,
    Quantize = 114,
    Round = 116,
    HardSwish = 117,
};
}

// A stable seed from a model name (FNV-1a; std::hash differs between standard libraries).
uint64_t seedOf(const std::string &name);

// An operator without options, where a braced {} would be ambiguous.
inline schema::BuiltinOptionsUnion noOptions()
{
    return {};
}

struct Quant {
    float scale = 0;
    int64_t zeroPoint = 0;
};

// The version TFLite's converter (2.4 era) writes for `builtin` when its first input has
// `inputType` (for QUANTIZE: its output type): 1 for float32 and uint8, 2 (3 for the
// convolutions, 4 for FULLY_CONNECTED) for int8, and so on.
int32_t naturalVersion(int32_t builtin, Type inputType, Type outputType);

class Builder
{
public:
    explicit Builder(uint64_t seed);

    Writer &writer() { return m_w; }

    // Run-time tensors.
    int tensor(const std::string &name, Type type, Shape shape, std::optional<Quant> q = {});
    int f32(const std::string &name, Shape shape) { return tensor(name, Type::FLOAT32, std::move(shape)); }
    int i8(const std::string &name, Shape shape, Quant q) { return tensor(name, Type::INT8, std::move(shape), q); }
    int u8(const std::string &name, Shape shape, Quant q) { return tensor(name, Type::UINT8, std::move(shape), q); }
    int i16(const std::string &name, Shape shape, Quant q) { return tensor(name, Type::INT16, std::move(shape), q); }
    int i32(const std::string &name, Shape shape) { return tensor(name, Type::INT32, std::move(shape)); }
    int boolean(const std::string &name, Shape shape) { return tensor(name, Type::BOOL, std::move(shape)); }
    // A run-time tensor with `source`'s type and quantisation, and `source`'s or a new shape.
    int like(int source, const std::string &name, Shape shape);
    int like(int source, const std::string &name) { return like(source, name, shape(source)); }

    // Constants.
    int f32Const(const std::string &name, Shape shape, float lo = -0.5f, float hi = 0.5f);
    int f32Values(const std::string &name, Shape shape, const std::vector<float> &values);
    // Symmetric int8 weights (zero point 0) with one scale, or one per slice along `axis`.
    int i8Weights(const std::string &name, Shape shape, const std::vector<float> &scales, int axis = 0);
    int u8Weights(const std::string &name, Shape shape, Quant q);
    int i16Weights(const std::string &name, Shape shape, float scale);
    // Small int32 biases, quantised with `scales` (input scale times each weight scale).
    int i32Bias(const std::string &name, int32_t count, const std::vector<float> &scales);
    int i32Values(const std::string &name, Shape shape, const std::vector<int32_t> &values);
    int i32Vector(const std::string &name, const std::vector<int32_t> &values);
    // A constant of an activation's type and quantisation (an operand of MUL, MAXIMUM, ...),
    // with values spread over its range.
    int constLike(int like, const std::string &name, Shape shape);
    int constOf(Type type, std::optional<Quant> q, const std::string &name, Shape shape);

    // An operator at its natural version (see naturalVersion()) unless `version` is given.
    int op(int32_t builtin, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
           schema::BuiltinOptionsUnion options = {}, int32_t version = 0);
    int op(int32_t builtin, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
           Writer::UndeclaredOptions options, int32_t version = 0);
    int custom(const std::string &customCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
               const std::vector<uint8_t> &options, int32_t version = 1);

    const Shape &shape(int tensor) const;
    Type type(int tensor) const;
    Quant quant(int tensor) const;

    // The finished model: "description; ops: OP vN type, ..." as its covers.
    CoverageModel finish(const std::string &name, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                         const std::string &description);
    // The same, for a model that TFLM 2.4 cannot allocate.
    CoverageModel unsupported(const std::string &name, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                              const std::string &description, const std::string &whyNot);

private:
    uint64_t next();
    float uniform(float lo, float hi);
    std::string coveredOperators() const;

    Writer m_w;
    uint64_t m_state;
};

// Layers with the parameters a converter would give them: weights, bias with scale input x
// weight, output size from stride and padding, output quantisation `out` (int8 and uint8) or
// float32 when the input is float32. Names start with `name`.
struct ConvSpec {
    int outChannels = 8; // depthwise ignores it: input channels x multiplier
    int kernel = 3;
    int stride = 1;
    Pad padding = Pad::SAME;
    Act activation = Act::NONE;
    int dilation = 1;
    bool perChannel = true; // int8 only
};
int conv2d(Builder &b, const std::string &name, int input, const ConvSpec &spec, Quant out = {0.05f, -10});
int depthwise(Builder &b, const std::string &name, int input, const ConvSpec &spec, int multiplier = 1,
              Quant out = {0.05f, -10});
int fullyConnected(Builder &b, const std::string &name, int input, int units, Act activation = Act::NONE,
                   Quant out = {0.1f, 0});
// Pooling keeps the input's quantisation (TFLite requires it for int8).
int pool(Builder &b, int32_t builtin, const std::string &name, int input, int filter, int stride, Pad padding);
// ADD, SUB, MUL, MAXIMUM, MINIMUM: output shaped like `a` (broadcasting `c` into it); the
// output takes `out` (int8, uint8) or else `a`'s quantisation.
int binary(Builder &b, int32_t builtin, const std::string &name, int a, int c, Quant out = {},
           Act activation = Act::NONE);
// A unary operator whose output keeps the input's shape, type and quantisation.
int unary(Builder &b, int32_t builtin, const std::string &name, int input);
int reshape(Builder &b, const std::string &name, int input, const Shape &shape);
int concatenation(Builder &b, const std::string &name, const std::vector<int32_t> &inputs, int axis);
int softmax(Builder &b, const std::string &name, int input);
// ZeroPadding2D as TFLite writes it: PAD with constant paddings [[0,0],[t,b],[l,r],[0,0]].
int pad2d(Builder &b, const std::string &name, int input, int top, int bottom, int left, int right);

// TFLite_Detection_PostProcess's FlexBuffer options: fast NMS, one class per detection.
std::vector<uint8_t> detectionOptions(int maxDetections, int classes);

// The families, in CoverageModelsOperators.cpp, CoverageModelsGraphs.cpp and
// CoverageModelsLimits.cpp.
void addOperatorModels(std::vector<CoverageModel> &models);
void addGraphModels(std::vector<CoverageModel> &models);
void addVersionModels(std::vector<CoverageModel> &models);
void addUnsupportedModels(std::vector<CoverageModel> &models);

} // namespace tinyml::test::coverage
