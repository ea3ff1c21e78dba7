// The edges of what TFLM 2.4 runs: every operator at versions 1, 2 and 3 (TFLM ignores the
// version, our analyser reads it), and the models TFLM 2.4 cannot allocate, each with the reason
// its resolver or a kernel's Prepare gives.
#include "CoverageModelsBuilder.h"

namespace tinyml::test::coverage {
namespace {

// Each operator three times in a row, its codes at versions 1, 2 and 3 (three operator codes
// with one builtin number: legal, and the way to show the analyser every version in one file).
int threeVersions(Builder &b, int32_t builtin, const std::string &name, int input)
{
    int x = input;
    for (int32_t version = 1; version <= 3; ++version) {
        const int y = b.like(x, name + "_v" + std::to_string(version));
        b.op(builtin, {x}, {y}, noOptions(), version);
        x = y;
    }
    return x;
}

void addUnaryVersions(std::vector<CoverageModel> &m)
{
    Builder b(201);
    const int input = b.f32("input", {1, 4, 4, 4});
    int x = input;
    const struct {
        int32_t builtin;
        const char *name;
    } ops[] = {
        {code::Abs, "abs"},     {code::Ceil, "ceil"},         {code::Cos, "cos"},       {code::Floor, "floor"},
        {code::Log, "log"},     {code::Neg, "neg"},           {code::Round, "round"},   {code::Rsqrt, "rsqrt"},
        {code::Sin, "sin"},     {code::Sqrt, "sqrt"},         {code::Square, "square"}, {code::Relu, "relu"},
        {code::Relu6, "relu6"}, {code::Logistic, "logistic"}, {code::Tanh, "tanh"},
    };
    for (const auto &o : ops)
        x = threeVersions(b, o.builtin, o.name, x);
    m.push_back(b.finish("versions_unary_f32", {input}, {x}, "every float32 unary operator at versions 1, 2 and 3"));
}

void addQuantizedVersions(std::vector<CoverageModel> &m)
{
    Builder b(202);
    const Quant q = {0.05f, 0};
    const int input = b.i8("input", {1, 8, 8, 8}, q);
    int x = input;
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        const auto next = [&](int32_t builtin, const std::string &name, std::vector<int32_t> inputs,
                              schema::BuiltinOptionsUnion options = {}) {
            const int y = b.like(x, name + v);
            b.op(builtin, std::move(inputs), {y}, std::move(options), version);
            x = y;
        };
        const int c = b.constLike(x, "operand" + v, {1, 1, 1, 8});
        next(code::Add, "add", {x, c}, Writer::add());
        next(code::Sub, "sub", {x, c}, Writer::sub());
        next(code::Mul, "mul", {x, c}, Writer::mul());
        next(code::Maximum, "maximum", {x, c});
        next(code::Minimum, "minimum", {x, c});
        next(code::Relu, "relu", {x});
        next(code::Relu6, "relu6", {x});
        const int alpha = b.i8Weights("prelu_alpha" + v, {1, 1, 8}, {0.002f});
        next(code::Prelu, "prelu", {x, alpha});
        const std::vector<float> scales(8, 0.01f);
        std::vector<float> biasScales(8, q.scale * 0.01f);
        const int w = b.i8Weights("conv_weights" + v, {8, 3, 3, 8}, scales, 0);
        const int bias = b.i32Bias("conv_bias" + v, 8, biasScales);
        next(code::Conv2D, "conv", {x, w, bias}, Writer::conv(1, Pad::SAME));
        const int dw = b.i8Weights("dw_weights" + v, {1, 3, 3, 8}, scales, 3);
        const int dwBias = b.i32Bias("dw_bias" + v, 8, biasScales);
        next(code::DepthwiseConv2D, "depthwise", {x, dw, dwBias}, Writer::depthwise(1, Pad::SAME, 1));
        next(code::AveragePool2D, "avg_pool", {x}, Writer::pool(3, 1, Pad::SAME));
        next(code::MaxPool2D, "max_pool", {x}, Writer::pool(3, 1, Pad::SAME));
        const int paddings = b.i32Values("paddings" + v, {4, 2}, {0, 0, 1, 1, 1, 1, 0, 0});
        const int padded = b.like(x, "pad" + v, {1, 10, 10, 8});
        b.op(code::Pad, {x, paddings}, {padded}, Writer::pad(), version);
        const int fill = b.constLike(x, "padv2_value" + v, {1});
        const int padded2 = b.like(x, "padv2" + v, {1, 12, 12, 8});
        b.op(code::PadV2, {padded, paddings, fill}, {padded2}, noOptions(), version);
        const int begin = b.i32Vector("slice_begin" + v, {0, 2, 2, 0});
        const int end = b.i32Vector("slice_end" + v, {1, 10, 10, 8});
        const int strides = b.i32Vector("slice_strides" + v, {1, 1, 1, 1});
        const int sliced = b.like(x, "strided_slice" + v, {1, 8, 8, 8});
        b.op(code::StridedSlice, {padded2, begin, end, strides}, {sliced}, Writer::stridedSlice(0, 0, 0), version);
        const int concatenated = b.like(x, "concatenation" + v, {1, 8, 8, 16});
        b.op(code::Concatenation, {sliced, x}, {concatenated}, Writer::concatenation(3), version);
        const int axis = b.i32Values("split_axis" + v, {}, {3});
        const int half0 = b.like(x, "split" + v + "_0", {1, 8, 8, 8});
        const int half1 = b.like(x, "split" + v + "_1", {1, 8, 8, 8});
        b.op(code::Split, {axis, concatenated}, {half0, half1}, Writer::split(2), version);
        x = b.like(x, "resize_in" + v);
        b.op(code::Add, {half0, half1}, {x}, Writer::add(), version);
        const int size = b.i32Vector("resize_size" + v, {8, 8});
        const int resized = b.like(x, "resize" + v);
        b.op(code::ResizeNearestNeighbor, {x, size}, {resized}, Writer::resizeNearestNeighborOptions(false, false),
             version);
        x = resized;
    }
    // Heads: every version again on the reducing and classifying operators.
    std::vector<int32_t> outputs;
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        const int axes = b.i32Vector("mean_axes" + v, {1, 2});
        const int mean = b.i8("mean" + v, {1, 1, 1, 8}, {0.02f, 0});
        b.op(code::Mean, {x, axes}, {mean}, Writer::reducer(true), version);
        const int flat = b.like(mean, "reshape" + v, {1, 8});
        const int shape = b.i32Vector("reshape_shape" + v, {1, 8});
        b.op(code::Reshape, {mean, shape}, {flat}, Writer::reshape({1, 8}), version);
        const int w = b.i8Weights("fc_weights" + v, {4, 8}, {0.01f});
        const int bias = b.i32Bias("fc_bias" + v, 4, {0.02f * 0.01f});
        const int fc = b.i8("fc" + v, {1, 4}, {0.1f, 0});
        b.op(code::FullyConnected, {flat, w, bias}, {fc}, Writer::fullyConnected(), version);
        const int probabilities = b.i8("softmax" + v, {1, 4}, {1.0f / 256, -128});
        b.op(code::Softmax, {fc}, {probabilities}, Writer::softmax(1.0f), version);
        const int logistic = b.i8("logistic" + v, {1, 4}, {1.0f / 256, -128});
        b.op(code::Logistic, {fc}, {logistic}, noOptions(), version);
        const int tanh = b.i8("tanh" + v, {1, 4}, {1.0f / 128, 0});
        b.op(code::Tanh, {fc}, {tanh}, noOptions(), version);
        const int l2 = b.i8("l2norm" + v, {1, 4}, {1.0f / 128, 0});
        b.op(code::L2Normalization, {fc}, {l2}, Writer::l2NormOptions(), version);
        const int argAxis = b.i32Values("arg_axis" + v, {1}, {1});
        const int amax = b.i32("arg_max" + v, {1});
        b.op(code::ArgMax, {fc, argAxis}, {amax}, Writer::argMaxOptions(Type::INT32), version);
        const int amin = b.i32("arg_min" + v, {1});
        b.op(code::ArgMin, {fc, argAxis}, {amin}, Writer::argMinOptions(Type::INT32), version);
        const int packed = b.i8("pack" + v, {3, 1, 4}, {1.0f / 128, 0});
        b.op(code::Pack, {l2, l2, l2}, {packed}, Writer::packOptions(3, 0), version);
        const int u0 = b.like(packed, "unpack" + v + "_0", {1, 4});
        const int u1 = b.like(packed, "unpack" + v + "_1", {1, 4});
        const int u2 = b.like(packed, "unpack" + v + "_2", {1, 4});
        b.op(code::Unpack, {packed}, {u0, u1, u2}, Writer::unpackOptions(3, 0), version);
        const int deq = b.f32("dequantize" + v, {1, 4});
        b.op(code::Dequantize, {u2}, {deq}, noOptions(), version);
        const int req = b.i8("quantize" + v, {1, 4}, {0.01f, 0});
        b.op(code::Quantize, {deq}, {req}, noOptions(), version);
        outputs.insert(outputs.end(), {probabilities, logistic, tanh, amax, amin, u0, u1, req});
    }
    m.push_back(b.finish("versions_int8", {input}, outputs,
                         "every int8 operator at versions 1, 2 and 3: elementwise, convolutions, pooling, "
                         "padding, slicing, concatenation, split, resize, mean, reshape, FC, softmax, "
                         "logistic, tanh, L2 norm, arg min/max, pack, unpack, (de)quantize"));
}

