#include "TfliteReader.h"

#include "BuiltinOperator.h"
#include "tflite_generated.h"

#include <flatbuffers/flexbuffers.h>

#include <cstring>

namespace tinyml::tflite {
namespace fb = schema;

namespace {

constexpr uint32_t kSchemaVersion = 3;
// No real model has tensors anywhere near this; a larger product is a hostile or broken file.
constexpr uint64_t kMaxElements = uint64_t(1) << 40;
constexpr int kMaxDepth = 64;
// Far beyond any model a microcontroller or phone runs; a larger graph is refused rather than
// expanded into gigabytes of facts.
constexpr size_t kMaxTensorsPerSubgraph = 100000;
constexpr size_t kMaxOperatorsPerSubgraph = 100000;
constexpr size_t kMaxSubgraphs = 1000;

// FlatBuffers let many offsets point at one table, so a small file could make a naive reader
// copy the same large vector millions of times. A file without such sharing never copies more
// elements than it has bytes; the budget allows that and refuses the rest.
class CopyBudget
{
public:
    explicit CopyBudget(size_t fileSize) : m_left(uint64_t(fileSize) + 1024) { }
    void charge(uint64_t elements)
    {
        if (elements > m_left)
            throw FormatError(
                "the file references the same data many times over (amplified structure); refusing to expand it");
        m_left -= elements;
    }

private:
    uint64_t m_left;
};

// Element by element through memcpy: the verifier checks a vector's alignment only to 4 bytes,
// so the int64 zero points of a hostile file may sit misaligned.
template<typename T, typename U>
std::vector<T> copyVector(const flatbuffers::Vector<U> *v, CopyBudget &budget)
{
    std::vector<T> out;
    if (!v)
        return out;
    budget.charge(v->size());
    out.reserve(v->size());
    const uint8_t *raw = v->Data();
    for (size_t i = 0; i < v->size(); ++i) {
        U value;
        std::memcpy(&value, raw + i * sizeof(U), sizeof(U));
        out.push_back(static_cast<T>(flatbuffers::EndianScalar(value)));
    }
    return out;
}

// The FlexBuffers map of the detection post-processing options; verified first, since it comes
// from the file. Values that are missing or not integers are left unset.
void readDetectionOptions(const flatbuffers::Vector<uint8_t> &bytes, OperatorOptions &options)
{
    if (bytes.size() == 0 || !flexbuffers::VerifyBuffer(bytes.data(), bytes.size()))
        return;
    const flexbuffers::Reference root = flexbuffers::GetRoot(bytes.data(), bytes.size());
    if (!root.IsMap())
        return;
    const flexbuffers::Map map = root.AsMap();
    auto integer = [&](const char *key) -> std::optional<int32_t> {
        const flexbuffers::Reference value = map[key];
        if (!value.IsInt() && !value.IsUInt())
            return std::nullopt;
        const int64_t v = value.AsInt64();
        return v >= 0 && v <= INT32_MAX ? std::optional<int32_t>(int32_t(v)) : std::nullopt;
    };
    options.maxDetections = integer("max_detections");
    options.numClasses = integer("num_classes");
}

class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size), m_budget(size) { }

    ReadResult read();

private:
    std::string copyString(const flatbuffers::String *s)
    {
        if (!s)
            return {};
        m_budget.charge(s->size());
        return std::string(s->c_str(), s->size());
    }

    void readBuffers(const fb::Model &model, Model &out);
    void readOperatorCodes(const fb::Model &model, Model &out);
    Subgraph readSubgraph(const fb::SubGraph &subgraph, size_t index, const Model &model);
    Tensor readTensor(const fb::Tensor &tensor, size_t index, const std::string &where, const Model &model);
    Operator readOperator(const fb::Operator &op, size_t index, size_t tensorCount, const std::string &where,
                          const Model &model);
    void readMetadata(const fb::Model &model, ReadResult &result);
    void readOfflinePlan(const flatbuffers::Vector<uint8_t> &data, ReadResult &result);

