#include "CoverageModels.h"
#include "CoverageModelsBuilder.h"

#include "tflite/BuiltinOperator.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tinyml::test {

std::vector<CoverageModel> coverageModels()
{
    std::vector<CoverageModel> models;
    coverage::addOperatorModels(models);
    coverage::addVersionModels(models);
    coverage::addGraphModels(models);
    coverage::addUnsupportedModels(models);
    return models;
}

const std::vector<std::string> &x86OracleLacks()
{
    // Read from the program's AllOpsResolver constructor (its Register_* calls), against
    // all_ops_resolver.cpp of the Arduino library.
    static const std::vector<std::string> lacks = {"DETECTION_POSTPROCESS", "HARD_SWISH", "REDUCE_MAX", "SHAPE",
                                                   "SPLIT_V"};
    return lacks;
}

namespace coverage {
namespace {

std::string typeName(Type type)
{
    switch (type) {
    case Type::FLOAT32: return "float32";
    case Type::INT8: return "int8";
    case Type::UINT8: return "uint8";
    case Type::INT16: return "int16";
    case Type::INT32: return "int32";
    case Type::INT64: return "int64";
    case Type::BOOL: return "bool";
    default: return "type" + std::to_string(int(type));
    }
}

void putLittleEndian(std::string &out, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(char((v >> (8 * i)) & 0xff));
}

int32_t outputSize(int32_t in, int kernel, int stride, int dilation, Pad padding)
{
    const int effective = (kernel - 1) * dilation + 1;
    return padding == Pad::SAME ? (in + stride - 1) / stride : (in - effective) / stride + 1;
}

// uint8 has no negative zero points: a uint8 layer given an int8 choice (the layers' defaults)
// takes it shifted by 128.
Quant forType(Type type, Quant q)
{
    if (type == Type::UINT8 && q.zeroPoint < 0)
        q.zeroPoint += 128;
    return q;
}

} // namespace

uint64_t seedOf(const std::string &name)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : name)
        h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

int32_t naturalVersion(int32_t builtin, Type inputType, Type outputType)
{
    const bool int8 = inputType == Type::INT8;
    const bool int16 = inputType == Type::INT16;
    switch (builtin) {
    case code::Conv2D: return int8 ? 3 : int16 ? 4 : 1;
    case code::DepthwiseConv2D: return int8 ? 3 : int16 ? 5 : 1;
    case code::FullyConnected: return int8 ? 4 : int16 ? 7 : 1;
    case code::Svdf: return int8 ? 3 : 1;
    case code::Mul: return int8 ? 2 : int16 ? 4 : 1;
    case code::Quantize:
        if (int16 || outputType == Type::INT16 || outputType == Type::INT32)
            return 3;
        return outputType == Type::INT8 ? 2 : 1;
    case code::Dequantize: return int16 ? 3 : int8 ? 2 : 1;
    case code::Split: return int16 ? 4 : inputType == Type::INT32 ? 3 : int8 ? 2 : 1;
    case code::Add:
    case code::Sub:
    case code::AveragePool2D:
    case code::MaxPool2D:
    case code::Concatenation:
    case code::Softmax:
    case code::Logistic:
    case code::Tanh:
    case code::Mean:
    case code::ReduceMax:
    case code::Pad:
    case code::PadV2:
    case code::Relu:
    case code::Relu6:
    case code::Maximum:
    case code::Minimum:
    case code::ArgMax:
    case code::ArgMin:
    case code::Pack:
    case code::Unpack:
    case code::StridedSlice:
    case code::L2Normalization:
    case code::ResizeNearestNeighbor:
    case code::Greater:
    case code::GreaterEqual:
    case code::Less:
    case code::LessEqual:
    case code::Equal:
    case code::NotEqual:
    case code::Abs:
    case code::Rsqrt:
    case code::SplitV:
    case code::LeakyRelu:
    case code::TransposeConv: return int16 ? 3 : int8 ? 2 : 1;
    default: return 1;
    }
}