void addComparisonVersions(std::vector<CoverageModel> &m)
{
    Builder b(203);
    const Shape shape = {1, 4, 4, 4};
    const int x = b.f32("a", shape);
    const int y = b.f32("b", shape);
    int acc = -1;
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        for (int32_t c :
             {code::Equal, code::NotEqual, code::Greater, code::GreaterEqual, code::Less, code::LessEqual}) {
            const int r = b.boolean("compare_" + std::to_string(c) + v, shape);
            b.op(c, {x, y}, {r}, noOptions(), version);
            if (acc < 0) {
                acc = r;
                continue;
            }
            const int orred = b.boolean("or_" + std::to_string(c) + v, shape);
            b.op(code::LogicalOr, {acc, r}, {orred}, noOptions(), version);
            const int anded = b.boolean("and_" + std::to_string(c) + v, shape);
            b.op(code::LogicalAnd, {orred, r}, {anded}, noOptions(), version);
            const int negated = b.boolean("not_" + std::to_string(c) + v, shape);
            b.op(code::LogicalNot, {anded}, {negated}, noOptions(), version);
            acc = negated;
        }
    }
    m.push_back(b.finish("versions_comparisons", {x, y}, {acc},
                         "EQUAL, NOT_EQUAL, GREATER(_EQUAL), LESS(_EQUAL), LOGICAL_AND/OR/NOT at versions 1, 2 and 3"));
}

