#include "ModelAnalysisJson.h"

#include "tflite/BuiltinOperator.h"

#include <QJsonArray>

namespace tinyml {
namespace {
using namespace tflite;

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

// JSON numbers are doubles; counts above 2^53 would lose digits, so they go out as strings.
QJsonValue count(uint64_t value)
{
    constexpr uint64_t kExact = uint64_t(1) << 53;
    return value <= kExact ? QJsonValue(double(value)) : QJsonValue(QString::number(value));
}

template<typename T>
QJsonArray array(const std::vector<T> &values)
{
    QJsonArray a;
    for (const T &v : values)
        a.append(double(v));
    return a;
}

QJsonArray strings(const std::vector<std::string> &values)
{
    QJsonArray a;
    for (const std::string &v : values)
        a.append(text(v));
    return a;
}

QJsonObject quantizationJson(const Quantization &q)
{
    QJsonObject o;
    o[QStringLiteral("scale")] = array(q.scale);
    o[QStringLiteral("zero_point")] = array(q.zeroPoint);
    if (!q.min.empty())
        o[QStringLiteral("min")] = array(q.min);
    if (!q.max.empty())
        o[QStringLiteral("max")] = array(q.max);
    o[QStringLiteral("quantized_dimension")] = q.quantizedDimension;
    return o;
}

QJsonObject tensorJson(const Subgraph &subgraph, int32_t index)
{
    const Tensor &t = subgraph.tensors[size_t(index)];
    QJsonObject o;
    o[QStringLiteral("index")] = index;
    o[QStringLiteral("name")] = text(t.name);
    o[QStringLiteral("type")] = QString::fromLatin1(tensorTypeName(t.type));
    o[QStringLiteral("shape")] = array(t.shape);
    if (!t.shapeSignature.empty())
        o[QStringLiteral("shape_signature")] = array(t.shapeSignature);
    if (auto bytes = t.byteSize())
        o[QStringLiteral("bytes")] = count(*bytes);
    o[QStringLiteral("buffer")] = double(t.buffer);
    o[QStringLiteral("buffer_bytes")] = count(t.dataBytes);
    if (t.isVariable)
        o[QStringLiteral("is_variable")] = true;
    if (t.quantization)
        o[QStringLiteral("quantization")] = quantizationJson(*t.quantization);
    return o;
}

QJsonArray tensorList(const Subgraph &subgraph, const std::vector<int32_t> &indices)
{
    QJsonArray a;
    for (int32_t i : indices)
        a.append(tensorJson(subgraph, i));
    return a;
}

QJsonObject optionsJson(const OperatorOptions &o)
{
    QJsonObject j;
    auto put = [&](const char *key, const auto &value) {
        if (value)
            j[QLatin1String(key)] = *value;
    };
    if (o.padding)
        j[QStringLiteral("padding")] = QString::fromLatin1(paddingName(*o.padding));
    put("stride_w", o.strideW);
    put("stride_h", o.strideH);
    put("dilation_w", o.dilationW);
    put("dilation_h", o.dilationH);
    put("filter_width", o.filterW);
    put("filter_height", o.filterH);
    put("depth_multiplier", o.depthMultiplier);
    if (o.fusedActivation)
        j[QStringLiteral("fused_activation")] = QString::fromLatin1(activationName(*o.fusedActivation));
    put("keep_num_dims", o.keepNumDims);
    put("keep_dims", o.keepDims);
    put("axis", o.axis);
    put("num_splits", o.numSplits);
    if (o.beta)
        j[QStringLiteral("beta")] = double(*o.beta);
    if (o.alpha)
        j[QStringLiteral("alpha")] = double(*o.alpha);
    put("adj_x", o.adjX);
    put("adj_y", o.adjY);
    put("time_major", o.timeMajor);
    put("rank", o.rank);
    if (!o.newShape.empty())
        j[QStringLiteral("new_shape")] = array(o.newShape);
    if (!o.squeezeDims.empty())
        j[QStringLiteral("squeeze_dims")] = array(o.squeezeDims);
    return j;
}

QJsonArray operatorsJson(const ModelAnalysis &a)
{
    const Model &model = a.read.model;
    const Subgraph &main = a.mainSubgraph();
    QJsonArray list;
    for (size_t i = 0; i < main.operators.size(); ++i) {
        const Operator &op = main.operators[i];
        QJsonObject o;
        o[QStringLiteral("index")] = double(i);
        o[QStringLiteral("type")] = text(op.name);
        o[QStringLiteral("builtin_code")] = op.builtinCode;
        o[QStringLiteral("version")] = model.operatorCodes[op.opcodeIndex].version;
        if (op.builtinCode == tflite::op::Custom)
            o[QStringLiteral("custom_code")] = text(model.operatorCodes[op.opcodeIndex].customCode);
        o[QStringLiteral("inputs")] = array(op.inputs);
        o[QStringLiteral("outputs")] = array(op.outputs);
        if (!op.intermediates.empty())
            o[QStringLiteral("intermediates")] = array(op.intermediates);
        o[QStringLiteral("options")] = optionsJson(op.options);
        o[QStringLiteral("macs")] = count(a.macs.perOperator[i].paper);
        o[QStringLiteral("macs_complete")] = count(a.macs.perOperator[i].complete);
        list.append(o);
    }
    return list;
}

QJsonArray layersJson(const LayerView &view)
{
    QJsonArray list;
    for (const Layer &l : view.layers) {
        QJsonObject o;
        o[QStringLiteral("operator_index")] = double(l.operatorIndex);
        o[QStringLiteral("role")] = QString::fromLatin1(layerRoleName(l.role));
        o[QStringLiteral("index")] = l.roleIndex;
        o[QStringLiteral("type")] = text(l.type);
        o[QStringLiteral("data_type")] = QString::fromLatin1(tensorTypeName(l.dataType));
        if (l.activation)
            o[QStringLiteral("activation")] = QString::fromLatin1(activationName(*l.activation));
        o[QStringLiteral("input_shape")] = array(l.inputShape);
        o[QStringLiteral("output_shape")] = array(l.outputShape);
        o[QStringLiteral("macs")] = count(l.macs.paper);
        o[QStringLiteral("macs_complete")] = count(l.macs.complete);
        o[QStringLiteral("output_bytes")] = count(l.outputBytes);
        o[QStringLiteral("constant_bytes")] = count(l.constantBytes);
        list.append(o);
    }
    return list;
}

QJsonArray associatedFilesJson(const std::vector<AssociatedFile> &files)
{
    QJsonArray list;
    for (const AssociatedFile &f : files) {
        QJsonObject o;
        o[QStringLiteral("name")] = text(f.name);
        o[QStringLiteral("description")] = text(f.description);
        o[QStringLiteral("type")] = text(f.type);
        if (!f.locale.empty())
            o[QStringLiteral("locale")] = text(f.locale);
        if (!f.labels.empty())
            o[QStringLiteral("labels")] = strings(f.labels);
        list.append(o);
    }
    return list;
}

QJsonArray tensorMetadataJson(const std::vector<TensorMetadata> &tensors)
{
    QJsonArray list;
    for (const TensorMetadata &t : tensors) {
        QJsonObject o;
        o[QStringLiteral("name")] = text(t.name);
        o[QStringLiteral("description")] = text(t.description);
        if (!t.associatedFiles.empty())
            o[QStringLiteral("associated_files")] = associatedFilesJson(t.associatedFiles);
        list.append(o);
    }
    return list;
}

QJsonValue metadataJson(const ReadResult &read)
{
    QJsonObject o;
    if (!read.minRuntimeVersion.empty())
        o[QStringLiteral("min_runtime_version")] = text(read.minRuntimeVersion);
    QJsonArray entries;
    for (const MetadataEntry &e : read.model.metadata)
        entries.append(text(e.name));
    o[QStringLiteral("entries")] = entries;
    if (read.metadata) {
        const ModelMetadata &m = *read.metadata;
        o[QStringLiteral("name")] = text(m.name);
        o[QStringLiteral("description")] = text(m.description);
        o[QStringLiteral("version")] = text(m.version);
        o[QStringLiteral("author")] = text(m.author);
        o[QStringLiteral("license")] = text(m.license);
        if (!m.minParserVersion.empty())
            o[QStringLiteral("min_parser_version")] = text(m.minParserVersion);
        o[QStringLiteral("inputs")] = tensorMetadataJson(m.inputs);
        o[QStringLiteral("outputs")] = tensorMetadataJson(m.outputs);
        o[QStringLiteral("associated_files")] = associatedFilesJson(m.associatedFiles);
    }
    return o;
}

QJsonValue arenaFigure(const ArenaEstimate &arena)
{
    return arena.runnable ? count(arena.arenaBytes) : QJsonValue(QJsonValue::Null);
}

QJsonValue flashFigure(const FlashEstimate &flash)
{
    return flash.complete ? count(flash.flashBytes) : QJsonValue(QJsonValue::Null);
}

QJsonObject arenaJson(const ArenaEstimate &arena)
{
    QJsonObject o;
    o[QStringLiteral("head_bytes")] = count(arena.headBytes);
    o[QStringLiteral("tail_bytes")] = count(arena.tailBytes);
    o[QStringLiteral("variable_bytes")] = count(arena.variableBytes);
    o[QStringLiteral("complete")] = arena.complete;
    o[QStringLiteral("runnable")] = arena.runnable;
    o[QStringLiteral("unsupported_operators")] = strings(arena.unsupportedOperators);
    o[QStringLiteral("unknown_operators")] = strings(arena.unknownOperators);
    o[QStringLiteral("notes")] = strings(arena.notes);
    return o;
}

QJsonObject runtimeNeedsJson(const RuntimeNeeds &needs)
{
    QJsonObject o = arenaJson(needs.arena);
    o[QStringLiteral("arena_bytes")] = arenaFigure(needs.arena);
    o[QStringLiteral("flash_bytes")] = flashFigure(needs.flash);
    o[QStringLiteral("flash_code_bytes")] = count(needs.flash.codeBytes);
    o[QStringLiteral("flash_complete")] = needs.flash.complete;
    o[QStringLiteral("flash_unknown_operators")] = strings(needs.flash.unknownOperators);
    o[QStringLiteral("summary")] = text(needs.runtime->summary);
    return o;
}

} // namespace

QJsonObject analysisToJson(const ModelAnalysis &a, const Runtime &runtime)
{
    const RuntimeNeeds *chosen = a.needsOn(runtime.name);
    Q_ASSERT(chosen);
    const Model &model = a.read.model;
    const Subgraph &main = a.mainSubgraph();
    QJsonObject o;
    o[QStringLiteral("file")] = a.filePath;
    o[QStringLiteral("bytes")] = double(a.bytes);
    o[QStringLiteral("sha256")] = a.sha256;
    o[QStringLiteral("schema_version")] = double(model.schemaVersion);
    o[QStringLiteral("producer")] = text(model.description);
    o[QStringLiteral("subgraphs")] = double(model.subgraphs.size());
    o[QStringLiteral("macs")] = count(a.macs.paperTotal);
    o[QStringLiteral("macs_total")] = count(a.macs.completeTotal);
    o[QStringLiteral("runtime")] = text(runtime.name);
    o[QStringLiteral("flash_bytes")] = flashFigure(chosen->flash);
    o[QStringLiteral("arena_bytes")] = arenaFigure(chosen->arena);
    o[QStringLiteral("activation_peak_bytes")] = count(chosen->arena.activationPeakBytes);
    QJsonObject arena = arenaJson(chosen->arena);
    QJsonObject perRuntime;
    for (const RuntimeNeeds &n : a.needs)
        perRuntime[text(n.runtime->name)] = runtimeNeedsJson(n);
    arena[QStringLiteral("runtimes")] = perRuntime;
    o[QStringLiteral("arena")] = arena;
    o[QStringLiteral("input_shape")] = array(a.layers.inputShape);
    o[QStringLiteral("output_shape")] = array(a.layers.outputShape);
    o[QStringLiteral("inputs")] = tensorList(main, main.inputs);
    o[QStringLiteral("outputs")] = tensorList(main, main.outputs);
    o[QStringLiteral("operators")] = operatorsJson(a);
    o[QStringLiteral("layers")] = layersJson(a.layers);
    std::vector<int32_t> all(main.tensors.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int32_t(i);
    o[QStringLiteral("tensors")] = tensorList(main, all);
    o[QStringLiteral("metadata")] = metadataJson(a.read);
    o[QStringLiteral("warnings")] = strings(a.read.warnings);
    return o;
}

} // namespace tinyml