    const uint8_t *m_data;
    size_t m_size;
    CopyBudget m_budget;
};

Activation toActivation(fb::ActivationFunctionType a)
{
    const int v = int(a);
    return (v >= 0 && v <= 5) ? Activation(v) : Activation::Unknown;
}

Padding toPadding(fb::Padding p)
{
    const int v = int(p);
    return (v == 0 || v == 1) ? Padding(v) : Padding::Unknown;
}

template<typename Options>
void readConvLike(const Options *o, OperatorOptions &out)
{
    out.padding = toPadding(o->padding());
    out.strideW = o->stride_w();
    out.strideH = o->stride_h();
    out.fusedActivation = toActivation(o->fused_activation_function());
}

OperatorOptions readOptions(const fb::Operator &op, CopyBudget &budget)
{
    OperatorOptions out;
    switch (op.builtin_options_type()) {
    case fb::BuiltinOptions::Conv2DOptions:
        if (auto o = op.builtin_options_as_Conv2DOptions()) {
            readConvLike(o, out);
            out.dilationW = o->dilation_w_factor();
            out.dilationH = o->dilation_h_factor();
        }
        break;
    case fb::BuiltinOptions::DepthwiseConv2DOptions:
        if (auto o = op.builtin_options_as_DepthwiseConv2DOptions()) {
            readConvLike(o, out);
            out.depthMultiplier = o->depth_multiplier();
            out.dilationW = o->dilation_w_factor();
            out.dilationH = o->dilation_h_factor();
        }
        break;
    case fb::BuiltinOptions::Conv3DOptions:
        if (auto o = op.builtin_options_as_Conv3DOptions()) {
            readConvLike(o, out);
            out.dilationW = o->dilation_w_factor();
            out.dilationH = o->dilation_h_factor();
        }
        break;
    case fb::BuiltinOptions::TransposeConvOptions:
        if (auto o = op.builtin_options_as_TransposeConvOptions())
            readConvLike(o, out);
        break;
    case fb::BuiltinOptions::Pool2DOptions:
        if (auto o = op.builtin_options_as_Pool2DOptions()) {
            readConvLike(o, out);
            out.filterW = o->filter_width();
            out.filterH = o->filter_height();
        }
        break;
    case fb::BuiltinOptions::FullyConnectedOptions:
        if (auto o = op.builtin_options_as_FullyConnectedOptions()) {
            out.fusedActivation = toActivation(o->fused_activation_function());
            out.keepNumDims = o->keep_num_dims();
        }
        break;
    case fb::BuiltinOptions::SoftmaxOptions:
        if (auto o = op.builtin_options_as_SoftmaxOptions())
            out.beta = o->beta();
        break;
    case fb::BuiltinOptions::ConcatenationOptions:
        if (auto o = op.builtin_options_as_ConcatenationOptions()) {
            out.axis = o->axis();
            out.fusedActivation = toActivation(o->fused_activation_function());
        }
        break;
    case fb::BuiltinOptions::AddOptions:
        if (auto o = op.builtin_options_as_AddOptions())
            out.fusedActivation = toActivation(o->fused_activation_function());
        break;
    case fb::BuiltinOptions::SubOptions:
        if (auto o = op.builtin_options_as_SubOptions())
            out.fusedActivation = toActivation(o->fused_activation_function());
        break;
    case fb::BuiltinOptions::MulOptions:
        if (auto o = op.builtin_options_as_MulOptions())
            out.fusedActivation = toActivation(o->fused_activation_function());
        break;
    case fb::BuiltinOptions::DivOptions:
        if (auto o = op.builtin_options_as_DivOptions())
            out.fusedActivation = toActivation(o->fused_activation_function());
        break;
    case fb::BuiltinOptions::ReshapeOptions:
        if (auto o = op.builtin_options_as_ReshapeOptions())
            out.newShape = copyVector<int32_t>(o->new_shape(), budget);
        break;
    case fb::BuiltinOptions::ReducerOptions:
        if (auto o = op.builtin_options_as_ReducerOptions())
            out.keepDims = o->keep_dims();
        break;
    case fb::BuiltinOptions::SqueezeOptions:
        if (auto o = op.builtin_options_as_SqueezeOptions())
            out.squeezeDims = copyVector<int32_t>(o->squeeze_dims(), budget);
        break;
    case fb::BuiltinOptions::SplitOptions:
        if (auto o = op.builtin_options_as_SplitOptions())
            out.numSplits = o->num_splits();
        break;
    case fb::BuiltinOptions::GatherOptions:
        if (auto o = op.builtin_options_as_GatherOptions())
            out.axis = o->axis();
        break;
    case fb::BuiltinOptions::LeakyReluOptions:
        if (auto o = op.builtin_options_as_LeakyReluOptions())
            out.alpha = o->alpha();
        break;
    case fb::BuiltinOptions::BatchMatMulOptions:
        if (auto o = op.builtin_options_as_BatchMatMulOptions()) {
            out.adjX = o->adj_x();
            out.adjY = o->adj_y();
        }
        break;
    case fb::BuiltinOptions::LSTMOptions:
        if (auto o = op.builtin_options_as_LSTMOptions())
            out.fusedActivation = toActivation(o->fused_activation_function());
        break;
    case fb::BuiltinOptions::UnidirectionalSequenceLSTMOptions:
        if (auto o = op.builtin_options_as_UnidirectionalSequenceLSTMOptions()) {
            out.fusedActivation = toActivation(o->fused_activation_function());
            out.timeMajor = o->time_major();
        }
        break;
    case fb::BuiltinOptions::SVDFOptions:
        if (auto o = op.builtin_options_as_SVDFOptions()) {
            out.rank = o->rank();
            out.fusedActivation = toActivation(o->fused_activation_function());
        }
        break;
    default: break;
    }
    return out;
}

