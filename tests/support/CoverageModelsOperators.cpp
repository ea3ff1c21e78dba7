// One small model per operator and tensor type that TFLM 2.4's kernels accept (read from each
// kernel's Prepare and Eval in micro/kernels and micro/kernels/cmsis-nn): float32 and int8 one
// model each, the cheaper uint8, int16, int32 and bool paths grouped into a few models.
#include "CoverageModelsBuilder.h"

#include <flatbuffers/flexbuffers.h>

namespace tinyml::test::coverage {
namespace {

const Quant kIn = {0.05f, 2};        // a typical int8 activation
const Quant kOther = {0.04f, -5};    // a second operand with its own parameters
const Shape kImage = {1, 10, 10, 8}; // small enough to emulate quickly, 4-D for every kernel

// input -> builtin -> output, the output keeping the input's quantisation unless `out` is set.
CoverageModel unaryModel(const std::string &name, int32_t builtin, Type type, const std::string &description,
                         Shape shape = kImage, Quant in = kIn, Quant out = {})
{
    Builder b(seedOf(name));
    const int x = b.tensor("input", type, shape, type == Type::FLOAT32 ? std::optional<Quant>() : in);
    const int y = out.scale > 0 ? b.tensor("output", type, shape, out) : b.like(x, "output");
    b.op(builtin, {x}, {y});
    return b.finish(name, {x}, {y}, description);
}

void addElementwiseFloat(std::vector<CoverageModel> &m)
{
    // TFLM 2.4's elementwise.cpp, floor.cpp, ceil.cpp, round.cpp and neg.cpp: float32 only.
    m.push_back(
        unaryModel("abs_f32", code::Abs, Type::FLOAT32, "ABS, float32 (the only type elementwise.cpp accepts)"));
    m.push_back(unaryModel("ceil_f32", code::Ceil, Type::FLOAT32, "CEIL, float32"));
    m.push_back(unaryModel("cos_f32", code::Cos, Type::FLOAT32, "COS, float32"));
    m.push_back(unaryModel("floor_f32", code::Floor, Type::FLOAT32, "FLOOR, float32"));
    m.push_back(unaryModel("log_f32", code::Log, Type::FLOAT32, "LOG, float32"));
    m.push_back(unaryModel("neg_f32", code::Neg, Type::FLOAT32, "NEG, float32 (int8 fails in Eval)"));
    m.push_back(unaryModel("round_f32", code::Round, Type::FLOAT32, "ROUND, float32"));
    m.push_back(unaryModel("rsqrt_f32", code::Rsqrt, Type::FLOAT32, "RSQRT, float32"));
    m.push_back(unaryModel("sin_f32", code::Sin, Type::FLOAT32, "SIN, float32"));
    m.push_back(unaryModel("sqrt_f32", code::Sqrt, Type::FLOAT32, "SQRT, float32"));
    m.push_back(unaryModel("square_f32", code::Square, Type::FLOAT32, "SQUARE, float32"));
}

void addActivations(std::vector<CoverageModel> &m)
{
    m.push_back(unaryModel("relu_f32", code::Relu, Type::FLOAT32, "RELU, float32"));
    m.push_back(unaryModel("relu_i8", code::Relu, Type::INT8, "RELU, int8 requantising to its own output scale", kImage,
                           kIn, {0.03f, -128}));
    m.push_back(unaryModel("relu6_f32", code::Relu6, Type::FLOAT32, "RELU6, float32"));
    m.push_back(unaryModel("relu6_i8", code::Relu6, Type::INT8, "RELU6, int8 (clamps in the input's scale)"));
    m.push_back(unaryModel("logistic_f32", code::Logistic, Type::FLOAT32, "LOGISTIC, float32"));
    m.push_back(unaryModel("logistic_i8", code::Logistic, Type::INT8,
                           "LOGISTIC, int8, output scale 1/256 zero point -128", kImage, {0.1f, 0},
                           {1.0f / 256, -128}));
    m.push_back(unaryModel("tanh_f32", code::Tanh, Type::FLOAT32, "TANH, float32"));
    m.push_back(unaryModel("tanh_i8", code::Tanh, Type::INT8, "TANH, int8, output scale 1/128 zero point 0", kImage,
                           {0.1f, 0}, {1.0f / 128, 0}));
    m.push_back(unaryModel("hard_swish_f32", code::HardSwish, Type::FLOAT32, "HARD_SWISH, float32"));
    {
        // The quantised kernel needs input scale / 128 <= output scale (its output exponent
        // must be <= 0). uint8 rides along here: the x86 oracle lacks HARD_SWISH, so the
        // operator stays out of the other models.
        Builder b(20);
        const int x = b.i8("input", kImage, {0.05f, 0});
        const int y = b.i8("output", kImage, {0.03f, -40});
        b.op(code::HardSwish, {x}, {y});
        const int xu = b.u8("input_uint8", kImage, {0.05f, 128});
        const int yu = b.u8("output_uint8", kImage, {0.03f, 88});
        b.op(code::HardSwish, {xu}, {yu});
        m.push_back(b.finish("hard_swish_i8_u8", {x, xu}, {y, yu}, "HARD_SWISH, int8 and uint8"));
    }

    for (Type type : {Type::FLOAT32, Type::INT8}) {
        const bool f = type == Type::FLOAT32;
        Builder b(f ? 21 : 22);
        const int x = f ? b.f32("input", kImage) : b.i8("input", kImage, kIn);
        const int alpha = f ? b.f32Const("alpha", {1, 1, 8}, 0.0f, 0.3f) : b.i8Weights("alpha", {1, 1, 8}, {0.002f});
        const int y = f ? b.f32("output", kImage) : b.i8("output", kImage, {0.04f, 0});
        b.op(code::Prelu, {x, alpha}, {y});
        m.push_back(
            b.finish(f ? "prelu_f32" : "prelu_i8", {x}, {y}, "PRELU with a per-channel alpha broadcast over H and W"));
    }

    for (Type type : {Type::FLOAT32, Type::INT8}) {
        const bool f = type == Type::FLOAT32;
        Builder b(f ? 23 : 24);
        const Shape shape = {1, 6, 6, 16};
        const int x = f ? b.f32("input", shape) : b.i8("input", shape, {0.05f, 0});
        const int y = f ? b.f32("output", shape) : b.i8("output", shape, {1.0f / 128, 0});
        b.op(code::L2Normalization, {x}, {y}, Writer::l2NormOptions());
        m.push_back(b.finish(f ? "l2norm_f32" : "l2norm_i8", {x}, {y},
                             f ? "L2_NORMALIZATION over the channels, float32"
                               : "L2_NORMALIZATION over the channels, int8 output scale 1/128"));
    }
}

void addBinary(std::vector<CoverageModel> &m)
{
    const struct {
        int32_t builtin;
        const char *name;
    } ops[] = {
        {code::Add, "add"},         {code::Sub, "sub"},         {code::Mul, "mul"},
        {code::Maximum, "maximum"}, {code::Minimum, "minimum"},
    };
    for (const auto &o : ops) {
        for (Type type : {Type::FLOAT32, Type::INT8}) {
            const bool f = type == Type::FLOAT32;
            const bool rescales = o.builtin == code::Add || o.builtin == code::Sub || o.builtin == code::Mul;
            Builder b(uint64_t(o.builtin) * 2 + (f ? 0 : 1));
            const int x = f ? b.f32("a", kImage) : b.i8("a", kImage, kIn);
            // MAXIMUM and MINIMUM do not requantise: the second operand shares the first's scale.
            const int y = f ? b.f32("b", kImage) : b.i8("b", kImage, rescales ? kOther : kIn);
            const Act act = o.builtin == code::Maximum || o.builtin == code::Minimum ? Act::NONE : Act::RELU;
            const int same = binary(b, o.builtin, "same_shape", x, y, rescales ? Quant{0.08f, -20} : Quant{}, act);
            // Broadcasting a per-channel constant, as a folded batch norm or a bias does.
            const int c = b.constLike(same, "per_channel", {1, 1, 1, 8});
            const int out = binary(b, o.builtin, "broadcast", same, c, rescales ? Quant{0.1f, 3} : Quant{});
            m.push_back(b.finish(std::string(o.name) + (f ? "_f32" : "_i8"), {x, y}, {out},
                                 std::string(f ? "float32" : "int8") + " elementwise, same shapes"
                                     + (act == Act::RELU ? " with fused RELU" : "") + ", then broadcasting [1,1,1,C]"));
        }
    }
}

void addConvolutions(std::vector<CoverageModel> &m)
{
    {
        Builder b(31);
        const int x = b.f32("input", {1, 16, 16, 3});
        int y = conv2d(b, "conv_3x3", x, {8, 3, 1, Pad::SAME, Act::RELU});
        y = conv2d(b, "conv_3x3_s2_valid", y, {12, 3, 2, Pad::VALID, Act::RELU6});
        y = conv2d(b, "conv_1x1", y, {16, 1, 1, Pad::SAME});
        m.push_back(b.finish("conv_f32", {x}, {y}, "CONV_2D float32: 3x3 SAME RELU, 3x3 stride 2 VALID RELU6, 1x1"));
    }
    {
        Builder b(32);
        const int x = b.f32("input", {1, 16, 16, 4});
        const int y = conv2d(b, "conv_dilated", x, {8, 3, 1, Pad::SAME, Act::NONE, 2});
        m.push_back(b.finish("conv_dilated_f32", {x}, {y}, "CONV_2D float32, 3x3 with dilation 2"));
    }
    for (bool perChannel : {false, true}) {
        Builder b(perChannel ? 34 : 33);
        const int x = b.i8("input", {1, 16, 16, 3}, {0.0078f, -1});
        int y = conv2d(b, "conv_3x3", x, {8, 3, 1, Pad::SAME, Act::RELU, 1, perChannel}, {0.03f, -128});
        y = conv2d(b, "conv_3x3_s2_valid", y, {12, 3, 2, Pad::VALID, Act::RELU6, 1, perChannel}, {0.024f, -128});
        y = conv2d(b, "conv_5x5_dilated", y, {12, 5, 1, Pad::SAME, Act::NONE, 2, perChannel}, {0.05f, 5});
        y = conv2d(b, "conv_1x1", y, {16, 1, 1, Pad::SAME, Act::NONE, 1, perChannel}, {0.06f, -3});
        m.push_back(b.finish(perChannel ? "conv_i8_per_channel" : "conv_i8_per_tensor", {x}, {y},
                             std::string("CONV_2D int8 with ") + (perChannel ? "per-channel" : "per-tensor")
                                 + " weights: 3x3 SAME RELU, 3x3 stride 2 VALID RELU6, 5x5 dilation 2, 1x1"));
    }
    {
        Builder b(35);
        const int x = b.f32("input", {1, 16, 16, 8});
        int y = depthwise(b, "dw_3x3", x, {8, 3, 1, Pad::SAME, Act::RELU});
        y = depthwise(b, "dw_3x3_s2_m2", y, {16, 3, 2, Pad::VALID, Act::RELU6}, 2);
        m.push_back(b.finish("depthwise_f32", {x}, {y},
                             "DEPTHWISE_CONV_2D float32: 3x3 SAME RELU, 3x3 stride 2 VALID multiplier 2"));
    }
    {
        Builder b(36);
        const int x = b.f32("input", {1, 16, 16, 8});
        const int y = depthwise(b, "dw_dilated", x, {8, 3, 1, Pad::SAME, Act::NONE, 2});
        m.push_back(b.finish("depthwise_dilated_f32", {x}, {y}, "DEPTHWISE_CONV_2D float32, dilation 2 (version 2)"));
    }
    for (bool perChannel : {false, true}) {
        Builder b(perChannel ? 38 : 37);
        const int x = b.i8("input", {1, 16, 16, 8}, {0.03f, -128});
        int y = depthwise(b, "dw_3x3", x, {8, 3, 1, Pad::SAME, Act::RELU6, 1, perChannel}, 1, {0.024f, -128});
        y = depthwise(b, "dw_3x3_s2_m2", y, {16, 3, 2, Pad::SAME, Act::NONE, 1, perChannel}, 2, {0.05f, 0});
        y = depthwise(b, "dw_5x5_dilated", y, {16, 5, 1, Pad::SAME, Act::RELU, 2, perChannel}, 1, {0.04f, -128});
        m.push_back(b.finish(perChannel ? "depthwise_i8_per_channel" : "depthwise_i8_per_tensor", {x}, {y},
                             std::string("DEPTHWISE_CONV_2D int8 with ") + (perChannel ? "per-channel" : "per-tensor")
                                 + " weights: 3x3 RELU6, stride 2 multiplier 2, 5x5 dilation 2 RELU"));
    }
}

void addFullyConnected(std::vector<CoverageModel> &m)
{
    {
        Builder b(41);
        const int x = b.f32("input", {1, 64});
        int y = fullyConnected(b, "fc_relu", x, 32, Act::RELU);
        y = fullyConnected(b, "fc", y, 10);
        m.push_back(b.finish("fc_f32", {x}, {y}, "FULLY_CONNECTED float32, with and without fused RELU"));
    }
    {
        Builder b(42);
        const int x = b.i8("input", {1, 64}, {0.05f, -128});
        int y = fullyConnected(b, "fc_relu", x, 32, Act::RELU, {0.06f, -128});
        y = fullyConnected(b, "fc", y, 10, Act::NONE, {0.1f, 4});
        m.push_back(b.finish("fc_i8", {x}, {y}, "FULLY_CONNECTED int8, with and without fused RELU"));
    }
    {
        // Batch 4 and a missing bias (input -1, version 6), as Keras Dense(use_bias=False) writes.
        Builder b(43);
        const int x = b.f32("input", {4, 32});
        const int w = b.f32Const("fc_no_bias/weights", {16, 32});
        const int yf = b.f32("fc_no_bias", {4, 16});
        b.op(code::FullyConnected, {x, w, -1}, {yf}, Writer::fullyConnected(Act::NONE));
        const int xi = b.i8("input_int8", {4, 32}, {0.05f, 0});
        const int wi = b.i8Weights("fc_no_bias_int8/weights", {16, 32}, {0.005f});
        const int yi = b.i8("fc_no_bias_int8", {4, 16}, {0.08f, 0});
        b.op(code::FullyConnected, {xi, wi, -1}, {yi}, Writer::fullyConnected(Act::NONE));
        m.push_back(
            b.finish("fc_no_bias", {x, xi}, {yf, yi}, "FULLY_CONNECTED without bias, batch 4, float32 and int8"));
    }
}

void addPooling(std::vector<CoverageModel> &m)
{
    for (Type type : {Type::FLOAT32, Type::INT8}) {
        const bool f = type == Type::FLOAT32;
        Builder b(f ? 51 : 52);
        const int x = f ? b.f32("input", {1, 16, 16, 8}) : b.i8("input", {1, 16, 16, 8}, kIn);
        const int avg = pool(b, code::AveragePool2D, "avg_2x2_s2", x, 2, 2, Pad::VALID);
        const int max = pool(b, code::MaxPool2D, "max_3x3_s2", x, 3, 2, Pad::SAME);
        const int avgSame = pool(b, code::AveragePool2D, "avg_3x3_same", max, 3, 1, Pad::SAME);
        const int maxValid = pool(b, code::MaxPool2D, "max_2x2_valid", avg, 2, 2, Pad::VALID);
        m.push_back(b.finish(f ? "pool_f32" : "pool_i8", {x}, {avgSame, maxValid},
                             std::string(f ? "float32" : "int8")
                                 + " AVERAGE_POOL_2D and MAX_POOL_2D, SAME and VALID, strides 1 and 2"));
    }
}

void addSoftmax(std::vector<CoverageModel> &m)
{
    {
        Builder b(61);
        const int x = b.f32("logits", {1, 10});
        const int y = softmax(b, "probabilities", x);
        m.push_back(b.finish("softmax_f32", {x}, {y}, "SOFTMAX float32, beta 1"));
    }
    {
        Builder b(62);
        const int x = b.i8("logits", {1, 1, 4, 12}, {0.1f, 5});
        const int y = softmax(b, "probabilities", x);
        m.push_back(
            b.finish("softmax_i8", {x}, {y}, "SOFTMAX int8 over a 4-D tensor, output scale 1/256 zero point -128"));
    }
    {
        Builder b(63);
        const int x = b.i8("logits", {1, 10}, {0.1f, 5});
        const int y = b.i16("probabilities", {1, 10}, {1.0f / 65536, -32768});
        b.op(code::Softmax, {x}, {y}, Writer::softmax(1.0f));
        m.push_back(
            b.finish("softmax_i8_i16", {x}, {y}, "SOFTMAX int8 in, int16 out (scale 1/65536, zero point -32768)"));
    }
}

// SPLIT_V's int16 and int32 paths, added to the int8 model: the x86 oracle lacks SPLIT_V, so
// the operator stays out of the other models.
CoverageModel splitVOtherTypes(Builder &b, int x, int axis, std::vector<int32_t> outputs)
{
    const int x16 = b.i16("input_int16", {1, 4, 4, 6}, {0.001f, 0});
    const int sizes16 = b.i32Vector("split_v_int16/sizes", {1, 5});
    const int a16 = b.like(x16, "split_v_int16_0", {1, 4, 4, 1});
    const int b16 = b.like(x16, "split_v_int16_1", {1, 4, 4, 5});
    b.op(code::SplitV, {x16, sizes16, axis}, {a16, b16}, Writer::splitVOptions(2));
    const int x32 = b.i32("input_int32", {2, 6});
    const int sizes32 = b.i32Vector("split_v_int32/sizes", {4, 2});
    const int axis32 = b.i32Values("split_v_int32/axis", {}, {1});
    const int a32 = b.i32("split_v_int32_0", {2, 4});
    const int b32 = b.i32("split_v_int32_1", {2, 2});
    b.op(code::SplitV, {x32, sizes32, axis32}, {a32, b32}, Writer::splitVOptions(2));
    outputs.insert(outputs.end(), {a16, b16, a32, b32});
    return b.finish("split_v_i8_i16_i32", {x, x16, x32}, outputs,
                    "SPLIT_V int8 into sizes 2, 7, 3; int16 and int32 into two");
}

void addShapeOperators(std::vector<CoverageModel> &m)
{
    for (Type type : {Type::FLOAT32, Type::INT8}) {
        const bool f = type == Type::FLOAT32;
        const std::string suffix = f ? "_f32" : "_i8";
        const auto input = [&](Builder &b, const std::string &name, Shape shape) {
            return f ? b.f32(name, std::move(shape)) : b.i8(name, std::move(shape), kIn);
        };
        {
            Builder b(71);
            const int x = input(b, "a", {1, 8, 8, 4});
            const int y = input(b, "b", {1, 8, 8, 6});
            const int z = input(b, "c", {1, 8, 8, 2});
            const int channels = concatenation(b, "concat_channels", {x, y, z}, 3);
            const int rows = concatenation(b, "concat_rows", {channels, channels}, 1);
            m.push_back(b.finish("concatenation" + suffix, {x, y, z}, {rows},
                                 "CONCATENATION of 3 inputs on the channels, then of a tensor with itself on axis 1"));
        }
        {
            Builder b(72);
            const int x = input(b, "input", {1, 6, 6, 8});
            const int flat = reshape(b, "flatten", x, {1, 288});
            const int back = reshape(b, "unflatten", flat, {1, 12, 3, 8});
            const int rank3 = reshape(b, "rank3", back, {12, 3, 8});
            m.push_back(b.finish("reshape" + suffix, {x}, {rank3},
                                 "RESHAPE with a shape tensor and options: flatten, 4-D, 3-D"));
        }
        {
            Builder b(73);
            const int x = input(b, "input", {1, 8, 8, 4});
            const int y = pad2d(b, "pad", x, 1, 2, 0, 3);
            // Padding the batch and channel dimensions too, which TFLM handles as a generic resize.
            const int all = b.i32Values("pad_all/paddings", {4, 2}, {0, 1, 1, 1, 1, 1, 2, 2});
            const int z = b.like(y, "pad_all", {2, 13, 13, 8});
            b.op(code::Pad, {y, all}, {z}, Writer::pad());
            m.push_back(b.finish("pad" + suffix, {x}, {z}, "PAD of H and W (image style), then of every dimension"));
        }
        {
            Builder b(74);
            const int x = input(b, "input", {1, 8, 8, 4});
            const int paddings = b.i32Values("padv2/paddings", {4, 2}, {0, 0, 2, 2, 2, 2, 0, 0});
            const int value = f ? b.f32Values("padv2/value", {1}, {-1.0f}) : b.constLike(x, "padv2/value", {1});
            const int y = b.like(x, "padv2", {1, 12, 12, 4});
            b.op(code::PadV2, {x, paddings, value}, {y});
            m.push_back(
                b.finish("padv2" + suffix, {x}, {y}, "PADV2 with a constant fill value in the input's quantisation"));
        }
        {
            Builder b(75);
            const int x = input(b, "input", {1, 8, 8, 12});
            const int axis = b.i32Values("split/axis", {}, {3});
            const int s0 = b.like(x, "split_0", {1, 8, 8, 4});
            const int s1 = b.like(x, "split_1", {1, 8, 8, 4});
            const int s2 = b.like(x, "split_2", {1, 8, 8, 4});
            b.op(code::Split, {axis, x}, {s0, s1, s2}, Writer::split(3));
            m.push_back(b.finish("split" + suffix, {x}, {s0, s1, s2}, "SPLIT into 3 on the channels, constant axis"));
        }
        {
            Builder b(76);
            const int x = input(b, "input", {1, 8, 8, 12});
            const int sizes = b.i32Vector("split_v/sizes", {2, 7, 3});
            const int axis = b.i32Values("split_v/axis", {}, {3});
            const int s0 = b.like(x, "split_v_0", {1, 8, 8, 2});
            const int s1 = b.like(x, "split_v_1", {1, 8, 8, 7});
            const int s2 = b.like(x, "split_v_2", {1, 8, 8, 3});
            b.op(code::SplitV, {x, sizes, axis}, {s0, s1, s2}, Writer::splitVOptions(3));
            if (f) {
                m.push_back(b.finish("split_v_f32", {x}, {s0, s1, s2}, "SPLIT_V into sizes 2, 7, 3 on the channels"));
            } else {
                m.push_back(splitVOtherTypes(b, x, axis, {s0, s1, s2}));
            }
        }
        {
            Builder b(77);
            const int x = input(b, "input", {1, 10, 10, 8});
            const int begin = b.i32Vector("slice/begin", {0, 1, 0, 2});
            const int end = b.i32Vector("slice/end", {1, 9, 10, 8});
            const int strides = b.i32Vector("slice/strides", {1, 2, 3, 1});
            const int y = b.like(x, "slice", {1, 4, 4, 6});
            b.op(code::StridedSlice, {x, begin, end, strides}, {y}, Writer::stridedSlice(0, 0, 0));
            // Taking one row and dropping its axis (shrink_axis_mask), as x[:, 3] does.
            const int begin2 = b.i32Vector("row/begin", {0, 3, 0, 0});
            const int end2 = b.i32Vector("row/end", {1, 4, 4, 6});
            const int strides2 = b.i32Vector("row/strides", {1, 1, 1, 1});
            const int z = b.like(x, "row", {1, 4, 6});
            b.op(code::StridedSlice, {y, begin2, end2, strides2}, {z}, Writer::stridedSlice(0, 0, 2));
            m.push_back(b.finish("strided_slice" + suffix, {x}, {z},
                                 "STRIDED_SLICE with strides 2 and 3, then with shrink_axis_mask"));
        }
        {
            Builder b(78);
            const int x = input(b, "input", {1, 8, 8, 4});
            const int size = b.i32Vector("resize/size", {16, 16});
            const int y = b.like(x, "resize", {1, 16, 16, 4});
            b.op(code::ResizeNearestNeighbor, {x, size}, {y}, Writer::resizeNearestNeighborOptions(false, false));
            m.push_back(
                b.finish("resize_nearest" + suffix, {x}, {y}, "RESIZE_NEAREST_NEIGHBOR 8x8 to 16x16, constant size"));
        }
        {
            Builder b(79);
            const int x = input(b, "input", {4, 6, 8});
            std::vector<int32_t> parts;
            for (int i = 0; i < 4; ++i)
                parts.push_back(b.like(x, "unpack_" + std::to_string(i), {6, 8}));
            b.op(code::Unpack, {x}, parts, Writer::unpackOptions(4, 0));
            const int y = b.like(x, "pack", {6, 4, 8});
            b.op(code::Pack, parts, {y}, Writer::packOptions(4, 1));
            m.push_back(
                b.finish("pack_unpack" + suffix, {x}, {y}, "UNPACK 4 slices on axis 0, PACK them again on axis 1"));
        }
    }
    {
        Builder b(80);
        const int x = b.f32("input", {1, 6, 6, 3});
        const int y = b.i32("shape", {4});
        b.op(code::Shape, {x}, {y}, Writer::shapeOptions(Type::INT32));
        m.push_back(b.finish("shape_f32", {x}, {y}, "SHAPE of a float32 tensor, int32 output"));
    }
}

void addReductions(std::vector<CoverageModel> &m)
{
    for (Type type : {Type::FLOAT32, Type::INT8}) {
        const bool f = type == Type::FLOAT32;
        const std::string suffix = f ? "_f32" : "_i8";
        {
            Builder b(81);
            const int x = f ? b.f32("input", {1, 8, 8, 16}) : b.i8("input", {1, 8, 8, 16}, kIn);
            // Global average pooling as Keras writes it (axes 1 and 2, keep_dims), requantising.
            const int axes = b.i32Vector("mean_hw/axes", {1, 2});
            const int gap = f ? b.f32("mean_hw", {1, 1, 1, 16}) : b.i8("mean_hw", {1, 1, 1, 16}, {0.02f, -3});
            b.op(code::Mean, {x, axes}, {gap}, Writer::reducer(true));
            // And over the channels without keep_dims, which takes the generic path (a scratch
            // buffer for int8).
            const int axis = b.i32Vector("mean_c/axes", {3});
            const int channels = b.like(x, "mean_c", {1, 8, 8});
            b.op(code::Mean, {x, axis}, {channels}, Writer::reducer(false));
            m.push_back(b.finish("mean" + suffix, {x}, {gap, channels},
                                 "MEAN over H and W with keep_dims, and over C without"));
        }
        {
            Builder b(82);
            const int x = f ? b.f32("input", {1, 8, 8, 16}) : b.i8("input", {1, 8, 8, 16}, kIn);
            const int axes = b.i32Vector("max_hw/axes", {1, 2});
            const int y = b.like(x, "max_hw", {1, 16});
            b.op(code::ReduceMax, {x, axes}, {y}, Writer::reducer(false));
            m.push_back(
                b.finish("reduce_max" + suffix, {x}, {y}, "REDUCE_MAX over H and W, same quantisation in and out"));
        }
        {
            Builder b(83);
            const int x = f ? b.f32("input", {1, 4, 10}) : b.i8("input", {1, 4, 10}, kIn);
            const int axis = b.i32Values("axis", {1}, {2});
            const int amax = b.i32("arg_max", {1, 4});
            b.op(code::ArgMax, {x, axis}, {amax}, Writer::argMaxOptions(Type::INT32));
            const int amin = b.i32("arg_min", {1, 4});
            b.op(code::ArgMin, {x, axis}, {amin}, Writer::argMinOptions(Type::INT32));
            m.push_back(b.finish("arg_min_max" + suffix, {x}, {amax, amin},
                                 "ARG_MAX and ARG_MIN over the last axis, int32 indices"));
        }
    }
}

void addComparisons(std::vector<CoverageModel> &m)
{
    const int32_t comparisons[] = {code::Equal,        code::NotEqual, code::Greater,
                                   code::GreaterEqual, code::Less,     code::LessEqual};
    for (Type type : {Type::FLOAT32, Type::INT8, Type::INT32}) {
        Builder b(90 + uint64_t(type));
        const Shape shape = {1, 6, 6, 4};
        const std::optional<Quant> q = type == Type::INT8 ? std::optional<Quant>(kIn) : std::nullopt;
        const int x = b.tensor("a", type, shape, q);
        const int y = b.tensor("b", type, shape, type == Type::INT8 ? std::optional<Quant>(kOther) : std::nullopt);
        std::vector<int32_t> results;
        for (int32_t c : comparisons) {
            results.push_back(b.boolean("compare_" + std::to_string(c), shape));
            b.op(c, {x, y}, {results.back()});
        }
        // Broadcasting against a scalar constant.
        const int limit = b.constLike(x, "limit", {1});
        const int broadcast = b.boolean("greater_than_limit", shape);
        b.op(code::Greater, {x, limit}, {broadcast});
        // The logical operators fold the booleans into one output.
        int acc = results[0];
        for (size_t i = 1; i < results.size(); ++i) {
            const int next = b.boolean("fold_" + std::to_string(i), shape);
            b.op(i % 2 ? code::LogicalOr : code::LogicalAnd, {acc, results[i]}, {next});
            acc = next;
        }
        const int negated = b.boolean("not", shape);
        b.op(code::LogicalNot, {acc}, {negated});
        const int out = b.boolean("output", shape);
        b.op(code::LogicalAnd, {negated, broadcast}, {out});
        const std::string suffix = type == Type::FLOAT32 ? "_f32" : type == Type::INT8 ? "_i8" : "_i32";
        m.push_back(b.finish(
            "comparisons" + suffix, {x, y}, {out},
            "EQUAL, NOT_EQUAL, GREATER(_EQUAL), LESS(_EQUAL), one broadcast; LOGICAL_AND/OR/NOT on the results"));
    }
    {
        Builder b(95);
        const Shape shape = {2, 3, 4};
        const int x = b.boolean("a", shape);
        const int y = b.boolean("b", shape);
        const int eq = b.boolean("equal", shape);
        b.op(code::Equal, {x, y}, {eq});
        const int ne = b.boolean("not_equal", shape);
        b.op(code::NotEqual, {x, y}, {ne});
        const int both = b.boolean("and", shape);
        b.op(code::LogicalAnd, {eq, ne}, {both});
        m.push_back(b.finish("comparisons_bool", {x, y}, {both}, "EQUAL and NOT_EQUAL on bool tensors, LOGICAL_AND"));
    }
}

void addQuantization(std::vector<CoverageModel> &m)
{
    {
        Builder b(101);
        const int x = b.f32("input", {1, 8, 8, 4});
        const int q = b.i8("quantized", {1, 8, 8, 4}, {0.05f, -3});
        b.op(code::Quantize, {x}, {q});
        const int r = b.i8("requantized", {1, 8, 8, 4}, {0.1f, 10});
        b.op(code::Quantize, {q}, {r});
        const int y = b.f32("output", {1, 8, 8, 4});
        b.op(code::Dequantize, {r}, {y});
        m.push_back(
            b.finish("quantize_i8", {x}, {y}, "QUANTIZE float32 to int8, int8 to int8 (requantise), DEQUANTIZE int8"));
    }
    {
        Builder b(102);
        const int x = b.f32("input", {1, 8, 8, 4});
        const int q = b.u8("quantized", {1, 8, 8, 4}, {0.05f, 128});
        b.op(code::Quantize, {x}, {q});
        const int y = b.f32("output", {1, 8, 8, 4});
        b.op(code::Dequantize, {q}, {y});
        m.push_back(b.finish("quantize_u8", {x}, {y}, "QUANTIZE float32 to uint8, DEQUANTIZE uint8"));
    }
    {
        Builder b(103);
        const int x = b.f32("input", {1, 64});
        const int q = b.i16("quantized", {1, 64}, {0.0005f, 0});
        b.op(code::Quantize, {x}, {q});
        const int r = b.i16("requantized", {1, 64}, {0.001f, 0});
        b.op(code::Quantize, {q}, {r});
        const int w = b.tensor("widened", Type::INT32, {1, 64}, Quant{0.0001f, 0});
        b.op(code::Quantize, {r}, {w});
        m.push_back(
            b.finish("quantize_to_i16_i32", {x}, {w}, "QUANTIZE float32 to int16, int16 to int16, int16 to int32"));
        m.back().x86OracleDiffers = "find-arena-size fails on it: its older QUANTIZE has no int16 or int32 outputs";
    }
    {
        Builder b(104);
        const int x = b.i16("input", {1, 64}, {0.0005f, 0});
        const int y = b.f32("dequantized", {1, 64});
        b.op(code::Dequantize, {x}, {y});
        const int n = b.i8("narrowed", {1, 64}, {0.05f, 0});
        b.op(code::Quantize, {x}, {n});
        const int w = b.tensor("widened", Type::INT32, {1, 64}, Quant{0.001f, 0});
        b.op(code::Dequantize, {n}, {w});
        m.push_back(b.finish("dequantize_i16", {x}, {y, w},
                             "DEQUANTIZE int16 to float32 and int8 to int32, QUANTIZE int16 to int8"));
    }
}

void addSequence(std::vector<CoverageModel> &m)
{
    // SVDF as the micro-speech models use it: [batch, input] with a variable state of
    // memory x filters; rank 2, 8 units.
    const int inputSize = 24, units = 8, rank = 2, memory = 10, filters = units * rank;
    {
        Builder b(111);
        const int x = b.f32("input", {1, inputSize});
        const int wf = b.f32Const("svdf/weights_feature", {filters, inputSize});
        const int wt = b.f32Const("svdf/weights_time", {filters, memory});
        const int bias = b.f32Const("svdf/bias", {units});
        const int state = b.writer().variable("svdf/state", Type::FLOAT32, {1, memory * filters});
        const int y = b.f32("svdf", {1, units});
        b.op(code::Svdf, {x, wf, wt, bias, state}, {y}, Writer::svdf(rank, Act::RELU));
        m.push_back(b.finish("svdf_f32", {x}, {y}, "SVDF float32, rank 2, variable state, fused RELU"));
    }
    {
        Builder b(112);
        const float inScale = 0.05f, featureScale = 0.004f, stateScale = 0.0002f, timeScale = 0.0001f;
        const int x = b.i8("input", {1, inputSize}, {inScale, 0});
        const int wf = b.i8Weights("svdf/weights_feature", {filters, inputSize}, {featureScale});
        const int wt = b.i16Weights("svdf/weights_time", {filters, memory}, timeScale);
        // TFLM checks bias scale == state scale x time-weight scale.
        const int bias = b.i32Bias("svdf/bias", units, {stateScale * timeScale});
        const int state = b.writer().variable("svdf/state", Type::INT16, {1, memory * filters});
        b.writer().quantize(state, {stateScale}, {0});
        const int y = b.i8("svdf", {1, units}, {0.02f, -128});
        b.op(code::Svdf, {x, wf, wt, bias, state}, {y}, Writer::svdf(rank, Act::RELU));
        m.push_back(b.finish("svdf_i8", {x}, {y}, "SVDF int8 with int16 time weights and state, rank 2, fused RELU"));
    }
}

void addDetection(std::vector<CoverageModel> &m)
{
    // TFLite_Detection_PostProcess as SSD models end: boxes [1, anchors, 4], class scores
    // [1, anchors, classes + background], constant anchors (valid boxes, or Eval rejects them),
    // float32 and uint8 (the kernel's two types).
    const int anchors = 64, classes = 3, maxDetections = 10;
    Builder b(121);
    std::vector<float> anchorValues;
    std::string anchorBytes;
    for (int i = 0; i < anchors; ++i) {
        const float y = (float(i / 8) + 0.5f) / 8, x = (float(i % 8) + 0.5f) / 8;
        for (float v : {y, x, 0.2f, 0.2f}) { // ycenter, xcenter, h, w
            anchorValues.push_back(v);
            anchorBytes.push_back(char(uint8_t(v * 255.0f + 0.5f)));
        }
    }
    std::vector<int32_t> inputs, outputs;
    for (Type type : {Type::FLOAT32, Type::UINT8}) {
        const bool f = type == Type::FLOAT32;
        const std::string n = f ? "" : "_uint8";
        const int boxes =
            f ? b.f32("box_encodings", {1, anchors, 4}) : b.u8("box_encodings" + n, {1, anchors, 4}, {0.05f, 128});
        const int scores = f ? b.f32("class_predictions", {1, anchors, classes + 1})
                             : b.u8("class_predictions" + n, {1, anchors, classes + 1}, {1.0f / 255, 0});
        int anchorTensor;
        if (f) {
            anchorTensor = b.f32Values("anchors", {anchors, 4}, anchorValues);
        } else {
            anchorTensor = b.writer().constantData("anchors" + n, Type::UINT8, {anchors, 4}, anchorBytes);
            b.writer().quantize(anchorTensor, {1.0f / 255}, {0});
        }
        const int outBoxes = b.f32("detection_boxes" + n, {1, maxDetections, 4});
        const int outClasses = b.f32("detection_classes" + n, {1, maxDetections});
        const int outScores = b.f32("detection_scores" + n, {1, maxDetections});
        const int count = b.f32("num_detections" + n, {1});
        b.custom("TFLite_Detection_PostProcess", {boxes, scores, anchorTensor},
                 {outBoxes, outClasses, outScores, count}, detectionOptions(maxDetections, classes));
        inputs.insert(inputs.end(), {boxes, scores});
        outputs.insert(outputs.end(), {outBoxes, outClasses, outScores, count});
    }
    m.push_back(b.finish("detection_postprocess", inputs, outputs,
                         "TFLite_Detection_PostProcess (custom, DETECTION_POSTPROCESS in the resolver), float32 and "
                         "uint8 inputs, 64 anchors, 3 classes, fast NMS, scratch buffers in the arena"));
}

// The cheaper types, grouped: uint8 (the pre-int8 quantisation, still accepted by most TFLM 2.4
// kernels), int16, int32.
void addOtherTypes(std::vector<CoverageModel> &m)
{
    const Quant u = {0.05f, 128};
    {
        Builder b(131);
        const int x = b.u8("image", {1, 16, 16, 3}, {0.0078f, 128});
        int y = conv2d(b, "conv", x, {8, 3, 2, Pad::SAME, Act::RELU6}, {0.024f, 0});
        y = depthwise(b, "dw", y, {8, 3, 1, Pad::SAME, Act::RELU}, 1, {0.03f, 0});
        y = pool(b, code::MaxPool2D, "max_pool", y, 2, 2, Pad::VALID);
        y = pool(b, code::AveragePool2D, "avg_pool", y, 2, 2, Pad::VALID);
        y = reshape(b, "flatten", y, {1, 32});
        y = fullyConnected(b, "fc", y, 10, Act::NONE, {0.1f, 128});
        y = softmax(b, "probabilities", y);
        m.push_back(b.finish("uint8_conv_stack", {x}, {y},
                             "uint8 classifier: CONV_2D, DEPTHWISE_CONV_2D, MAX_POOL_2D, AVERAGE_POOL_2D, RESHAPE, "
                             "FULLY_CONNECTED, SOFTMAX (output scale 1/256 zero point 0)"));
    }
    {
        Builder b(132);
        const Shape shape = {1, 8, 8, 4};
        const int x = b.u8("a", shape, u);
        const int y = b.u8("b", shape, {0.04f, 120});
        int t = binary(b, code::Add, "add", x, y, {0.08f, 128}, Act::RELU);
        t = binary(b, code::Sub, "sub", t, y, {0.1f, 128});
        t = binary(b, code::Mul, "mul", t, y, {0.1f, 128});
        const int same = b.u8("b_same_scale", shape, {0.1f, 128});
        t = binary(b, code::Maximum, "maximum", t, same);
        t = binary(b, code::Minimum, "minimum", t, same);
        t = unary(b, code::Relu, "relu", t);
        t = unary(b, code::Relu6, "relu6", t);
        const int alpha = b.u8Weights("prelu/alpha", {1, 1, 4}, {0.002f, 128});
        const int p = b.u8("prelu", shape, {0.1f, 128});
        b.op(code::Prelu, {t, alpha}, {p});
        const int th = b.u8("tanh", shape, {1.0f / 128, 128});
        b.op(code::Tanh, {p}, {th});
        const int l2 = b.u8("l2norm", shape, {1.0f / 128, 128});
        b.op(code::L2Normalization, {th}, {l2}, Writer::l2NormOptions());
        const int cat = concatenation(b, "concat", {l2, l2}, 3);
        const int padded = pad2d(b, "pad", cat, 1, 1, 1, 1);
        const int paddings = b.i32Values("padv2/paddings", {4, 2}, {0, 0, 1, 1, 1, 1, 0, 0});
        const int value = b.constLike(padded, "padv2/value", {1});
        const int out = b.like(padded, "padv2", {1, 12, 12, 8});
        b.op(code::PadV2, {padded, paddings, value}, {out});
        m.push_back(b.finish("uint8_elementwise", {x, y, same}, {out},
                             "uint8 chain: ADD, SUB, MUL, MAXIMUM, MINIMUM, RELU, RELU6, PRELU, TANH, "
                             "L2_NORMALIZATION, CONCATENATION, PAD, PADV2"));
    }
    {
        Builder b(133);
        const int x = b.u8("input", {1, 8, 8, 6}, u);
        const int axis = b.i32Values("split/axis", {}, {3});
        const int s0 = b.like(x, "split_0", {1, 8, 8, 3});
        const int s1 = b.like(x, "split_1", {1, 8, 8, 3});
        b.op(code::Split, {axis, x}, {s0, s1}, Writer::split(2));
        const int begin = b.i32Vector("slice/begin", {0, 0, 0, 0});
        const int end = b.i32Vector("slice/end", {1, 8, 8, 3});
        const int strides = b.i32Vector("slice/strides", {1, 2, 2, 1});
        const int sl = b.like(x, "slice", {1, 4, 4, 3});
        b.op(code::StridedSlice, {s0, begin, end, strides}, {sl}, Writer::stridedSlice(0, 0, 0));
        const int size = b.i32Vector("resize/size", {8, 8});
        const int up = b.like(x, "resize", {1, 8, 8, 3});
        b.op(code::ResizeNearestNeighbor, {sl, size}, {up}, Writer::resizeNearestNeighborOptions(false, false));
        const int r = reshape(b, "rank3", up, {8, 8, 3});
        std::vector<int32_t> rows;
        for (int i = 0; i < 8; ++i)
            rows.push_back(b.like(r, "unpack_" + std::to_string(i), {8, 3}));
        b.op(code::Unpack, {r}, rows, Writer::unpackOptions(8, 0));
        const int packed = b.like(r, "pack", {8, 8, 3});
        b.op(code::Pack, rows, {packed}, Writer::packOptions(8, 0));
        const int axes = b.i32Vector("mean/axes", {1, 2});
        const int mean = b.u8("mean", {1, 1, 1, 3}, {0.02f, 128});
        b.op(code::Mean, {s1, axes}, {mean}, Writer::reducer(true));
        const int argAxis = b.i32Values("arg/axis", {1}, {2});
        const int amax = b.i32("arg_max", {8, 8});
        b.op(code::ArgMax, {packed, argAxis}, {amax}, Writer::argMaxOptions(Type::INT32));
        const int amin = b.i32("arg_min", {8, 8});
        b.op(code::ArgMin, {packed, argAxis}, {amin}, Writer::argMinOptions(Type::INT32));
        const int other = b.u8("other", {8, 8, 3}, {0.06f, 100});
        const int gt = b.boolean("greater", {8, 8, 3});
        b.op(code::Greater, {packed, other}, {gt});
        const int eq = b.boolean("equal", {8, 8, 3});
        b.op(code::Equal, {packed, other}, {eq});
        const int any = b.boolean("any", {8, 8, 3});
        b.op(code::LogicalOr, {gt, eq}, {any});
        const int deq = b.f32("dequantized", {1, 1, 1, 3});
        b.op(code::Dequantize, {mean}, {deq});
        m.push_back(b.finish("uint8_shape_ops", {x, other}, {amax, amin, any, deq},
                             "uint8: SPLIT, STRIDED_SLICE, RESIZE_NEAREST_NEIGHBOR, RESHAPE, UNPACK, PACK, MEAN, "
                             "ARG_MAX, ARG_MIN, GREATER, EQUAL, DEQUANTIZE"));
    }
    {
        Builder b(134);
        const int x = b.i32("a", {1, 4, 4, 6});
        const int y = b.i32("b", {1, 4, 4, 6});
        const int mx = binary(b, code::Maximum, "maximum", x, y);
        const int mn = binary(b, code::Minimum, "minimum", x, y);
        const int cat = concatenation(b, "concat", {mx, mn}, 3);
        const int padded = pad2d(b, "pad", cat, 1, 0, 0, 1);
        const int axis = b.i32Values("split/axis", {}, {3});
        const int s0 = b.like(padded, "split_0", {1, 5, 5, 6});
        const int s1 = b.like(padded, "split_1", {1, 5, 5, 6});
        b.op(code::Split, {axis, padded}, {s0, s1}, Writer::split(2));
        const int r = reshape(b, "rank3", s0, {5, 5, 6});
        std::vector<int32_t> parts;
        for (int i = 0; i < 5; ++i)
            parts.push_back(b.like(r, "unpack_" + std::to_string(i), {5, 6}));
        b.op(code::Unpack, {r}, parts, Writer::unpackOptions(5, 0));
        const int packed = b.like(r, "pack", {5, 6, 5});
        b.op(code::Pack, parts, {packed}, Writer::packOptions(5, -1));
        m.push_back(b.finish("int32_ops", {x, y}, {packed, s1},
                             "int32: MAXIMUM, MINIMUM, CONCATENATION, PAD, SPLIT, RESHAPE, UNPACK, PACK (axis -1)"));
    }
    {
        Builder b(135);
        const Quant q16 = {0.0005f, 0};
        const int x = b.i16("input", {1, 8, 8, 8}, q16);
        const int th = b.i16("tanh", {1, 8, 8, 8}, {1.0f / 32768, 0});
        b.op(code::Tanh, {x}, {th});
        const int axis = b.i32Values("split/axis", {}, {3});
        const int s0 = b.like(th, "split_0", {1, 8, 8, 4});
        const int s1 = b.like(th, "split_1", {1, 8, 8, 4});
        b.op(code::Split, {axis, th}, {s0, s1}, Writer::split(2));
        const int sm = b.i16("softmax", {1, 8, 8, 4}, {1.0f / 32768, 0});
        b.op(code::Softmax, {s0}, {sm}, Writer::softmax(1.0f));
        const int deq = b.f32("dequantized", {1, 8, 8, 4});
        b.op(code::Dequantize, {s1}, {deq});
        m.push_back(b.finish("int16_ops", {x}, {sm, deq}, "int16: TANH, SPLIT, SOFTMAX (lookup tables), DEQUANTIZE"));
    }
}

} // namespace

std::vector<uint8_t> detectionOptions(int maxDetections, int classes)
{
    flexbuffers::Builder fbb;
    fbb.Map([&]() {
        fbb.Int("max_detections", maxDetections);
        fbb.Int("max_classes_per_detection", 1);
        fbb.Int("detections_per_class", 10);
        fbb.Bool("use_regular_nms", false);
        fbb.Float("nms_score_threshold", 0.3f);
        fbb.Float("nms_iou_threshold", 0.6f);
        fbb.Int("num_classes", classes);
        fbb.Float("y_scale", 10.0f);
        fbb.Float("x_scale", 10.0f);
        fbb.Float("h_scale", 5.0f);
        fbb.Float("w_scale", 5.0f);
    });
    fbb.Finish();
    return fbb.GetBuffer();
}

void addOperatorModels(std::vector<CoverageModel> &models)
{
    addElementwiseFloat(models);
    addActivations(models);
    addBinary(models);
    addConvolutions(models);
    addFullyConnected(models);
    addPooling(models);
    addSoftmax(models);
    addShapeOperators(models);
    addReductions(models);
    addComparisons(models);
    addQuantization(models);
    addSequence(models);
    addDetection(models);
    addOtherTypes(models);
}

} // namespace tinyml::test::coverage
