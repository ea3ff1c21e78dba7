#include "TfliteFixture.h"

#include "tflite/BuiltinOperator.h"
#include "tflite/TfliteModel.h"

#include <zlib.h>

namespace tinyml::test {

TfliteFixture::TfliteFixture()
{
    m_model.version = 3;
    m_model.description = "TinyML Manager test fixture";
    m_model.buffers.push_back(std::make_unique<fb::BufferT>()); // the empty sentinel
    m_model.subgraphs.push_back(std::make_unique<fb::SubGraphT>());
    subgraph().name = "main";
}

uint32_t TfliteFixture::addBuffer(int64_t bytes)
{
    auto buffer = std::make_unique<fb::BufferT>();
    buffer->data.assign(size_t(bytes), 0);
    m_model.buffers.push_back(std::move(buffer));
    return uint32_t(m_model.buffers.size() - 1);
}

int TfliteFixture::activation(const std::string &name, fb::TensorType type, std::vector<int32_t> shape)
{
    auto t = std::make_unique<fb::TensorT>();
    t->name = name;
    t->type = type;
    t->shape = std::move(shape);
    subgraph().tensors.push_back(std::move(t));
    return int(subgraph().tensors.size() - 1);
}

int TfliteFixture::constant(const std::string &name, fb::TensorType type, std::vector<int32_t> shape, int64_t bytes)
{
    const int index = activation(name, type, shape);
    if (bytes < 0) {
        tflite::Tensor t;
        t.type = tflite::TensorType(int(type));
        t.shape = shape;
        bytes = int64_t(t.byteSize().value_or(1));
    }
    subgraph().tensors[size_t(index)]->buffer = addBuffer(bytes);
    return index;
}

int TfliteFixture::variable(const std::string &name, fb::TensorType type, std::vector<int32_t> shape)
{
    const int index = activation(name, type, std::move(shape));
    subgraph().tensors[size_t(index)]->is_variable = true;
    return index;
}

void TfliteFixture::quantize(int tensor, std::vector<float> scale, std::vector<int64_t> zeroPoint, int axis)
{
    auto q = std::make_unique<fb::QuantizationParametersT>();
    q->scale = std::move(scale);
    q->zero_point = std::move(zeroPoint);
    q->quantized_dimension = axis;
    subgraph().tensors[size_t(tensor)]->quantization = std::move(q);
}

int TfliteFixture::op(int32_t builtinCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                      fb::BuiltinOptionsUnion options, const std::string &customCode)
{
    uint32_t codeIndex = 0;
    for (; codeIndex < m_model.operator_codes.size(); ++codeIndex) {
        const fb::OperatorCodeT &c = *m_model.operator_codes[codeIndex];
        const int32_t existing = std::max(int32_t(c.builtin_code), int32_t(c.deprecated_builtin_code));
        if (existing == builtinCode && c.custom_code == customCode)
            break;
    }
    if (codeIndex == m_model.operator_codes.size()) {
        auto code = std::make_unique<fb::OperatorCodeT>();
        code->deprecated_builtin_code = int8_t(std::min(builtinCode, int32_t(tflite::op::PlaceholderForGreaterOpCodes)));
        if (!m_legacyCodes || builtinCode >= tflite::op::PlaceholderForGreaterOpCodes)
            code->builtin_code = fb::BuiltinOperator(builtinCode);
        code->custom_code = customCode;
        m_model.operator_codes.push_back(std::move(code));
    }
    auto o = std::make_unique<fb::OperatorT>();
    o->opcode_index = codeIndex;
    o->inputs = std::move(inputs);
    o->outputs = std::move(outputs);
    o->builtin_options = std::move(options);
    subgraph().operators.push_back(std::move(o));
    return int(subgraph().operators.size() - 1);
}

void TfliteFixture::metadataEntry(const std::string &name, const std::string &bytes)
{
    const uint32_t buffer = addBuffer(int64_t(bytes.size()));
    m_model.buffers[buffer]->data.assign(bytes.begin(), bytes.end());
    auto entry = std::make_unique<fb::MetadataT>();
    entry->name = name;
    entry->buffer = buffer;
    m_model.metadata.push_back(std::move(entry));
}

void TfliteFixture::tfliteMetadata(const tinyml::tflite::schema::metadata::ModelMetadataT &metadata)
{
    flatbuffers::FlatBufferBuilder builder;
    builder.Finish(tinyml::tflite::schema::metadata::ModelMetadata::Pack(builder, &metadata),
                   tinyml::tflite::schema::metadata::ModelMetadataIdentifier());
    metadataEntry("TFLITE_METADATA", std::string(reinterpret_cast<const char *>(builder.GetBufferPointer()), builder.GetSize()));
}

std::string TfliteFixture::bytes() const
{
    flatbuffers::FlatBufferBuilder builder;
    builder.Finish(fb::Model::Pack(builder, &m_model), fb::ModelIdentifier());
    return std::string(reinterpret_cast<const char *>(builder.GetBufferPointer()), builder.GetSize());
}

fb::BuiltinOptionsUnion TfliteFixture::conv(int stride, fb::Padding padding, fb::ActivationFunctionType activation)
{
    fb::Conv2DOptionsT o;
    o.stride_w = o.stride_h = stride;
    o.padding = padding;
    o.fused_activation_function = activation;
    fb::BuiltinOptionsUnion u;
    u.Set(std::move(o));
    return u;
}

fb::BuiltinOptionsUnion TfliteFixture::depthwise(int stride, fb::Padding padding, int multiplier, fb::ActivationFunctionType activation)
{
    fb::DepthwiseConv2DOptionsT o;
    o.stride_w = o.stride_h = stride;
    o.padding = padding;
    o.depth_multiplier = multiplier;
    o.fused_activation_function = activation;
    fb::BuiltinOptionsUnion u;
    u.Set(std::move(o));
    return u;
}

fb::BuiltinOptionsUnion TfliteFixture::fullyConnected(fb::ActivationFunctionType activation)
{
    fb::FullyConnectedOptionsT o;
    o.fused_activation_function = activation;
    fb::BuiltinOptionsUnion u;
    u.Set(std::move(o));
    return u;
}

fb::BuiltinOptionsUnion TfliteFixture::pool(int filter, int stride, fb::Padding padding)
{
    fb::Pool2DOptionsT o;
    o.filter_width = o.filter_height = filter;
    o.stride_w = o.stride_h = stride;
    o.padding = padding;
    fb::BuiltinOptionsUnion u;
    u.Set(std::move(o));
    return u;
}

namespace {
void put16(std::string &s, uint16_t v) { s.push_back(char(v & 0xff)); s.push_back(char(v >> 8)); }
void put32(std::string &s, uint32_t v) { put16(s, uint16_t(v & 0xffff)); put16(s, uint16_t(v >> 16)); }
} // namespace

namespace {
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

std::string zipArchive(const std::vector<std::pair<std::string, std::string>> &files, bool deflate, uint32_t offsetBase)
{
    std::string local, central;
    for (const auto &[name, data] : files) {
        const uint32_t crc = uint32_t(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
        const std::string payload = deflate ? deflateRaw(data) : data;
        const uint16_t method = deflate ? 8 : 0;
        const uint32_t offset = uint32_t(local.size()) + offsetBase;
        put32(local, 0x04034b50); put16(local, 20); put16(local, 0); put16(local, method); put16(local, 0); put16(local, 0);
        put32(local, crc); put32(local, uint32_t(payload.size())); put32(local, uint32_t(data.size()));
        put16(local, uint16_t(name.size())); put16(local, 0);
        local += name + payload;
        put32(central, 0x02014b50); put16(central, 20); put16(central, 20); put16(central, 0); put16(central, method);
        put16(central, 0); put16(central, 0); put32(central, crc); put32(central, uint32_t(payload.size()));
        put32(central, uint32_t(data.size())); put16(central, uint16_t(name.size())); put16(central, 0);
        put16(central, 0); put16(central, 0); put16(central, 0); put32(central, 0); put32(central, offset);
        central += name;
    }
    std::string end;
    put32(end, 0x06054b50); put16(end, 0); put16(end, 0); put16(end, uint16_t(files.size()));
    put16(end, uint16_t(files.size())); put32(end, uint32_t(central.size())); put32(end, uint32_t(local.size()) + offsetBase);
    put16(end, 0);
    return local + central + end;
}

TfliteFixture tinyDenseNetwork()
{
    using T = fb::TensorType;
    TfliteFixture f;
    const int in = f.activation("input", T::FLOAT32, {1, 1});
    const int w1 = f.constant("dense_1/weights", T::FLOAT32, {16, 1});
    const int b1 = f.constant("dense_1/bias", T::FLOAT32, {16});
    const int h1 = f.activation("dense_1", T::FLOAT32, {1, 16});
    const int w2 = f.constant("dense_2/weights", T::FLOAT32, {16, 16});
    const int b2 = f.constant("dense_2/bias", T::FLOAT32, {16});
    const int h2 = f.activation("dense_2", T::FLOAT32, {1, 16});
    const int w3 = f.constant("dense_3/weights", T::FLOAT32, {1, 16});
    const int b3 = f.constant("dense_3/bias", T::FLOAT32, {1});
    const int out = f.activation("output", T::FLOAT32, {1, 1});
    f.op(tflite::op::FullyConnected, {in, w1, b1}, {h1}, TfliteFixture::fullyConnected(fb::ActivationFunctionType::RELU));
    f.op(tflite::op::FullyConnected, {h1, w2, b2}, {h2}, TfliteFixture::fullyConnected(fb::ActivationFunctionType::RELU));
    f.op(tflite::op::FullyConnected, {h2, w3, b3}, {out}, TfliteFixture::fullyConnected());
    f.inputs({in});
    f.outputs({out});
    return f;
}

TfliteFixture tinyConvNetwork()
{
    using T = fb::TensorType;
    using A = fb::ActivationFunctionType;
    TfliteFixture f;
    const int in = f.activation("image", T::INT8, {1, 16, 16, 1});
    f.quantize(in, {0.0039f}, {-128});
    const int w1 = f.constant("conv/weights", T::INT8, {8, 3, 3, 1});
    f.quantize(w1, std::vector<float>(8, 0.02f), std::vector<int64_t>(8, 0));
    const int b1 = f.constant("conv/bias", T::INT32, {8});
    const int c1 = f.activation("conv", T::INT8, {1, 8, 8, 8});
    const int w2 = f.constant("dw/weights", T::INT8, {1, 3, 3, 8});
    f.quantize(w2, std::vector<float>(8, 0.02f), std::vector<int64_t>(8, 0), 3);
    const int b2 = f.constant("dw/bias", T::INT32, {8});
    const int c2 = f.activation("dw", T::INT8, {1, 8, 8, 8});
    const int p = f.activation("pool", T::INT8, {1, 1, 1, 8});
    const int shape = f.constant("shape", T::INT32, {2});
    const int flat = f.activation("flat", T::INT8, {1, 8});
    const int w3 = f.constant("fc/weights", T::INT8, {4, 8});
    const int b3 = f.constant("fc/bias", T::INT32, {4});
    const int logits = f.activation("logits", T::INT8, {1, 4});
    const int probs = f.activation("probabilities", T::INT8, {1, 4});
    f.quantize(probs, {1.0f / 256}, {-128});
    f.op(tflite::op::Conv2D, {in, w1, b1}, {c1}, TfliteFixture::conv(2, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::DepthwiseConv2D, {c1, w2, b2}, {c2}, TfliteFixture::depthwise(1, fb::Padding::SAME, 1, A::RELU));
    f.op(tflite::op::AveragePool2D, {c2}, {p}, TfliteFixture::pool(8, 8, fb::Padding::VALID));
    f.op(tflite::op::Reshape, {p, shape}, {flat});
    f.op(tflite::op::FullyConnected, {flat, w3, b3}, {logits}, TfliteFixture::fullyConnected());
    f.op(tflite::op::Softmax, {logits}, {probs});
    f.inputs({in});
    f.outputs({probs});
    return f;
}

tinyml::tflite::schema::metadata::ModelMetadataT labelledMetadata(const std::string &name, const std::string &labelsFile)
{
    namespace ms = tinyml::tflite::schema::metadata;
    ms::ModelMetadataT m;
    m.name = name;
    auto subgraph = std::make_unique<ms::SubGraphMetadataT>();
    auto input = std::make_unique<ms::TensorMetadataT>();
    input->name = "input";
    auto output = std::make_unique<ms::TensorMetadataT>();
    output->name = "output";
    auto labels = std::make_unique<ms::AssociatedFileT>();
    labels->name = labelsFile;
    labels->type = ms::AssociatedFileType::TENSOR_AXIS_LABELS;
    output->associated_files.push_back(std::move(labels));
    subgraph->input_tensor_metadata.push_back(std::move(input));
    subgraph->output_tensor_metadata.push_back(std::move(output));
    m.subgraph_metadata.push_back(std::move(subgraph));
    return m;
}

TfliteFixture syntheticClassifier(int seed)
{
    using T = fb::TensorType;
    using A = fb::ActivationFunctionType;
    const int side = 16 + 8 * (seed % 7);
    const int channels = 8 << (seed % 3);
    const int classes = 2 + seed % 11;
    TfliteFixture f;
    const int in = f.activation("input", T::INT8, {1, side, side, 1});
    f.quantize(in, {0.0039f}, {-128});
    const int w1 = f.constant("conv1/weights", T::INT8, {channels, 3, 3, 1});
    f.quantize(w1, std::vector<float>(size_t(channels), 0.02f), std::vector<int64_t>(size_t(channels), 0));
    const int b1 = f.constant("conv1/bias", T::INT32, {channels});
    const int c1 = f.activation("conv1", T::INT8, {1, side / 2, side / 2, channels});
    const int w2 = f.constant("dw/weights", T::INT8, {1, 3, 3, channels});
    f.quantize(w2, std::vector<float>(size_t(channels), 0.02f), std::vector<int64_t>(size_t(channels), 0), 3);
    const int b2 = f.constant("dw/bias", T::INT32, {channels});
    const int c2 = f.activation("dw", T::INT8, {1, side / 2, side / 2, channels});
    const int w3 = f.constant("conv2/weights", T::INT8, {2 * channels, 1, 1, channels});
    f.quantize(w3, std::vector<float>(size_t(2 * channels), 0.02f), std::vector<int64_t>(size_t(2 * channels), 0));
    const int b3 = f.constant("conv2/bias", T::INT32, {2 * channels});
    const int c3 = f.activation("conv2", T::INT8, {1, side / 2, side / 2, 2 * channels});
    const int pooled = f.activation("pool", T::INT8, {1, 1, 1, 2 * channels});
    const int shape = f.constant("shape", T::INT32, {2});
    const int flat = f.activation("flat", T::INT8, {1, 2 * channels});
    const int w4 = f.constant("fc/weights", T::INT8, {classes, 2 * channels});
    const int b4 = f.constant("fc/bias", T::INT32, {classes});
    const int logits = f.activation("logits", T::INT8, {1, classes});
    const int probs = f.activation("probabilities", T::INT8, {1, classes});
    // The seed itself goes into a bias, so equal shapes still make different files.
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[0] = uint8_t(seed & 0xff);
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[1] = uint8_t((seed >> 8) & 0xff);
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[2] = uint8_t((seed >> 16) & 0xff);
    f.op(tflite::op::Conv2D, {in, w1, b1}, {c1}, TfliteFixture::conv(2, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::DepthwiseConv2D, {c1, w2, b2}, {c2}, TfliteFixture::depthwise(1, fb::Padding::SAME, 1, A::RELU6));
    f.op(tflite::op::Conv2D, {c2, w3, b3}, {c3}, TfliteFixture::conv(1, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::AveragePool2D, {c3}, {pooled}, TfliteFixture::pool(side / 2, side / 2, fb::Padding::VALID));
    f.op(tflite::op::Reshape, {pooled, shape}, {flat});
    f.op(tflite::op::FullyConnected, {flat, w4, b4}, {logits}, TfliteFixture::fullyConnected());
    f.op(tflite::op::Softmax, {logits}, {probs});
    f.inputs({in});
    f.outputs({probs});
    return f;
}

std::vector<std::pair<std::string, std::string>> seedModels()
{
    namespace ms = tinyml::tflite::schema::metadata;
    std::vector<std::pair<std::string, std::string>> seeds;
    seeds.emplace_back("dense.tflite", tinyDenseNetwork().bytes());
    seeds.emplace_back("conv.tflite", tinyConvNetwork().bytes());
    {
        TfliteFixture f = tinyConvNetwork();
        f.useLegacyOperatorCodes(true);
        seeds.emplace_back("conv_legacy_codes.tflite", f.bytes());
    }
    {
        TfliteFixture f = tinyConvNetwork();
        ms::ModelMetadataT m = labelledMetadata("Tiny classifier", "labels.txt");
        m.description = "Four classes from a 16x16 image";
        m.author = "TinyML Manager";
        m.license = "MIT";
        m.version = "1";
        f.tfliteMetadata(m);
        f.metadataEntry("min_runtime_version", "1.5.0");
        seeds.emplace_back("conv_metadata.tflite", f.bytes() + storedZip({{"labels.txt", "cat\ndog\nbird\nfish\n"}}));
    }
    {
        TfliteFixture f;
        using T = fb::TensorType;
        const int a = f.activation("a", T::FLOAT32, {1, 10});
        const int state = f.variable("state", T::FLOAT32, {1, 40});
        const int wf = f.constant("wf", T::FLOAT32, {4, 10});
        const int wt = f.constant("wt", T::FLOAT32, {4, 10});
        const int b = f.activation("b", T::FLOAT32, {1, 4});
        const int c = f.activation("c", T::FLOAT32, {1, 4});
        f.op(tflite::op::Svdf, {a, wf, wt, -1, state}, {b});
        f.op(tflite::op::Custom, {b}, {c}, {}, "MyCustomOp");
        f.inputs({a});
        f.outputs({c});
        seeds.emplace_back("svdf_custom.tflite", f.bytes());
    }
    return seeds;
}

} // namespace tinyml::test