// Names come from the file: keep control characters out of one-line messages.
std::string printable(const std::string &text)
{
    std::string out;
    for (unsigned char c : text.substr(0, 200))
        out += (c < 0x20 || c == 0x7f) ? '?' : char(c);
    return text.size() > 200 ? out + "..." : out;
}

std::string quotedName(const std::string &name)
{
    return name.empty() ? std::string() : " '" + printable(name) + "'";
}

} // namespace

bool hasTfliteIdentifier(const uint8_t *data, size_t size)
{
    return size >= 8 && flatbuffers::BufferHasIdentifier(data, fb::ModelIdentifier());
}

ReadResult Reader::read()
{
    if (m_size < 8)
        throw FormatError("too small to be a TensorFlow Lite model (" + std::to_string(m_size) + " bytes)",
                          FormatError::Kind::TooSmall);
    if (!hasTfliteIdentifier(m_data, m_size)) {
        std::string id;
        for (size_t i = 4; i < 8; ++i)
            id += (m_data[i] >= 0x20 && m_data[i] < 0x7f) ? char(m_data[i]) : '?';
        throw FormatError("not a TensorFlow Lite model: file identifier is '" + id + "', expected 'TFL3'",
                          FormatError::Kind::NotTflite, id);
    }
    if (m_size >= FLATBUFFERS_MAX_BUFFER_SIZE)
        throw FormatError("larger than a FlatBuffer can be (2 GiB)", FormatError::Kind::TooLarge);

    // Without shared tables a file holds at most one table per 4 bytes; the limit stops a
    // shared-table file from making verification run for ages.
    flatbuffers::Verifier verifier(m_data, m_size, kMaxDepth, uint32_t(m_size / 4 + 64));
    if (!fb::VerifyModelBuffer(verifier))
        throw FormatError("damaged FlatBuffer: a table, vector or string lies outside the file or is malformed",
                          FormatError::Kind::Damaged);

    const fb::Model &model = *fb::GetModel(m_data);
    if (model.version() != kSchemaVersion)
        throw FormatError("schema version " + std::to_string(model.version()) + " is not supported (expected 3)",
                          FormatError::Kind::UnsupportedSchema, std::to_string(model.version()));

    ReadResult result;
    Model &out = result.model;
    out.schemaVersion = model.version();
    out.description = copyString(model.description());
    readBuffers(model, out);
    readOperatorCodes(model, out);

    if (!model.subgraphs() || model.subgraphs()->size() == 0)
        throw FormatError("the model has no subgraph");
    if (model.subgraphs()->size() > kMaxSubgraphs)
        throw FormatError("the model has " + std::to_string(model.subgraphs()->size()) + " subgraphs; at most "
                          + std::to_string(kMaxSubgraphs) + " are read");
    for (size_t i = 0; i < model.subgraphs()->size(); ++i)
        out.subgraphs.push_back(readSubgraph(*model.subgraphs()->Get(flatbuffers::uoffset_t(i)), i, out));

    readMetadata(model, result);
    return result;
}