// The operators the x86 oracle's older resolver lacks, apart, so that the other version models
// stay measurable there.
void addNewerOperatorVersions(std::vector<CoverageModel> &m)
{
    Builder b(204);
    const int input = b.f32("input", {1, 6, 6, 8});
    int x = threeVersions(b, code::HardSwish, "hard_swish", input);
    std::vector<int32_t> outputs;
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        const int axes = b.i32Vector("max_axes" + v, {1, 2});
        const int max = b.f32("reduce_max" + v, {1, 8});
        b.op(code::ReduceMax, {x, axes}, {max}, Writer::reducer(false), version);
        const int shape = b.i32("shape" + v, {4});
        b.op(code::Shape, {x}, {shape}, Writer::shapeOptions(Type::INT32), version);
        const int sizes = b.i32Vector("split_v_sizes" + v, {3, 5});
        const int axis = b.i32Values("split_v_axis" + v, {}, {3});
        const int a = b.f32("split_v" + v + "_0", {1, 6, 6, 3});
        const int c = b.f32("split_v" + v + "_1", {1, 6, 6, 5});
        b.op(code::SplitV, {x, sizes, axis}, {a, c}, Writer::splitVOptions(2), version);
        outputs.insert(outputs.end(), {max, shape, a, c});
    }
    const int inScale = b.i8("svdf_input", {1, 16}, {0.05f, 0});
    int s = inScale;
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        const int wf = b.i8Weights("svdf_weights_feature" + v, {8, 16}, {0.004f});
        const int wt = b.i16Weights("svdf_weights_time" + v, {8, 4}, 0.0001f);
        const int bias = b.i32Bias("svdf_bias" + v, 4, {0.0002f * 0.0001f});
        const int state = b.writer().variable("svdf_state" + v, Type::INT16, {1, 32});
        b.writer().quantize(state, {0.0002f}, {0});
        const int y = b.i8("svdf" + v, {1, 4}, {0.05f, 0});
        b.op(code::Svdf, {s, wf, wt, bias, state}, {y}, Writer::svdf(2), version);
        const int wide = b.i8("svdf_widen" + v, {1, 16}, {0.05f, 0});
        const int wideW = b.i8Weights("svdf_widen_weights" + v, {16, 4}, {0.01f});
        const int wideB = b.i32Bias("svdf_widen_bias" + v, 16, {0.05f * 0.01f});
        b.op(code::FullyConnected, {y, wideW, wideB}, {wide}, Writer::fullyConnected());
        s = wide;
    }
    outputs.push_back(s);
    std::vector<int32_t> inputs = {input, inScale};
    const int anchors = 16;
    std::vector<float> anchorValues;
    for (int i = 0; i < anchors; ++i)
        anchorValues.insert(anchorValues.end(), {(float(i / 4) + 0.5f) / 4, (float(i % 4) + 0.5f) / 4, 0.3f, 0.3f});
    const int anchorTensor = b.f32Values("anchors", {anchors, 4}, anchorValues);
    for (int32_t version = 1; version <= 3; ++version) {
        const std::string v = "_v" + std::to_string(version);
        const int boxes = b.f32("box_encodings" + v, {1, anchors, 4});
        const int scores = b.f32("class_predictions" + v, {1, anchors, 3});
        std::vector<int32_t> detections = {b.f32("detection_boxes" + v, {1, 5, 4}),
                                           b.f32("detection_classes" + v, {1, 5}),
                                           b.f32("detection_scores" + v, {1, 5}), b.f32("num_detections" + v, {1})};
        b.custom("TFLite_Detection_PostProcess", {boxes, scores, anchorTensor}, detections, detectionOptions(5, 2),
                 version);
        inputs.insert(inputs.end(), {boxes, scores});
        outputs.insert(outputs.end(), detections.begin(), detections.end());
    }
    m.push_back(b.finish("versions_newer_ops", inputs, outputs,
                         "HARD_SWISH, REDUCE_MAX, SHAPE, SPLIT_V, TFLite_Detection_PostProcess (which the x86 oracle "
                         "lacks) and int8 SVDF at versions 1, 2 and 3"));
}

} // namespace

