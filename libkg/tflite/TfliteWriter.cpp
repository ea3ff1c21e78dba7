#include "TfliteWriter.h"

#include "tflite/BuiltinOperator.h"
#include "tflite/TfliteModel.h"

#include <zlib.h>

#include <algorithm>

namespace tinyml::tflite {
namespace {

// SplitMix64: a tiny generator whose output is the same on every platform and compiler.
uint64_t splitMix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void put16(std::string &s, uint16_t v)
{
    s.push_back(char(v & 0xff));
    s.push_back(char(v >> 8));
}
void put32(std::string &s, uint32_t v)
{
    put16(s, uint16_t(v & 0xffff));
    put16(s, uint16_t(v >> 16));
}

std::string deflateRaw(const std::string &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, uLong(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

} // namespace

TfliteWriter::TfliteWriter(const std::string &description)
{
    m_model.version = 3;
    m_model.description = description;
    m_model.buffers.push_back(std::make_unique<schema::BufferT>()); // the empty sentinel
    m_model.subgraphs.push_back(std::make_unique<schema::SubGraphT>());
    subgraph().name = "main";
}

uint32_t TfliteWriter::addBuffer(int64_t bytes)
{
    auto buffer = std::make_unique<schema::BufferT>();
    buffer->data.assign(size_t(bytes), 0);
    m_model.buffers.push_back(std::move(buffer));
    return uint32_t(m_model.buffers.size() - 1);
}

int TfliteWriter::activation(const std::string &name, schema::TensorType type, std::vector<int32_t> shape)
{
    auto t = std::make_unique<schema::TensorT>();
    t->name = name;
    t->type = type;
    t->shape = std::move(shape);
    subgraph().tensors.push_back(std::move(t));
    return int(subgraph().tensors.size() - 1);
}

int TfliteWriter::constant(const std::string &name, schema::TensorType type, std::vector<int32_t> shape, int64_t bytes)
{
    const int index = activation(name, type, shape);
    if (bytes < 0) {
        Tensor t;
        t.type = TensorType(int(type));
        t.shape = shape;
        bytes = int64_t(t.byteSize().value_or(1));
    }
    const uint32_t buffer = addBuffer(bytes);
    subgraph().tensors[size_t(index)]->buffer = buffer;
    if (m_random) {
        for (uint8_t &byte : m_model.buffers[buffer]->data)
            byte = uint8_t(splitMix64(&*m_random) >> 56);
    }
    return index;
}

int TfliteWriter::constantValues(const std::string &name, const std::vector<int32_t> &values)
{
    const int index = activation(name, schema::TensorType::INT32, {int32_t(values.size())});
    const uint32_t buffer = addBuffer(int64_t(values.size() * sizeof(int32_t)));
    std::vector<uint8_t> &data = m_model.buffers[buffer]->data;
    for (size_t i = 0; i < values.size(); ++i) {
        for (size_t b = 0; b < 4; ++b) // little-endian, as FlatBuffers and TFLite store data
            data[4 * i + b] = uint8_t(uint32_t(values[i]) >> (8 * b));
    }
    subgraph().tensors[size_t(index)]->buffer = buffer;
    return index;
}

int TfliteWriter::constantData(const std::string &name, schema::TensorType type, std::vector<int32_t> shape,
                               const std::string &data)
{
    const int index = activation(name, type, std::move(shape));
    const uint32_t buffer = addBuffer(int64_t(data.size()));
    m_model.buffers[buffer]->data.assign(data.begin(), data.end());
    subgraph().tensors[size_t(index)]->buffer = buffer;
    return index;
}

int TfliteWriter::variable(const std::string &name, schema::TensorType type, std::vector<int32_t> shape)
{
    const int index = activation(name, type, std::move(shape));
    subgraph().tensors[size_t(index)]->is_variable = true;
    return index;
}

void TfliteWriter::quantize(int tensor, std::vector<float> scale, std::vector<int64_t> zeroPoint, int axis)
{
    auto q = std::make_unique<schema::QuantizationParametersT>();
    q->scale = std::move(scale);
    q->zero_point = std::move(zeroPoint);
    q->quantized_dimension = axis;
    subgraph().tensors[size_t(tensor)]->quantization = std::move(q);
}

int TfliteWriter::op(int32_t builtinCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                     schema::BuiltinOptionsUnion options, const std::string &customCode)
{
    return versionedOp(builtinCode, 1, std::move(inputs), std::move(outputs), std::move(options), customCode);
}

int TfliteWriter::versionedOp(int32_t builtinCode, int32_t version, std::vector<int32_t> inputs,
                              std::vector<int32_t> outputs, schema::BuiltinOptionsUnion options,
                              const std::string &customCode)
{
    uint32_t codeIndex = 0;
    for (; codeIndex < m_model.operator_codes.size(); ++codeIndex) {
        const schema::OperatorCodeT &c = *m_model.operator_codes[codeIndex];
        const int32_t existing = std::max(int32_t(c.builtin_code), int32_t(c.deprecated_builtin_code));
        if (existing == builtinCode && c.custom_code == customCode && c.version == version)
            break;
    }
    if (codeIndex == m_model.operator_codes.size()) {
        auto code = std::make_unique<schema::OperatorCodeT>();
        code->deprecated_builtin_code = int8_t(std::min(builtinCode, int32_t(op::PlaceholderForGreaterOpCodes)));
        if (!m_legacyCodes || builtinCode >= op::PlaceholderForGreaterOpCodes)
            code->builtin_code = schema::BuiltinOperator(builtinCode);
        code->custom_code = customCode;
        code->version = version;
        m_model.operator_codes.push_back(std::move(code));
    }
    auto o = std::make_unique<schema::OperatorT>();
    o->opcode_index = codeIndex;
    o->inputs = std::move(inputs);
    o->outputs = std::move(outputs);
    o->builtin_options = std::move(options);
    subgraph().operators.push_back(std::move(o));
    return int(subgraph().operators.size() - 1);
}

void TfliteWriter::undeclaredOptions(int op, UndeclaredOptions options)
{
    subgraph().operators[size_t(op)]->builtin_options.Reset();
    m_undeclared[op] = std::move(options);
}

void TfliteWriter::customOptions(int op, const std::vector<uint8_t> &bytes)
{
    subgraph().operators[size_t(op)]->custom_options = bytes;
}

void TfliteWriter::metadataEntry(const std::string &name, const std::string &bytes)
{
    const uint32_t buffer = addBuffer(int64_t(bytes.size()));
    m_model.buffers[buffer]->data.assign(bytes.begin(), bytes.end());
    auto entry = std::make_unique<schema::MetadataT>();
    entry->name = name;
    entry->buffer = buffer;
    m_model.metadata.push_back(std::move(entry));
}

void TfliteWriter::tfliteMetadata(const schema::metadata::ModelMetadataT &metadata)
{
    flatbuffers::FlatBufferBuilder builder;
    builder.Finish(schema::metadata::ModelMetadata::Pack(builder, &metadata),
                   schema::metadata::ModelMetadataIdentifier());
    metadataEntry("TFLITE_METADATA",
                  std::string(reinterpret_cast<const char *>(builder.GetBufferPointer()), builder.GetSize()));
}

std::string TfliteWriter::bytes() const
{
    if (!m_undeclared.empty())
        return packWithUndeclaredOptions();
    flatbuffers::FlatBufferBuilder builder;
    builder.Finish(schema::Model::Pack(builder, &m_model), schema::ModelIdentifier());
    return std::string(reinterpret_cast<const char *>(builder.GetBufferPointer()), builder.GetSize());
}

// The generated Pack() drops a union value whose type it does not know, so a model with
// undeclared options is packed here: the generated code for every table but the main subgraph's
// operators, whose options tables are built field by field.
std::string TfliteWriter::packWithUndeclaredOptions() const
{
    flatbuffers::FlatBufferBuilder fbb;
    std::vector<flatbuffers::Offset<schema::OperatorCode>> codes;
    for (const auto &code : m_model.operator_codes)
        codes.push_back(schema::CreateOperatorCode(fbb, code.get()));
    std::vector<flatbuffers::Offset<schema::SubGraph>> subgraphs;
    for (size_t s = 0; s < m_model.subgraphs.size(); ++s) {
        const schema::SubGraphT &graph = *m_model.subgraphs[s];
        if (s > 0) {
            subgraphs.push_back(schema::CreateSubGraph(fbb, &graph));
            continue;
        }
        std::vector<flatbuffers::Offset<schema::Tensor>> tensors;
        for (const auto &tensor : graph.tensors)
            tensors.push_back(schema::CreateTensor(fbb, tensor.get()));
        std::vector<flatbuffers::Offset<schema::Operator>> operators;
        for (size_t i = 0; i < graph.operators.size(); ++i) {
            const schema::OperatorT &o = *graph.operators[i];
            const auto raw = m_undeclared.find(int(i));
            if (raw == m_undeclared.end()) {
                operators.push_back(schema::CreateOperator(fbb, &o));
                continue;
            }
            const auto inputs = fbb.CreateVector(o.inputs);
            const auto outputs = fbb.CreateVector(o.outputs);
            const auto custom = o.custom_options.empty() ? 0 : fbb.CreateVector(o.custom_options);
            const auto intermediates = o.intermediates.empty() ? 0 : fbb.CreateVector(o.intermediates);
            const flatbuffers::uoffset_t start = fbb.StartTable();
            for (const UndeclaredOptions::Field &f : raw->second.fields) {
                const auto slot = flatbuffers::voffset_t(4 + 2 * f.slot);
                if (f.bytes == 1)
                    fbb.AddElement<int8_t>(slot, int8_t(f.value));
                else
                    fbb.AddElement<int32_t>(slot, f.value);
            }
            const flatbuffers::Offset<void> options(fbb.EndTable(start));
            schema::OperatorBuilder builder(fbb);
            builder.add_opcode_index(o.opcode_index);
            builder.add_inputs(inputs);
            builder.add_outputs(outputs);
            builder.add_builtin_options_type(schema::BuiltinOptions(raw->second.type));
            builder.add_builtin_options(options);
            if (!o.custom_options.empty())
                builder.add_custom_options(custom);
            if (!o.intermediates.empty())
                builder.add_intermediates(intermediates);
            operators.push_back(builder.Finish());
        }
        subgraphs.push_back(schema::CreateSubGraph(fbb, fbb.CreateVector(tensors), fbb.CreateVector(graph.inputs),
                                                   fbb.CreateVector(graph.outputs), fbb.CreateVector(operators),
                                                   graph.name.empty() ? 0 : fbb.CreateString(graph.name)));
    }
    std::vector<flatbuffers::Offset<schema::Buffer>> buffers;
    for (const auto &buffer : m_model.buffers)
        buffers.push_back(schema::CreateBuffer(fbb, buffer.get()));
    std::vector<flatbuffers::Offset<schema::Metadata>> metadata;
    for (const auto &entry : m_model.metadata)
        metadata.push_back(schema::CreateMetadata(fbb, entry.get()));
    const auto model = schema::CreateModel(
        fbb, m_model.version, fbb.CreateVector(codes), fbb.CreateVector(subgraphs),
        m_model.description.empty() ? 0 : fbb.CreateString(m_model.description), fbb.CreateVector(buffers),
        m_model.metadata_buffer.empty() ? 0 : fbb.CreateVector(m_model.metadata_buffer),
        metadata.empty() ? 0 : fbb.CreateVector(metadata));
    fbb.Finish(model, schema::ModelIdentifier());
    return std::string(reinterpret_cast<const char *>(fbb.GetBufferPointer()), fbb.GetSize());
}

schema::BuiltinOptionsUnion TfliteWriter::conv(int stride, schema::Padding padding,
                                               schema::ActivationFunctionType activation)
{
    return conv(stride, stride, padding, activation, 1, 1);
}

schema::BuiltinOptionsUnion TfliteWriter::depthwise(int stride, schema::Padding padding, int multiplier,
                                                    schema::ActivationFunctionType activation)
{
    return depthwise(stride, stride, padding, multiplier, activation, 1, 1);
}

schema::BuiltinOptionsUnion TfliteWriter::fullyConnected(schema::ActivationFunctionType activation)
{
    schema::FullyConnectedOptionsT o;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::pool(int filter, int stride, schema::Padding padding)
{
    return pool(filter, filter, stride, stride, padding);
}

schema::BuiltinOptionsUnion TfliteWriter::pool(int filterH, int filterW, int strideH, int strideW,
                                               schema::Padding padding)
{
    schema::Pool2DOptionsT o;
    o.filter_height = filterH;
    o.filter_width = filterW;
    o.stride_h = strideH;
    o.stride_w = strideW;
    o.padding = padding;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::conv(int strideH, int strideW, schema::Padding padding,
                                               schema::ActivationFunctionType activation, int dilationH, int dilationW)
{
    schema::Conv2DOptionsT o;
    o.stride_h = strideH;
    o.stride_w = strideW;
    o.padding = padding;
    o.fused_activation_function = activation;
    o.dilation_h_factor = dilationH;
    o.dilation_w_factor = dilationW;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::depthwise(int strideH, int strideW, schema::Padding padding, int multiplier,
                                                    schema::ActivationFunctionType activation, int dilationH,
                                                    int dilationW)
{
    schema::DepthwiseConv2DOptionsT o;
    o.stride_h = strideH;
    o.stride_w = strideW;
    o.padding = padding;
    o.depth_multiplier = multiplier;
    o.fused_activation_function = activation;
    o.dilation_h_factor = dilationH;
    o.dilation_w_factor = dilationW;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::add(schema::ActivationFunctionType activation)
{
    schema::AddOptionsT o;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::sub(schema::ActivationFunctionType activation)
{
    schema::SubOptionsT o;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::mul(schema::ActivationFunctionType activation)
{
    schema::MulOptionsT o;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::concatenation(int axis, schema::ActivationFunctionType activation)
{
    schema::ConcatenationOptionsT o;
    o.axis = axis;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::softmax(float beta)
{
    schema::SoftmaxOptionsT o;
    o.beta = beta;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::reshape(std::vector<int32_t> newShape)
{
    schema::ReshapeOptionsT o;
    o.new_shape = std::move(newShape);
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::reducer(bool keepDims)
{
    schema::ReducerOptionsT o;
    o.keep_dims = keepDims;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::squeeze(std::vector<int32_t> dims)
{
    schema::SqueezeOptionsT o;
    o.squeeze_dims = std::move(dims);
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::stridedSlice(int beginMask, int endMask, int shrinkAxisMask)
{
    schema::StridedSliceOptionsT o;
    o.begin_mask = beginMask;
    o.end_mask = endMask;
    o.shrink_axis_mask = shrinkAxisMask;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::split(int numSplits)
{
    schema::SplitOptionsT o;
    o.num_splits = numSplits;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::pad()
{
    schema::BuiltinOptionsUnion u;
    u.Set(schema::PadOptionsT());
    return u;
}

schema::BuiltinOptionsUnion TfliteWriter::svdf(int rank, schema::ActivationFunctionType activation)
{
    schema::SVDFOptionsT o;
    o.rank = rank;
    o.fused_activation_function = activation;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::leakyRelu(float alpha)
{
    schema::LeakyReluOptionsT o;
    o.alpha = alpha;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::unidirectionalSequenceLstm(schema::ActivationFunctionType activation,
                                                                     bool timeMajor)
{
    schema::UnidirectionalSequenceLSTMOptionsT o;
    o.fused_activation_function = activation;
    o.time_major = timeMajor;
    return wrapped(std::move(o));
}

schema::BuiltinOptionsUnion TfliteWriter::transposeConv(int stride, schema::Padding padding)
{
    schema::TransposeConvOptionsT o;
    o.stride_w = o.stride_h = stride;
    o.padding = padding;
    return wrapped(std::move(o));
}

// Discriminants and slots of the published schema (tensorflow/lite/schema/schema.fbs).
TfliteWriter::UndeclaredOptions TfliteWriter::argMaxOptions(schema::TensorType outputType)
{
    return {40, {{0, int32_t(outputType), 1}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::argMinOptions(schema::TensorType outputType)
{
    return {57, {{0, int32_t(outputType), 1}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::packOptions(int valuesCount, int axis)
{
    return {59, {{0, valuesCount, 4}, {1, axis, 4}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::unpackOptions(int num, int axis)
{
    return {64, {{0, num, 4}, {1, axis, 4}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::splitVOptions(int numSplits)
{
    return {79, {{0, numSplits, 4}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::shapeOptions(schema::TensorType outType)
{
    return {55, {{0, int32_t(outType), 1}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::l2NormOptions(schema::ActivationFunctionType activation)
{
    return {12, {{0, int32_t(activation), 1}}};
}

TfliteWriter::UndeclaredOptions TfliteWriter::resizeNearestNeighborOptions(bool alignCorners, bool halfPixelCenters)
{
    return {74, {{0, alignCorners ? 1 : 0, 1}, {1, halfPixelCenters ? 1 : 0, 1}}};
}

std::string zipArchive(const std::vector<std::pair<std::string, std::string>> &files, bool deflate, uint32_t offsetBase)
{
    std::string local, central;
    for (const auto &[name, data] : files) {
        const uint32_t crc =
            uint32_t(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
        const std::string payload = deflate ? deflateRaw(data) : data;
        const uint16_t method = deflate ? 8 : 0;
        const uint32_t offset = uint32_t(local.size()) + offsetBase;
        put32(local, 0x04034b50);
        put16(local, 20);
        put16(local, 0);
        put16(local, method);
        put16(local, 0);
        put16(local, 0);
        put32(local, crc);
        put32(local, uint32_t(payload.size()));
        put32(local, uint32_t(data.size()));
        put16(local, uint16_t(name.size()));
        put16(local, 0);
        local += name + payload;
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, method);
        put16(central, 0);
        put16(central, 0);
        put32(central, crc);
        put32(central, uint32_t(payload.size()));
        put32(central, uint32_t(data.size()));
        put16(central, uint16_t(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    std::string end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, uint16_t(files.size()));
    put16(end, uint16_t(files.size()));
    put32(end, uint32_t(central.size()));
    put32(end, uint32_t(local.size()) + offsetBase);
    put16(end, 0);
    return local + central + end;
}

} // namespace tinyml::tflite