void Reader::readBuffers(const fb::Model &model, Model &out)
{
    if (!model.buffers())
        return;
    m_budget.charge(model.buffers()->size());
    out.bufferBytes.reserve(model.buffers()->size());
    for (size_t i = 0; i < model.buffers()->size(); ++i) {
        const fb::Buffer *buffer = model.buffers()->Get(flatbuffers::uoffset_t(i));
        uint64_t bytes = buffer->data() ? buffer->data()->size() : 0;
        // Models over 2 GiB keep buffer data after the FlatBuffer, addressed by offset and size.
        if (buffer->offset() > 1) {
            if (buffer->size() > m_size || buffer->offset() > m_size - buffer->size())
                throw FormatError("buffer " + std::to_string(i) + " points outside the file");
            bytes = buffer->size();
        }
        out.bufferBytes.push_back(bytes);
    }
}

void Reader::readOperatorCodes(const fb::Model &model, Model &out)
{
    if (!model.operator_codes())
        return;
    m_budget.charge(model.operator_codes()->size());
    for (size_t i = 0; i < model.operator_codes()->size(); ++i) {
        const fb::OperatorCode *code = model.operator_codes()->Get(flatbuffers::uoffset_t(i));
        OperatorCode c;
        // Files written before the int32 field existed only set the int8 one, and newer files
        // set the int8 one to 127 for codes that do not fit: the larger of the two is the code.
        c.builtinCode = std::max(int32_t(code->builtin_code()), int32_t(code->deprecated_builtin_code()));
        if (c.builtinCode < 0)
            throw FormatError("operator code " + std::to_string(i) + " has the invalid builtin code "
                              + std::to_string(c.builtinCode));
        c.customCode = copyString(code->custom_code());
        c.version = code->version();
        out.operatorCodes.push_back(std::move(c));
    }
}

Subgraph Reader::readSubgraph(const fb::SubGraph &subgraph, size_t index, const Model &model)
{
    Subgraph out;
    out.name = copyString(subgraph.name());
    const std::string where = "subgraph " + std::to_string(index);

    if (subgraph.tensors() && subgraph.tensors()->size() > kMaxTensorsPerSubgraph)
        throw FormatError(where + " has " + std::to_string(subgraph.tensors()->size()) + " tensors; at most "
                          + std::to_string(kMaxTensorsPerSubgraph) + " are read");
    if (subgraph.operators() && subgraph.operators()->size() > kMaxOperatorsPerSubgraph)
        throw FormatError(where + " has " + std::to_string(subgraph.operators()->size()) + " operators; at most "
                          + std::to_string(kMaxOperatorsPerSubgraph) + " are read");
    if (subgraph.tensors()) {
        m_budget.charge(subgraph.tensors()->size());
        out.tensors.reserve(subgraph.tensors()->size());
        for (size_t i = 0; i < subgraph.tensors()->size(); ++i)
            out.tensors.push_back(readTensor(*subgraph.tensors()->Get(flatbuffers::uoffset_t(i)), i, where, model));
    }
    const size_t tensorCount = out.tensors.size();

    auto checkedIndices = [&](const flatbuffers::Vector<int32_t> *v, const char *what) {
        std::vector<int32_t> indices = copyVector<int32_t>(v, m_budget);
        for (int32_t t : indices) {
            if (t < 0 || size_t(t) >= tensorCount)
                throw FormatError(where + ": " + what + " names tensor " + std::to_string(t) + ", but there are "
                                  + std::to_string(tensorCount));
        }
        return indices;
    };
    out.inputs = checkedIndices(subgraph.inputs(), "an input");
    out.outputs = checkedIndices(subgraph.outputs(), "an output");

    if (subgraph.operators()) {
        m_budget.charge(subgraph.operators()->size());
        out.operators.reserve(subgraph.operators()->size());
        for (size_t i = 0; i < subgraph.operators()->size(); ++i)
            out.operators.push_back(
                readOperator(*subgraph.operators()->Get(flatbuffers::uoffset_t(i)), i, tensorCount, where, model));
    }
    return out;
}