void addVersionModels(std::vector<CoverageModel> &models)
{
    addUnaryVersions(models);
    addQuantizedVersions(models);
    addComparisonVersions(models);
    addNewerOperatorVersions(models);
}

namespace {

CoverageModel unsupportedUnary(const std::string &name, int32_t builtin, Type type, Quant q,
                               const std::string &description, const std::string &whyNot,
                               schema::BuiltinOptionsUnion options = {})
{
    Builder b(seedOf(name));
    const Shape shape = {1, 8, 8, 4};
    const int x = b.tensor("input", type, shape, type == Type::FLOAT32 ? std::optional<Quant>() : q);
    const int y = b.like(x, "output");
    b.op(builtin, {x}, {y}, std::move(options));
    return b.unsupported(name, {x}, {y}, description, whyNot);
}

} // namespace

void addUnsupportedModels(std::vector<CoverageModel> &m)
{
    const std::string notRegistered = " is not registered in TFLM 2.4's AllOpsResolver";
    const std::string olderKernel = "find-arena-size allocates it: its older kernel does not make this check";
    m.push_back(unsupportedUnary("leaky_relu_i8", code::LeakyRelu, Type::INT8, {0.05f, 0}, "LEAKY_RELU on int8",
                                 "LEAKY_RELU" + notRegistered, Writer::leakyRelu(0.2f)));
    {
        Builder b(301);
        const int x = b.f32("input", {1, 1, 1, 16});
        const int y = b.f32("squeezed", {1, 16});
        b.op(code::Squeeze, {x}, {y}, Writer::squeeze({1, 2}));
        const int z = fullyConnected(b, "fc", y, 4);
        m.push_back(b.unsupported("squeeze_f32", {x}, {z}, "SQUEEZE of H and W before a FULLY_CONNECTED",
                                  "SQUEEZE" + notRegistered + " (converters write RESHAPE for micro models)"));
    }
    {
        Builder b(302);
        const int x = b.f32("input", {1, 8, 8, 8});
        const int outShape = b.i32Vector("output_shape", {1, 16, 16, 4});
        const int w = b.f32Const("weights", {4, 3, 3, 8});
        const int y = b.f32("upsampled", {1, 16, 16, 4});
        b.op(code::TransposeConv, {outShape, w, x}, {y}, Writer::transposeConv(2, Pad::SAME));
        m.push_back(b.unsupported(
            "transpose_conv_f32", {x}, {y}, "TRANSPOSE_CONV, stride 2",
            "TRANSPOSE_CONV: its kernel ships with TFLM 2.4 but the AllOpsResolver does not register it"));
    }
    {
        Builder b(303);
        const int x = b.f32("a", {1, 8, 8, 4});
        const int y = b.f32Const("b", {1, 1, 1, 4}, 0.5f, 2.0f);
        const int z = b.f32("quotient", {1, 8, 8, 4});
        schema::DivOptionsT o;
        schema::BuiltinOptionsUnion u;
        u.Set(std::move(o));
        b.op(code::Div, {x, y}, {z}, std::move(u));
        m.push_back(b.unsupported("div_f32", {x}, {z}, "DIV by a per-channel constant", "DIV" + notRegistered));
    }
    {
        // One LSTM layer over 8 time steps, as Keras LSTM(16) converts: 24 inputs (gates'
        // weights and biases, peepholes and projection absent), variable states.
        Builder b(304);
        const int steps = 8, features = 12, units = 16;
        const int x = b.f32("input", {1, steps, features});
        std::vector<int32_t> inputs = {x};
        const char *gates[] = {"input", "forget", "cell", "output"};
        for (const char *g : gates)
            inputs.push_back(b.f32Const(std::string("lstm/") + g + "_input_weights", {units, features}));
        for (const char *g : gates)
            inputs.push_back(b.f32Const(std::string("lstm/") + g + "_recurrent_weights", {units, units}));
        inputs.insert(inputs.end(), {-1, -1, -1}); // peepholes
        for (const char *g : gates)
            inputs.push_back(b.f32Const(std::string("lstm/") + g + "_bias", {units}));
        inputs.insert(inputs.end(), {-1, -1}); // projection
        inputs.push_back(b.writer().variable("lstm/output_state", Type::FLOAT32, {1, units}));
        inputs.push_back(b.writer().variable("lstm/cell_state", Type::FLOAT32, {1, units}));
        const int y = b.f32("lstm", {1, steps, units});
        b.op(code::UnidirectionalSequenceLstm, inputs, {y}, Writer::unidirectionalSequenceLstm(Act::TANH, false));
        const int last = fullyConnected(b, "fc", reshape(b, "flatten", y, {1, steps * units}), 4);
        m.push_back(b.unsupported("unidirectional_sequence_lstm_f32", {x}, {last},
                                  "UNIDIRECTIONAL_SEQUENCE_LSTM, 8 steps x 12 features, 16 units, then FC",
                                  "UNIDIRECTIONAL_SEQUENCE_LSTM" + notRegistered
                                      + " (see gru_unrolled_* for a recurrent cell TFLM 2.4 runs)"));
    }
    {
        // The quantised kernel requires input scale / 128 <= output scale; here it is 8 times
        // larger.
        Builder b(305);
        const int x = b.i8("input", {1, 8, 8, 4}, {1.0f, 0});
        const int y = b.i8("output", {1, 8, 8, 4}, {0.001f, 0});
        b.op(code::HardSwish, {x}, {y});
        m.push_back(b.unsupported("hard_swish_i8_rescale_up", {x}, {y},
                                  "HARD_SWISH int8, output scale 1/1000 of the input's",
                                  "HARD_SWISH int8: Prepare requires output multiplier exponent <= 0 "
                                  "(input scale / 128 <= output scale)"));
    }
    {
        Builder b(306);
        const int x = b.f32("input", {1, 8, 8, 4});
        const int size = b.i32("size", {2});
        const int y = b.f32("resized", {1, 16, 16, 4});
        b.op(code::ResizeNearestNeighbor, {x, size}, {y}, Writer::resizeNearestNeighborOptions(false, false));
        m.push_back(b.unsupported("resize_dynamic_size_f32", {x, size}, {y},
                                  "RESIZE_NEAREST_NEIGHBOR whose size is a model input",
                                  "RESIZE_NEAREST_NEIGHBOR: Prepare requires a constant size tensor "
                                  "(\"Dynamic tensors are unsupported in tfmicro\")"));
        m.back().x86OracleDiffers = olderKernel;
    }
    {
        Builder b(307);
        const int x = b.i8("input", {1, 8, 8, 8}, {0.05f, 0});
        const int axis = b.i32("axis", {});
        const int s0 = b.like(x, "split_0", {1, 8, 8, 4});
        const int s1 = b.like(x, "split_1", {1, 8, 8, 4});
        b.op(code::Split, {axis, x}, {s0, s1}, Writer::split(2));
        m.push_back(b.unsupported("split_dynamic_axis_i8", {axis, x}, {s0, s1}, "SPLIT whose axis is a model input",
                                  "SPLIT: Prepare requires a constant axis tensor"));
        m.back().x86OracleDiffers = olderKernel;
    }
    {
        Builder b(308);
        const int x = b.f32("input", {1, 8, 8, 4});
        const int paddings = b.i32("paddings", {4, 2});
        const int y = b.f32("padded", {1, 10, 10, 4});
        b.op(code::Pad, {x, paddings}, {y}, Writer::pad());
        m.push_back(b.unsupported("pad_dynamic_paddings_f32", {x, paddings}, {y},
                                  "PAD whose paddings are a model input", "PAD: Prepare requires constant paddings"));
    }
    {
        Builder b(309);
        const int x = b.i8("logits", {1, 10}, {0.1f, 0});
        const int y = b.i8("probabilities", {1, 10}, {1.0f / 255, -128});
        b.op(code::Softmax, {x}, {y}, Writer::softmax(1.0f));
        m.push_back(b.unsupported("softmax_i8_wrong_output_scale", {x}, {y}, "SOFTMAX int8 with output scale 1/255",
                                  "SOFTMAX int8: Prepare requires output scale 1/256 and zero point -128"));
        m.back().x86OracleDiffers = olderKernel;
    }
    {
        Builder b(310);
        const int x = b.i8("input", {1, 16}, {0.1f, 0});
        const int y = b.i8("output", {1, 16}, {1.0f / 256, 0});
        b.op(code::Logistic, {x}, {y});
        m.push_back(b.unsupported("logistic_i8_wrong_zero_point", {x}, {y}, "LOGISTIC int8 with output zero point 0",
                                  "LOGISTIC int8: Prepare requires output zero point -128"));
        m.back().x86OracleDiffers = olderKernel;
    }
    {
        Builder b(311);
        const int x = b.f32("input", {1, 32});
        const int w = b.i8Weights("fc/weights", {8, 32}, {0.01f});
        const int bias = b.f32Const("fc/bias", {8});
        const int y = b.f32("fc", {1, 8});
        b.op(code::FullyConnected, {x, w, bias}, {y}, Writer::fullyConnected(), 3);
        m.push_back(b.unsupported("fc_hybrid", {x}, {y},
                                  "FULLY_CONNECTED hybrid: float32 input, int8 weights (version 3)",
                                  "FULLY_CONNECTED: \"Hybrid models are not supported on TFLite Micro\""));
    }
    {
        Builder b(312);
        const int x = b.u8("input", {1, 8, 8, 4}, {0.05f, 128});
        const int w = b.i8Weights("conv/weights", {8, 3, 3, 4}, std::vector<float>(8, 0.01f), 0);
        const int bias = b.i32Bias("conv/bias", 8, std::vector<float>(8, 0.05f * 0.01f));
        const int y = b.u8("conv", {1, 8, 8, 8}, {0.1f, 128});
        b.op(code::Conv2D, {x, w, bias}, {y}, Writer::conv(1, Pad::SAME));
        m.push_back(b.unsupported("conv_u8_per_channel", {x}, {y}, "CONV_2D uint8 input with per-channel int8 weights",
                                  "CONV_2D: per-channel quantisation requires int8 (or int16) input"));
    }
    {
        Builder b(313);
        const int x = b.f32("a", {1, 2, 4, 4, 3});
        const int y = b.f32("b", {1, 2, 4, 4, 3});
        const int z = b.f32("concatenated", {1, 2, 4, 4, 6});
        b.op(code::Concatenation, {x, y}, {z}, Writer::concatenation(4));
        m.push_back(b.unsupported("concatenation_5d_f32", {x, y}, {z}, "CONCATENATION of 5-D tensors",
                                  "CONCATENATION: TFLM 2.4 supports at most 4 dimensions"));
    }
    {
        Builder b(315);
        const int x = b.f32("input", {1, 4, 4, 2});
        std::vector<int32_t> parts;
        for (int i = 0; i < 11; ++i)
            parts.push_back(unary(b, code::Relu, "branch" + std::to_string(i), x));
        const int y = concatenation(b, "concat", parts, 3);
        m.push_back(b.unsupported("concatenation_11_inputs_f32", {x}, {y}, "CONCATENATION of 11 tensors",
                                  "CONCATENATION: TFLM 2.4 takes at most 10 inputs (kMaxInputNum)"));
    }
    {
        // UNPACK's second output is neither read nor a model output.
        Builder b(316);
        const int x = b.i8("input", {2, 8, 8}, {0.05f, 0});
        const int first = b.like(x, "first", {8, 8});
        const int second = b.like(x, "second", {8, 8});
        b.op(code::Unpack, {x}, {first, second}, Writer::unpackOptions(2, 0));
        const int y = unary(b, code::Relu, "relu", first);
        m.push_back(b.unsupported("dangling_output_i8", {x}, {y},
                                  "an operator output that nothing reads and is no model output",
                                  "TFLM 2.4's memory planner: \"Logic error in memory planner, tensor has an invalid "
                                  "lifetime\" (produced, never used)"));
    }
    {
        Builder b(314);
        const int x = b.f32("input", {1, 16, 16, 3});
        const int y = b.f32("features", {1, 16, 16, 8});
        b.custom("MyUnknownOp", {x}, {y}, {});
        m.push_back(b.unsupported("custom_unknown_op", {x}, {y}, "a CUSTOM operator TFLM does not know",
                                  "CUSTOM \"MyUnknownOp\" is not registered (no kernel)"));
    }
    {
        Builder b(317);
        const int x = b.i8("logits", {1, 10}, {0.1f, 0});
        const int y = b.i8("probabilities", {1, 10}, {1.0f / 256, -128});
        b.op(code::Softmax, {x}, {y});
        m.push_back(b.unsupported("softmax_i8_without_options", {x}, {y},
                                  "SOFTMAX int8 without SoftmaxOptions (beta 0)",
                                  "SOFTMAX int8: PreprocessSoftmaxScaling aborts unless beta x input scale "
                                  "exceeds 1 in Q5.26"));
        m.back().x86OracleDiffers = olderKernel;
    }
    {
        Builder b(318);
        const int x = b.i8("input", {1, 16}, {0.05f, 0});
        const int w = b.i8Weights("fc/weights", {4, 16}, {0.004f});
        const int bias = b.i32Bias("fc/bias", 4, {0.01f});
        const int y = b.i8("fc", {1, 4}, {0.02f, 0});
        b.op(code::FullyConnected, {x, w, bias}, {y}, Writer::fullyConnected());
        m.push_back(b.unsupported("fully_connected_i8_bias_scale_mismatch", {x}, {y},
                                  "FULLY_CONNECTED int8 whose bias scale is not input x weight scale",
                                  "FULLY_CONNECTED: GetQuantizedConvolutionMultipler refuses a bias scale off by "
                                  "more than 2 % of the output scale"));
    }
}

} // namespace tinyml::test::coverage