Builder::Builder(uint64_t seed) : m_w("TinyML Manager coverage model"), m_state(seed * 0x9e3779b97f4a7c15ULL + 1) { }

uint64_t Builder::next()
{
    // SplitMix64, as the writer's randomConstants(): the same bytes on every platform.
    uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

float Builder::uniform(float lo, float hi)
{
    return lo + (hi - lo) * float(next() >> 40) / float(1ULL << 24);
}

int Builder::tensor(const std::string &name, Type type, Shape shape, std::optional<Quant> q)
{
    const int t = m_w.activation(name, type, std::move(shape));
    if (q)
        m_w.quantize(t, {q->scale}, {q->zeroPoint});
    return t;
}

int Builder::like(int source, const std::string &name, Shape shape)
{
    const Type t = type(source);
    if (t == Type::INT8 || t == Type::UINT8 || t == Type::INT16)
        return tensor(name, t, std::move(shape), quant(source));
    return tensor(name, t, std::move(shape));
}

int Builder::f32Const(const std::string &name, Shape shape, float lo, float hi)
{
    size_t count = 1;
    for (int32_t d : shape)
        count *= size_t(d);
    std::vector<float> values(count);
    for (float &v : values)
        v = uniform(lo, hi);
    return f32Values(name, std::move(shape), values);
}

int Builder::f32Values(const std::string &name, Shape shape, const std::vector<float> &values)
{
    std::string data;
    for (float v : values) {
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        putLittleEndian(data, bits, 4);
    }
    return m_w.constantData(name, Type::FLOAT32, std::move(shape), data);
}

int Builder::i8Weights(const std::string &name, Shape shape, const std::vector<float> &scales, int axis)
{
    size_t count = 1;
    for (int32_t d : shape)
        count *= size_t(d);
    std::string data;
    for (size_t i = 0; i < count; ++i)
        data.push_back(char(int8_t(int(next() % 255) - 127)));
    const int t = m_w.constantData(name, Type::INT8, std::move(shape), data);
    m_w.quantize(t, scales, std::vector<int64_t>(scales.size(), 0), axis);
    return t;
}

int Builder::u8Weights(const std::string &name, Shape shape, Quant q)
{
    size_t count = 1;
    for (int32_t d : shape)
        count *= size_t(d);
    std::string data;
    for (size_t i = 0; i < count; ++i)
        data.push_back(char(uint8_t(next() % 256)));
    const int t = m_w.constantData(name, Type::UINT8, std::move(shape), data);
    m_w.quantize(t, {q.scale}, {q.zeroPoint});
    return t;
}

int Builder::i16Weights(const std::string &name, Shape shape, float scale)
{
    size_t count = 1;
    for (int32_t d : shape)
        count *= size_t(d);
    std::string data;
    for (size_t i = 0; i < count; ++i)
        putLittleEndian(data, uint32_t(uint16_t(int16_t(int(next() % 4001) - 2000))), 2);
    const int t = m_w.constantData(name, Type::INT16, std::move(shape), data);
    m_w.quantize(t, {scale}, {0});
    return t;
}

int Builder::i32Bias(const std::string &name, int32_t count, const std::vector<float> &scales)
{
    std::string data;
    for (int32_t i = 0; i < count; ++i)
        putLittleEndian(data, uint32_t(int32_t(next() % 1025) - 512), 4);
    const int t = m_w.constantData(name, Type::INT32, {count}, data);
    m_w.quantize(t, scales, std::vector<int64_t>(scales.size(), 0));
    return t;
}

int Builder::i32Values(const std::string &name, Shape shape, const std::vector<int32_t> &values)
{
    std::string data;
    for (int32_t v : values)
        putLittleEndian(data, uint32_t(v), 4);
    return m_w.constantData(name, Type::INT32, std::move(shape), data);
}

int Builder::i32Vector(const std::string &name, const std::vector<int32_t> &values)
{
    return i32Values(name, {int32_t(values.size())}, values);
}

int Builder::constLike(int like, const std::string &name, Shape shape)
{
    const Type t = type(like);
    const bool quantized = t == Type::INT8 || t == Type::UINT8 || t == Type::INT16;
    return constOf(t, quantized ? std::optional<Quant>(quant(like)) : std::nullopt, name, std::move(shape));
}

int Builder::constOf(Type t, std::optional<Quant> q, const std::string &name, Shape shape)
{
    if (t == Type::FLOAT32)
        return f32Const(name, std::move(shape), -1.0f, 1.0f);
    size_t count = 1;
    for (int32_t d : shape)
        count *= size_t(d);
    std::string data;
    for (size_t i = 0; i < count; ++i) {
        switch (t) {
        case Type::INT8: data.push_back(char(int8_t(int(next() % 256) - 128))); break;
        case Type::UINT8: data.push_back(char(uint8_t(next() % 256))); break;
        case Type::INT16: putLittleEndian(data, uint32_t(uint16_t(int16_t(int(next() % 2001) - 1000))), 2); break;
        case Type::INT32: putLittleEndian(data, uint32_t(int32_t(next() % 201) - 100), 4); break;
        case Type::BOOL: data.push_back(char(next() & 1)); break;
        default: data.append(4, '\0'); break;
        }
    }
    const int c = m_w.constantData(name, t, std::move(shape), data);
    if (q)
        m_w.quantize(c, {q->scale}, {q->zeroPoint});
    return c;
}

int Builder::op(int32_t builtin, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                schema::BuiltinOptionsUnion options, int32_t version)
{
    if (version == 0) {
        const Type in = inputs.empty() || inputs.front() < 0 ? Type::FLOAT32 : type(inputs.front());
        const Type out = outputs.empty() ? in : type(outputs.front());
        version = naturalVersion(builtin, in, out);
        // The options and operands that raise a version, as the converter decides it.
        if (builtin == code::DepthwiseConv2D && version == 1) {
            const auto *o = options.AsDepthwiseConv2DOptions();
            if (o && (o->dilation_h_factor != 1 || o->dilation_w_factor != 1))
                version = 2;
        }
        if (builtin == code::FullyConnected) {
            const auto *o = options.AsFullyConnectedOptions();
            if (inputs.size() < 3 || inputs[2] < 0)
                version = 6;
            else if (o && o->keep_num_dims)
                version = 5;
        }
        if (builtin == code::Mul && in == Type::INT8 && inputs.size() == 2 && !outputs.empty()) {
            const double ratio = double(quant(inputs[0]).scale) * quant(inputs[1]).scale / quant(outputs[0]).scale;
            if (ratio >= 1.0)
                version = 3;
        }
    }
    return m_w.versionedOp(builtin, version, std::move(inputs), std::move(outputs), std::move(options));
}

int Builder::op(int32_t builtin, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                Writer::UndeclaredOptions options, int32_t version)
{
    const int o = op(builtin, std::move(inputs), std::move(outputs), schema::BuiltinOptionsUnion{}, version);
    m_w.undeclaredOptions(o, std::move(options));
    return o;
}

int Builder::custom(const std::string &customCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                    const std::vector<uint8_t> &options, int32_t version)
{
    const int o = m_w.versionedOp(code::Custom, version, std::move(inputs), std::move(outputs), {}, customCode);
    m_w.customOptions(o, options);
    return o;
}

const Shape &Builder::shape(int tensor) const
{
    return m_w.model().subgraphs.front()->tensors[size_t(tensor)]->shape;
}

Type Builder::type(int tensor) const
{
    return m_w.model().subgraphs.front()->tensors[size_t(tensor)]->type;
}

Quant Builder::quant(int tensor) const
{
    const auto &q = m_w.model().subgraphs.front()->tensors[size_t(tensor)]->quantization;
    if (!q || q->scale.empty())
        return {};
    return {q->scale.front(), q->zero_point.empty() ? 0 : q->zero_point.front()};
}

std::string Builder::coveredOperators() const
{
    const schema::ModelT &model = m_w.model();
    const schema::SubGraphT &graph = *model.subgraphs.front();
    std::vector<std::string> seen;
    for (const auto &o : graph.operators) {
        const schema::OperatorCodeT &c = *model.operator_codes[o->opcode_index];
        const int32_t builtin = std::max(int32_t(c.builtin_code), int32_t(c.deprecated_builtin_code));
        std::string entry = builtin == code::Custom ? c.custom_code : tflite::builtinOperatorName(builtin);
        entry += " v" + std::to_string(c.version) + " ";
        // The first run-time input tells the kernel's type; QUANTIZE and DEQUANTIZE convert.
        int typed = -1;
        for (int32_t input : o->inputs) {
            if (input >= 0 && graph.tensors[size_t(input)]->buffer == 0) {
                typed = input;
                break;
            }
        }
        if (typed < 0 && !o->inputs.empty())
            typed = o->inputs.front();
        entry += typed >= 0 ? typeName(graph.tensors[size_t(typed)]->type) : "none";
        if ((builtin == code::Quantize || builtin == code::Dequantize) && !o->outputs.empty())
            entry += "->" + typeName(graph.tensors[size_t(o->outputs.front())]->type);
        if ((builtin == code::Conv2D || builtin == code::DepthwiseConv2D) && o->inputs.size() > 1) {
            const auto &q = graph.tensors[size_t(o->inputs[1])]->quantization;
            if (q && graph.tensors[size_t(o->inputs[1])]->type == Type::INT8)
                entry += q->scale.size() > 1 ? " per-channel" : " per-tensor";
        }
        if (std::find(seen.begin(), seen.end(), entry) == seen.end())
            seen.push_back(entry);
    }
    std::string out;
    for (const std::string &entry : seen)
        out += (out.empty() ? "" : ", ") + entry;
    return out;
}

CoverageModel Builder::finish(const std::string &name, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                              const std::string &description)
{
    m_w.inputs(std::move(inputs));
    m_w.outputs(std::move(outputs));
    CoverageModel m;
    m.name = name;
    m.bytes = m_w.bytes();
    m.covers = description + "; ops: " + coveredOperators();
    std::vector<std::string> lacking;
    for (const auto &c : m_w.model().operator_codes) {
        const int32_t builtin = std::max(int32_t(c->builtin_code), int32_t(c->deprecated_builtin_code));
        const std::string opName = builtin == code::Custom && c->custom_code == "TFLite_Detection_PostProcess"
            ? "DETECTION_POSTPROCESS"
            : tflite::builtinOperatorName(builtin);
        const auto &lacks = x86OracleLacks();
        if (std::find(lacks.begin(), lacks.end(), opName) != lacks.end()
            && std::find(lacking.begin(), lacking.end(), opName) == lacking.end())
            lacking.push_back(opName);
    }
    for (const std::string &opName : lacking)
        m.x86OracleDiffers += (m.x86OracleDiffers.empty() ? "find-arena-size's resolver lacks " : ", ") + opName;
    return m;
}

CoverageModel Builder::unsupported(const std::string &name, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                                   const std::string &description, const std::string &whyNot)
{
    CoverageModel m = finish(name, std::move(inputs), std::move(outputs), description);
    // The x86 oracle fails on an operator its resolver lacks, as TFLM 2.4 fails here: agreed.
    m.x86OracleDiffers.clear();
    m.allocatable = false;
    m.whyNot = whyNot;
    return m;
}

int conv2d(Builder &b, const std::string &name, int input, const ConvSpec &spec, Quant out)
{
    const Shape in = b.shape(input);
    const Type t = b.type(input);
    const Shape outShape = {in[0], outputSize(in[1], spec.kernel, spec.stride, spec.dilation, spec.padding),
                            outputSize(in[2], spec.kernel, spec.stride, spec.dilation, spec.padding), spec.outChannels};
    const Shape wShape = {spec.outChannels, spec.kernel, spec.kernel, in[3]};
    int w, bias, o;
    if (t == Type::FLOAT32) {
        w = b.f32Const(name + "/weights", wShape);
        bias = b.f32Const(name + "/bias", {spec.outChannels});
        o = b.f32(name, outShape);
    } else if (t == Type::UINT8) {
        const Quant wq = {0.02f, 128};
        w = b.u8Weights(name + "/weights", wShape, wq);
        bias = b.i32Bias(name + "/bias", spec.outChannels, {b.quant(input).scale * wq.scale});
        o = b.u8(name, outShape, forType(t, out));
    } else {
        std::vector<float> scales;
        for (int c = 0; c < (spec.perChannel ? spec.outChannels : 1); ++c)
            scales.push_back(0.004f + 0.001f * float(c % 7));
        w = b.i8Weights(name + "/weights", wShape, scales, 0);
        std::vector<float> biasScales;
        for (float s : scales)
            biasScales.push_back(b.quant(input).scale * s);
        bias = b.i32Bias(name + "/bias", spec.outChannels, biasScales);
        o = b.i8(name, outShape, out);
    }
    b.op(code::Conv2D, {input, w, bias}, {o},
         Writer::conv(spec.stride, spec.stride, spec.padding, spec.activation, spec.dilation, spec.dilation));
    return o;
}

int depthwise(Builder &b, const std::string &name, int input, const ConvSpec &spec, int multiplier, Quant out)
{
    const Shape in = b.shape(input);
    const Type t = b.type(input);
    const int channels = in[3] * multiplier;
    const Shape outShape = {in[0], outputSize(in[1], spec.kernel, spec.stride, spec.dilation, spec.padding),
                            outputSize(in[2], spec.kernel, spec.stride, spec.dilation, spec.padding), channels};
    const Shape wShape = {1, spec.kernel, spec.kernel, channels};
    int w, bias, o;
    if (t == Type::FLOAT32) {
        w = b.f32Const(name + "/weights", wShape);
        bias = b.f32Const(name + "/bias", {channels});
        o = b.f32(name, outShape);
    } else if (t == Type::UINT8) {
        const Quant wq = {0.02f, 128};
        w = b.u8Weights(name + "/weights", wShape, wq);
        bias = b.i32Bias(name + "/bias", channels, {b.quant(input).scale * wq.scale});
        o = b.u8(name, outShape, forType(t, out));
    } else {
        std::vector<float> scales;
        for (int c = 0; c < (spec.perChannel ? channels : 1); ++c)
            scales.push_back(0.01f + 0.002f * float(c % 5));
        w = b.i8Weights(name + "/weights", wShape, scales, 3);
        std::vector<float> biasScales;
        for (float s : scales)
            biasScales.push_back(b.quant(input).scale * s);
        bias = b.i32Bias(name + "/bias", channels, biasScales);
        o = b.i8(name, outShape, out);
    }
    b.op(code::DepthwiseConv2D, {input, w, bias}, {o},
         Writer::depthwise(spec.stride, spec.stride, spec.padding, multiplier, spec.activation, spec.dilation,
                           spec.dilation));
    return o;
}

int fullyConnected(Builder &b, const std::string &name, int input, int units, Act activation, Quant out)
{
    const Shape in = b.shape(input);
    const Type t = b.type(input);
    const int32_t depth = in.back();
    int32_t batch = 1;
    for (size_t i = 0; i + 1 < in.size(); ++i)
        batch *= in[i];
    int w, bias, o;
    if (t == Type::FLOAT32) {
        w = b.f32Const(name + "/weights", {units, depth});
        bias = b.f32Const(name + "/bias", {units});
        o = b.f32(name, {batch, units});
    } else if (t == Type::UINT8) {
        const Quant wq = {0.01f, 128};
        w = b.u8Weights(name + "/weights", {units, depth}, wq);
        bias = b.i32Bias(name + "/bias", units, {b.quant(input).scale * wq.scale});
        o = b.u8(name, {batch, units}, forType(t, out));
    } else {
        const float ws = 0.005f;
        w = b.i8Weights(name + "/weights", {units, depth}, {ws});
        bias = b.i32Bias(name + "/bias", units, {b.quant(input).scale * ws});
        o = b.i8(name, {batch, units}, out);
    }
    b.op(code::FullyConnected, {input, w, bias}, {o}, Writer::fullyConnected(activation));
    return o;
}

int pool(Builder &b, int32_t builtin, const std::string &name, int input, int filter, int stride, Pad padding)
{
    const Shape in = b.shape(input);
    const int o = b.like(
        input, name,
        {in[0], outputSize(in[1], filter, stride, 1, padding), outputSize(in[2], filter, stride, 1, padding), in[3]});
    b.op(builtin, {input}, {o}, Writer::pool(filter, stride, padding));
    return o;
}

int binary(Builder &b, int32_t builtin, const std::string &name, int a, int c, Quant out, Act activation)
{
    const Type t = b.type(a);
    const int o =
        out.scale > 0 && t != Type::FLOAT32 ? b.tensor(name, t, b.shape(a), forType(t, out)) : b.like(a, name);
    schema::BuiltinOptionsUnion options;
    if (builtin == code::Add)
        options = Writer::add(activation);
    else if (builtin == code::Sub)
        options = Writer::sub(activation);
    else if (builtin == code::Mul)
        options = Writer::mul(activation);
    b.op(builtin, {a, c}, {o}, std::move(options));
    return o;
}

int unary(Builder &b, int32_t builtin, const std::string &name, int input)
{
    const int o = b.like(input, name);
    b.op(builtin, {input}, {o});
    return o;
}

int reshape(Builder &b, const std::string &name, int input, const Shape &shape)
{
    const int s = b.i32Vector(name + "/shape", shape);
    const int o = b.like(input, name, shape);
    b.op(code::Reshape, {input, s}, {o}, Writer::reshape(shape));
    return o;
}

int concatenation(Builder &b, const std::string &name, const std::vector<int32_t> &inputs, int axis)
{
    Shape shape = b.shape(inputs.front());
    const size_t a = size_t(axis < 0 ? axis + int(shape.size()) : axis);
    shape[a] = 0;
    for (int32_t input : inputs)
        shape[a] += b.shape(input)[a];
    const int o = b.like(inputs.front(), name, shape);
    b.op(code::Concatenation, inputs, {o}, Writer::concatenation(axis));
    return o;
}

int softmax(Builder &b, const std::string &name, int input)
{
    const Type t = b.type(input);
    int o;
    if (t == Type::INT8)
        o = b.i8(name, b.shape(input), {1.0f / 256, -128});
    else if (t == Type::UINT8)
        o = b.u8(name, b.shape(input), {1.0f / 256, 0});
    else
        o = b.f32(name, b.shape(input));
    b.op(code::Softmax, {input}, {o}, Writer::softmax(1.0f));
    return o;
}

int pad2d(Builder &b, const std::string &name, int input, int top, int bottom, int left, int right)
{
    Shape shape = b.shape(input);
    const int paddings = b.i32Values(name + "/paddings", {4, 2}, {0, 0, top, bottom, left, right, 0, 0});
    shape[1] += top + bottom;
    shape[2] += left + right;
    const int o = b.like(input, name, shape);
    b.op(code::Pad, {input, paddings}, {o}, Writer::pad());
    return o;
}

} // namespace coverage
} // namespace tinyml::test