Tensor Reader::readTensor(const fb::Tensor &tensor, size_t index, const std::string &where, const Model &model)
{
    Tensor t;
    t.name = copyString(tensor.name());
    const std::string what = where + ", tensor " + std::to_string(index) + quotedName(t.name);

    const int type = int(tensor.type());
    if (type < 0 || type > int(TensorType::Float8E5M2))
        throw FormatError(what + ": unknown tensor type " + std::to_string(type));
    t.type = TensorType(type);

    t.shape = copyVector<int32_t>(tensor.shape(), m_budget);
    uint64_t elements = 1;
    for (size_t d = 0; d < t.shape.size(); ++d) {
        if (t.shape[d] < 0)
            throw FormatError(what + ": dimension " + std::to_string(d) + " is " + std::to_string(t.shape[d]));
        if (t.shape[d] != 0 && elements > kMaxElements / uint64_t(t.shape[d]))
            throw FormatError(what + ": the shape has more than 2^40 elements");
        elements *= uint64_t(t.shape[d]);
    }
    t.shapeSignature = copyVector<int32_t>(tensor.shape_signature(), m_budget);

    t.buffer = tensor.buffer();
    if (t.buffer >= model.bufferBytes.size() && !(t.buffer == 0 && model.bufferBytes.empty()))
        throw FormatError(what + ": names buffer " + std::to_string(t.buffer) + ", but there are "
                          + std::to_string(model.bufferBytes.size()));
    t.dataBytes = model.bufferBytes.empty() ? 0 : model.bufferBytes[t.buffer];
    t.isVariable = tensor.is_variable();

    if (const fb::QuantizationParameters *q = tensor.quantization()) {
        Quantization quant;
        quant.scale = copyVector<float>(q->scale(), m_budget);
        quant.zeroPoint = copyVector<int64_t>(q->zero_point(), m_budget);
        quant.min = copyVector<float>(q->min(), m_budget);
        quant.max = copyVector<float>(q->max(), m_budget);
        quant.quantizedDimension = q->quantized_dimension();
        // Converters write an empty table for unquantised tensors.
        if (!quant.scale.empty() || !quant.zeroPoint.empty() || !quant.min.empty() || !quant.max.empty())
            t.quantization = std::move(quant);
    }
    return t;
}

Operator Reader::readOperator(const fb::Operator &op, size_t index, size_t tensorCount, const std::string &where,
                              const Model &model)
{
    Operator o;
    const std::string what = where + ", operator " + std::to_string(index);
    o.opcodeIndex = op.opcode_index();
    if (o.opcodeIndex >= model.operatorCodes.size())
        throw FormatError(what + ": names operator code " + std::to_string(o.opcodeIndex) + ", but there are "
                          + std::to_string(model.operatorCodes.size()));
    const OperatorCode &code = model.operatorCodes[o.opcodeIndex];
    o.builtinCode = code.builtinCode;
    o.name = code.builtinCode == op::Custom ? code.customCode : builtinOperatorName(code.builtinCode);
    if (o.name.empty())
        o.name = "CUSTOM";

    auto checked = [&](const flatbuffers::Vector<int32_t> *v, const char *role, bool optionalAllowed) {
        std::vector<int32_t> indices = copyVector<int32_t>(v, m_budget);
        for (int32_t t : indices) {
            if ((t == -1 && optionalAllowed) || (t >= 0 && size_t(t) < tensorCount))
                continue;
            throw FormatError(what + " (" + printable(o.name) + "): " + role + " names tensor " + std::to_string(t)
                              + ", but there are " + std::to_string(tensorCount));
        }
        return indices;
    };
    o.inputs = checked(op.inputs(), "an input", true);
    o.outputs = checked(op.outputs(), "an output", false);
    o.intermediates = checked(op.intermediates(), "an intermediate", false);
    o.builtinOptionsType = uint32_t(op.builtin_options_type());
    o.options = readOptions(op, m_budget);
    o.customOptionsBytes = op.custom_options() ? op.custom_options()->size() : 0;
    if (o.name == "TFLite_Detection_PostProcess" && op.custom_options())
        readDetectionOptions(*op.custom_options(), o.options);
    return o;
}

void Reader::readMetadata(const fb::Model &model, ReadResult &result)
{
    if (!model.metadata())
        return;
    m_budget.charge(model.metadata()->size());
    bool sawTfliteMetadata = false;
    for (size_t i = 0; i < model.metadata()->size(); ++i) {
        const fb::Metadata *entry = model.metadata()->Get(flatbuffers::uoffset_t(i));
        MetadataEntry m;
        m.name = copyString(entry->name());
        m.buffer = entry->buffer();
        if (m.buffer >= result.model.bufferBytes.size())
            throw FormatError("metadata '" + printable(m.name) + "' names buffer " + std::to_string(m.buffer)
                              + ", but there are " + std::to_string(result.model.bufferBytes.size()));
        const fb::Buffer *buffer = model.buffers()->Get(m.buffer);
        const flatbuffers::Vector<uint8_t> *data = buffer->data();
        if (m.name == "min_runtime_version" && data) {
            // A fixed-size field padded with NULs.
            const char *text = reinterpret_cast<const char *>(data->data());
            result.minRuntimeVersion.assign(text, strnlen(text, data->size()));
        } else if (m.name.rfind("OfflineMemoryAllocation", 0) == 0 && data) {
            readOfflinePlan(*data, result);
        } else if (m.name == "TFLITE_METADATA" && data && !sawTfliteMetadata) {
            // Only the first: more would only repeat the work (or amplify a hostile file).
            sawTfliteMetadata = true;
            ModelMetadata metadata;
            std::string error;
            if (readModelMetadata(data->data(), data->size(), m_data, m_size, &metadata, &result.warnings, &error))
                result.metadata = std::move(metadata);
            else
                result.warnings.push_back("TFLite Metadata ignored: " + error);
        }
        result.model.metadata.push_back(std::move(m));
    }
}

// [version, subgraph, tensor count, offset per tensor] as uint32, little-endian.
void Reader::readOfflinePlan(const flatbuffers::Vector<uint8_t> &data, ReadResult &result)
{
    const size_t words = data.size() / 4;
    m_budget.charge(words);
    std::vector<int32_t> values(words);
    if (words)
        std::memcpy(values.data(), data.data(), words * 4);
    const size_t tensors = result.model.subgraphs.front().tensors.size();
    if (data.size() % 4 != 0 || words < 3 || values[1] != 0 || size_t(values[2]) != tensors || words != 3 + tensors) {
        result.warnings.push_back(
            "the OfflineMemoryAllocation metadata does not match the first subgraph's tensors; ignored");
        return;
    }
    result.model.offlineOffsets.assign(values.begin() + 3, values.end());
}

ReadResult readModel(const uint8_t *data, size_t size)
{
    return Reader(data, size).read();
}

} // namespace tinyml::tflite
