// Graphs that stress the memory planner: long residual chains, wide fan-out and fan-in, tensors
// that stay alive across most of the graph, several inputs and outputs, quantisation at the
// edges, and small versions of the networks TinyML boards run (MobileNet, a face detector,
// MobileFaceNet, keyword spotting, a recurrent cell unrolled in time).
#include "CoverageModelsBuilder.h"

namespace tinyml::test::coverage {
namespace {

std::string str(int i)
{
    return std::to_string(i);
}

// A per-channel constant operand of `like`'s type (a folded batch norm scale, a leak factor).
int channelConst(Builder &b, int like, const std::string &name)
{
    return b.constLike(like, name, {1, 1, 1, b.shape(like).back()});
}

// LeakyReLU as TFLM 2.4 models write it without LEAKY_RELU: MAXIMUM(x, MUL(x, 0.1)).
int leaky(Builder &b, const std::string &name, int x)
{
    int alpha;
    if (b.type(x) == Type::FLOAT32) {
        alpha = b.f32Values(name + "/alpha", {1}, {0.1f});
    } else {
        // 0.1 as int8 with scale 1/1270: the value 127.
        alpha = b.writer().constantData(name + "/alpha", Type::INT8, {1}, std::string(1, char(127)));
        b.writer().quantize(alpha, {1.0f / 1270}, {0});
    }
    const int scaled = binary(b, code::Mul, name + "/scaled", x, alpha);
    return binary(b, code::Maximum, name, x, scaled);
}

// PReLU written with ABS, as MobileFaceNet conversions do:
// relu(x) + alpha * (x - |x|) * 0.5, alpha per channel.
int preluByAbs(Builder &b, const std::string &name, int x)
{
    const int positive = unary(b, code::Relu, name + "/relu", x);
    const int magnitude = unary(b, code::Abs, name + "/abs", x);
    const int negative2 = binary(b, code::Sub, name + "/sub", x, magnitude);
    const int alpha = b.type(x) == Type::FLOAT32
        ? b.f32Const(name + "/alpha_half", {1, 1, 1, b.shape(x).back()}, 0.05f, 0.15f)
        : channelConst(b, x, name + "/alpha_half");
    const int negative = binary(b, code::Mul, name + "/mul", negative2, alpha);
    return binary(b, code::Add, name, positive, negative);
}

// PReLU as one operator, as converters write Keras PReLU for int8 models.
int preluOp(Builder &b, const std::string &name, int x)
{
    const int channels = b.shape(x).back();
    const int alpha = b.type(x) == Type::FLOAT32 ? b.f32Const(name + "/alpha", {1, 1, channels}, 0.1f, 0.3f)
                                                 : b.i8Weights(name + "/alpha", {1, 1, channels}, {0.002f});
    const int y = b.like(x, name);
    b.op(code::Prelu, {x, alpha}, {y});
    return y;
}

// Zero channels appended to a residual branch so it can be added to a wider one (BlazeFace).
int padChannels(Builder &b, const std::string &name, int x, int extra)
{
    Shape shape = b.shape(x);
    const int paddings = b.i32Values(name + "/paddings", {4, 2}, {0, 0, 0, 0, 0, 0, 0, extra});
    shape[3] += extra;
    const int y = b.like(x, name, shape);
    b.op(code::Pad, {x, paddings}, {y}, Writer::pad());
    return y;
}

Quant q8(float scale, int zeroPoint = 0)
{
    return {scale, zeroPoint};
}

void addResidualChains(std::vector<CoverageModel> &m)
{
    {
        // x(k+1) = x(k) + relu(depthwise(x(k))): the planner may reuse only two buffers at a time.
        Builder b(401);
        const int input = b.i8("input", {1, 16, 16, 16}, q8(0.05f));
        int x = input;
        for (int k = 0; k < 24; ++k) {
            const int h =
                depthwise(b, "block" + str(k) + "/dw", x, {16, 3, 1, Pad::SAME, Act::RELU}, 1, q8(0.05f, -128));
            x = binary(b, code::Add, "block" + str(k) + "/add", x, h, q8(0.05f));
        }
        m.push_back(b.finish("residual_chain_i8_24", {input}, {x},
                             "24 residual blocks: depthwise 3x3 RELU, ADD with the block input"));
    }
    {
        // Skip connections over two blocks: each ADD keeps a tensor from two steps back alive.
        Builder b(402);
        const int input = b.i8("input", {1, 12, 12, 8}, q8(0.05f));
        int previous = input;
        int x = conv2d(b, "stem", input, {8, 3, 1, Pad::SAME, Act::RELU}, q8(0.05f, -128));
        for (int k = 0; k < 32; ++k) {
            const int scaled = binary(b, code::Mul, "block" + str(k) + "/mul", x,
                                      channelConst(b, x, "block" + str(k) + "/gamma"), q8(0.05f));
            const int sum = binary(b, code::Add, "block" + str(k) + "/add", scaled, previous, q8(0.05f));
            previous = x;
            x = sum;
        }
        m.push_back(b.finish("residual_skip2_i8_32", {input}, {x},
                             "32 ADDs whose second operand is the tensor from two blocks back"));
    }
    {
        // x(k) = x(k-1) + x(k/2): tensor j stays alive until step 2j, so lifetimes nest and grow.
        Builder b(403);
        const int input = b.f32("input", {1, 8, 8, 8});
        std::vector<int32_t> xs = {conv2d(b, "stem", input, {8, 3, 1, Pad::SAME, Act::RELU})};
        for (int k = 1; k <= 48; ++k)
            xs.push_back(binary(b, code::Add, "add" + str(k), xs[size_t(k - 1)], xs[size_t(k / 2)]));
        m.push_back(
            b.finish("residual_long_skips_f32_48", {input}, {xs.back()},
                     "48 ADDs of the previous tensor and the one from half as many steps back (nested lifetimes)"));
    }
    {
        // ResNet-8-like: two stages, projection shortcuts where the stride or width changes.
        Builder b(404);
        const int input = b.i8("input", {1, 32, 32, 3}, q8(0.0078f, -1));
        int x = conv2d(b, "stem", input, {16, 3, 1, Pad::SAME, Act::RELU}, q8(0.03f, -128));
        int width = 16;
        for (int stage = 0; stage < 3; ++stage) {
            const std::string s = "stage" + str(stage);
            const int stride = stage == 0 ? 1 : 2;
            const int outWidth = width * (stage == 0 ? 1 : 2);
            const int a = conv2d(b, s + "/conv_a", x, {outWidth, 3, stride, Pad::SAME, Act::RELU}, q8(0.03f, -128));
            const int c = conv2d(b, s + "/conv_b", a, {outWidth, 3, 1, Pad::SAME}, q8(0.04f, 3));
            const int shortcut = stride == 1 && outWidth == width
                ? x
                : conv2d(b, s + "/projection", x, {outWidth, 1, stride, Pad::SAME}, q8(0.04f, 3));
            x = binary(b, code::Add, s + "/add", c, shortcut, q8(0.03f, -128), Act::RELU);
            width = outWidth;
        }
        x = pool(b, code::AveragePool2D, "pool", x, 8, 8, Pad::VALID);
        x = reshape(b, "flatten", x, {1, width});
        x = fullyConnected(b, "logits", x, 10, Act::NONE, q8(0.1f, 0));
        x = softmax(b, "probabilities", x);
        m.push_back(b.finish("resnet8_i8", {input}, {x},
                             "ResNet-8 (MLPerf Tiny image classification shape): residual stages with projections"));
    }
}

void addFanOutFanIn(std::vector<CoverageModel> &m)
{
    {
        // One tensor read by 16 branches, then summed pairwise: 16 live branch outputs at the
        // widest point.
        Builder b(411);
        const int input = b.i8("input", {1, 16, 16, 8}, q8(0.05f));
        std::vector<int32_t> branches;
        for (int i = 0; i < 16; ++i) {
            const std::string n = "branch" + str(i);
            switch (i % 4) {
            case 0: branches.push_back(conv2d(b, n, input, {8, 1, 1, Pad::SAME, Act::RELU}, q8(0.05f))); break;
            case 1: branches.push_back(depthwise(b, n, input, {8, 3, 1, Pad::SAME}, 1, q8(0.05f))); break;
            case 2: branches.push_back(pool(b, code::MaxPool2D, n, input, 3, 1, Pad::SAME)); break;
            default: branches.push_back(unary(b, code::Relu6, n, input)); break;
            }
        }
        while (branches.size() > 1) {
            std::vector<int32_t> next;
            for (size_t i = 0; i + 1 < branches.size(); i += 2)
                next.push_back(binary(b, code::Add, "sum" + str(int(branches.size())) + "_" + str(int(i)), branches[i],
                                      branches[i + 1], q8(0.05f)));
            branches = next;
        }
        m.push_back(
            b.finish("fan_out_in_i8_16", {input}, {branches.front()},
                     "fan-out to 16 branches (conv 1x1, depthwise, max pool, RELU6), fan-in by a tree of ADDs"));
    }
    {
        Builder b(412);
        const int input = b.f32("input", {1, 12, 12, 8});
        std::vector<int32_t> branches;
        // TFLM 2.4's CONCATENATION takes at most 10 inputs.
        for (int i = 0; i < 10; ++i)
            branches.push_back(conv2d(b, "branch" + str(i), input, {4, i % 3 == 0 ? 1 : 3, 1, Pad::SAME, Act::RELU}));
        const int merged = concatenation(b, "concat", branches, 3);
        const int out = conv2d(b, "merge", merged, {16, 1, 1, Pad::SAME});
        m.push_back(b.finish("fan_out_concat_f32_10", {input}, {out},
                             "fan-out to 10 convolutions, fan-in by one 10-input CONCATENATION"));
    }
    {
        // One trunk, eight heads of different sizes, every head an output.
        Builder b(413);
        const int input = b.i8("input", {1, 24, 24, 4}, q8(0.05f));
        const int trunk = conv2d(b, "trunk", input, {16, 3, 2, Pad::SAME, Act::RELU}, q8(0.05f, -128));
        std::vector<int32_t> heads;
        for (int i = 0; i < 8; ++i) {
            const std::string n = "head" + str(i);
            const int h =
                conv2d(b, n + "/conv", trunk, {2 + 2 * i, 1 + 2 * (i % 2), 1 + (i % 3 == 2), Pad::SAME}, q8(0.05f));
            heads.push_back(i % 2 ? pool(b, code::AveragePool2D, n, h, 2, 2, Pad::VALID) : h);
        }
        m.push_back(
            b.finish("multi_head_outputs_i8_8", {input}, heads, "one trunk, 8 heads of different sizes, 8 outputs"));
    }
    {
        // Split, process, merge: SPLIT to 4 groups (grouped convolution as micro models write it),
        // UNPACK/PACK over the rows.
        Builder b(414);
        const int input = b.i8("input", {1, 12, 12, 16}, q8(0.05f));
        const int axis = b.i32Values("split/axis", {}, {3});
        std::vector<int32_t> groups;
        for (int i = 0; i < 4; ++i)
            groups.push_back(b.like(input, "group" + str(i), {1, 12, 12, 4}));
        b.op(code::Split, {axis, input}, groups, Writer::split(4));
        for (int i = 0; i < 4; ++i)
            groups[size_t(i)] =
                conv2d(b, "group" + str(i) + "/conv", groups[size_t(i)], {4, 3, 1, Pad::SAME, Act::RELU}, q8(0.05f));
        const int merged = concatenation(b, "merge", groups, 3);
        const int rows = reshape(b, "rows", merged, {12, 12, 16});
        std::vector<int32_t> parts;
        for (int i = 0; i < 12; ++i)
            parts.push_back(b.like(rows, "row" + str(i), {12, 16}));
        b.op(code::Unpack, {rows}, parts, Writer::unpackOptions(12, 0));
        // Every output must be used or be a model output: TFLM 2.4's planner rejects a tensor
        // that is produced and never read.
        std::vector<int32_t> evenRows, oddRows;
        for (int i = 0; i < 12; ++i)
            (i % 2 ? oddRows : evenRows).push_back(parts[size_t(i)]);
        const int even = b.like(rows, "even_rows", {6, 12, 16});
        b.op(code::Pack, evenRows, {even}, Writer::packOptions(6, 0));
        const int odd = b.like(rows, "odd_rows", {12, 6, 16});
        b.op(code::Pack, oddRows, {odd}, Writer::packOptions(6, 1));
        m.push_back(b.finish(
            "split_merge_i8", {input}, {even, odd},
            "SPLIT into 4 channel groups, a convolution each, CONCATENATION; UNPACK 12 rows, PACK even and odd rows"));
    }
}

void addElementwiseChains(std::vector<CoverageModel> &m)
{
    {
        Builder b(421);
        const int input = b.i8("input", {1, 16, 16, 8}, q8(0.05f));
        const int other = b.i8("other", {1, 16, 16, 8}, q8(0.04f, 10));
        int x = input;
        for (int k = 0; k < 5; ++k) {
            const std::string n = "step" + str(k);
            x = binary(b, code::Mul, n + "/mul", x, channelConst(b, x, n + "/gamma"), q8(0.05f));
            x = binary(b, code::Maximum, n + "/maximum", x, channelConst(b, x, n + "/floor"));
            x = binary(b, code::Minimum, n + "/minimum", x, channelConst(b, x, n + "/ceiling"));
            x = binary(b, code::Sub, n + "/sub", x, other, q8(0.06f, -3));
            x = binary(b, code::Add, n + "/add", x, input, q8(0.05f));
        }
        m.push_back(b.finish(
            "elementwise_chain_i8", {input, other}, {x},
            "5 x (MUL, MAXIMUM, MINIMUM with per-channel constants, SUB of a second input, ADD of the first)"));
    }
    {
        Builder b(422);
        const int input = b.f32("input", {1, 16, 16, 8});
        const int other = b.f32("other", {1, 16, 16, 8});
        int x = input;
        for (int k = 0; k < 4; ++k) {
            const std::string n = "step" + str(k);
            x = binary(b, code::Mul, n + "/mul", x, channelConst(b, x, n + "/gamma"));
            x = unary(b, code::Abs, n + "/abs", x);
            x = binary(b, code::Maximum, n + "/maximum", x, other);
            x = binary(b, code::Minimum, n + "/minimum", x, channelConst(b, x, n + "/ceiling"));
            x = binary(b, code::Sub, n + "/sub", x, input);
            x = unary(b, code::Square, n + "/square", x);
            x = unary(b, code::Neg, n + "/neg", x);
        }
        m.push_back(b.finish("elementwise_chain_f32", {input, other}, {x},
                             "4 x (MUL, ABS, MAXIMUM, MINIMUM, SUB, SQUARE, NEG), two inputs alive throughout"));
    }
}

void addConcatAndReshape(std::vector<CoverageModel> &m)
{
    {
        // Three Inception-like modules: 1x1, 3x3, 3x3-3x3 and pool-1x1 branches concatenated.
        Builder b(431);
        const int input = b.i8("input", {1, 16, 16, 8}, q8(0.05f));
        int x = input;
        for (int k = 0; k < 3; ++k) {
            const std::string n = "module" + str(k);
            const Quant q = q8(0.05f, -128);
            const int a = conv2d(b, n + "/1x1", x, {8, 1, 1, Pad::SAME, Act::RELU}, q);
            const int c = conv2d(b, n + "/3x3", conv2d(b, n + "/3x3_reduce", x, {4, 1, 1, Pad::SAME, Act::RELU}, q),
                                 {8, 3, 1, Pad::SAME, Act::RELU}, q);
            const int d =
                conv2d(b, n + "/double_3x3_b", conv2d(b, n + "/double_3x3_a", x, {4, 3, 1, Pad::SAME, Act::RELU}, q),
                       {8, 3, 1, Pad::SAME, Act::RELU}, q);
            const int e = conv2d(b, n + "/pool_proj", pool(b, code::MaxPool2D, n + "/pool", x, 3, 1, Pad::SAME),
                                 {8, 1, 1, Pad::SAME, Act::RELU}, q);
            x = concatenation(b, n + "/concat", {a, c, d, e}, 3);
            if (k == 1)
                x = pool(b, code::MaxPool2D, n + "/reduce", x, 2, 2, Pad::VALID);
        }
        m.push_back(b.finish("inception_concat_i8", {input}, {x},
                             "3 Inception-like modules: 4 branches each, concatenated on the channels"));
    }
    {
        // DenseNet-like: every layer's output is concatenated to its input, so channels grow.
        Builder b(432);
        const int input = b.f32("input", {1, 12, 12, 8});
        int x = input;
        for (int k = 0; k < 6; ++k) {
            const int y = conv2d(b, "dense" + str(k), x, {6, 3, 1, Pad::SAME, Act::RELU});
            x = concatenation(b, "concat" + str(k), {x, y}, 3);
        }
        m.push_back(b.finish("dense_concat_f32", {input}, {x},
                             "6 DenseNet-like layers: CONCATENATION of each layer's input and output"));
    }
    {
        // RESHAPE as converters write squeezes and flattens for micro models, and STRIDED_SLICE
        // with shrink_axis_mask as the other squeeze.
        Builder b(433);
        const int input = b.i8("input", {1, 8, 8, 16}, q8(0.05f));
        const int pooled = pool(b, code::AveragePool2D, "pool", input, 8, 8, Pad::VALID);
        const int squeezed = reshape(b, "squeeze", pooled, {1, 16});
        const int fc = fullyConnected(b, "fc", squeezed, 64, Act::RELU, q8(0.05f, -128));
        const int image = reshape(b, "to_image", fc, {1, 4, 4, 4});
        const int conv = conv2d(b, "conv", image, {8, 3, 1, Pad::SAME}, q8(0.05f));
        const int rows = reshape(b, "rows", conv, {4, 32});
        const int begin = b.i32Vector("first_row/begin", {0, 0});
        const int end = b.i32Vector("first_row/end", {1, 32});
        const int strides = b.i32Vector("first_row/strides", {1, 1});
        const int first = b.like(rows, "first_row", {32});
        b.op(code::StridedSlice, {rows, begin, end, strides}, {first}, Writer::stridedSlice(0, 0, 1));
        const int out = reshape(b, "unsqueeze", first, {1, 1, 32});
        m.push_back(b.finish("reshape_squeeze_i8", {input}, {out},
                             "RESHAPE as squeeze, flatten, unflatten and unsqueeze; STRIDED_SLICE shrinking an axis"));
    }
}

void addInputsOutputs(std::vector<CoverageModel> &m)
{
    {
        // Three inputs of three types, three outputs of three types.
        Builder b(441);
        const int image = b.i8("image", {1, 16, 16, 3}, q8(0.0078f, -1));
        const int features = b.f32("features", {1, 20});
        const int state = b.i8("state", {1, 10}, q8(0.05f));
        int x = conv2d(b, "conv", image, {8, 3, 2, Pad::SAME, Act::RELU}, q8(0.03f, -128));
        x = pool(b, code::AveragePool2D, "pool", x, 8, 8, Pad::VALID);
        x = reshape(b, "flatten", x, {1, 8});
        const int quantized = b.i8("features_int8", {1, 20}, q8(0.05f));
        b.op(code::Quantize, {features}, {quantized});
        const int f = fullyConnected(b, "features_fc", quantized, 8, Act::RELU, q8(0.03f, -128));
        const int s = fullyConnected(b, "state_fc", state, 8, Act::RELU, q8(0.03f, -128));
        const int merged = concatenation(b, "merge", {x, f, s}, 1);
        const int logits = fullyConnected(b, "logits", merged, 5, Act::NONE, q8(0.1f));
        const int probabilities = softmax(b, "probabilities", logits);
        const int regression = b.f32("regression", {1, 5});
        b.op(code::Dequantize, {logits}, {regression});
        const int axis = b.i32Values("arg_max/axis", {1}, {1});
        const int label = b.i32("label", {1});
        b.op(code::ArgMax, {logits, axis}, {label}, Writer::argMaxOptions(Type::INT32));
        m.push_back(b.finish("multi_io_mixed_types", {image, features, state}, {probabilities, regression, label},
                             "3 inputs (int8 image, float32 features, int8 state), 3 outputs (int8, float32, int32)"));
    }
    {
        // Quantisation at the edges: float in, int8 inside, float out (the converter's default
        // when inference_input_type stays float).
        Builder b(442);
        const int input = b.f32("input", {1, 24, 24, 3});
        const int q = b.i8("input_int8", {1, 24, 24, 3}, q8(0.0078f, -1));
        b.op(code::Quantize, {input}, {q});
        int x = conv2d(b, "conv", q, {8, 3, 2, Pad::SAME, Act::RELU6}, q8(0.024f, -128));
        x = depthwise(b, "dw", x, {8, 3, 1, Pad::SAME, Act::RELU6}, 1, q8(0.024f, -128));
        x = conv2d(b, "pw", x, {16, 1, 1, Pad::SAME, Act::RELU6}, q8(0.024f, -128));
        const int axes = b.i32Vector("gap/axes", {1, 2});
        const int gap = b.i8("gap", {1, 1, 1, 16}, q8(0.024f, -128));
        b.op(code::Mean, {x, axes}, {gap}, Writer::reducer(true));
        const int flat = reshape(b, "flatten", gap, {1, 16});
        const int logits = fullyConnected(b, "logits", flat, 4, Act::NONE, q8(0.1f));
        const int probabilities = softmax(b, "probabilities", logits);
        const int out = b.f32("output", {1, 4});
        b.op(code::Dequantize, {probabilities}, {out});
        const int embedding = b.f32("embedding", {1, 16});
        b.op(code::Dequantize, {flat}, {embedding});
        m.push_back(b.finish(
            "quantize_edges_i8", {input}, {out, embedding},
            "float32 in, QUANTIZE, int8 body (conv, depthwise, MEAN, FC, softmax), DEQUANTIZE to 2 float32 outputs"));
    }
}

// MobileNet v1 with width 0.25 on a small image: the standard int8 stack.
int mobileNetV1(Builder &b, int input, bool perChannel)
{
    const Quant act = q8(0.0235f, -128); // RELU6 range [0, 6]
    int x = conv2d(b, "conv0", input, {8, 3, 2, Pad::SAME, Act::RELU6, 1, perChannel}, act);
    const struct {
        int channels, stride;
    } blocks[] = {{16, 1}, {32, 2}, {32, 1}, {64, 2}, {64, 1}, {128, 2}, {128, 1}};
    int i = 1;
    for (const auto &block : blocks) {
        x = depthwise(b, "block" + str(i) + "/dw", x, {0, 3, block.stride, Pad::SAME, Act::RELU6, 1, perChannel}, 1,
                      act);
        x = conv2d(b, "block" + str(i) + "/pw", x, {block.channels, 1, 1, Pad::SAME, Act::RELU6, 1, perChannel}, act);
        ++i;
    }
    const int side = b.shape(x)[1];
    x = pool(b, code::AveragePool2D, "pool", x, side, side, Pad::VALID);
    x = reshape(b, "flatten", x, {1, 128});
    x = fullyConnected(b, "logits", x, 10, Act::NONE, q8(0.1f, 0));
    return softmax(b, "probabilities", x);
}

void addNetworks(std::vector<CoverageModel> &m)
{
    for (bool perChannel : {true, false}) {
        Builder b(perChannel ? 451 : 452);
        const int input = b.i8("image", {1, 48, 48, 3}, q8(0.0078f, -1));
        const int out = mobileNetV1(b, input, perChannel);
        m.push_back(b.finish(perChannel ? "mobilenet_v1_i8" : "mobilenet_v1_i8_per_tensor", {input}, {out},
                             std::string("MobileNet v1 0.25 on 48x48x3, int8 ")
                                 + (perChannel ? "per-channel" : "per-tensor")
                                 + ": conv, 7 depthwise/pointwise blocks, average pool, FC, softmax"));
    }
    {
        Builder b(453);
        const int input = b.f32("image", {1, 32, 32, 3});
        int x = conv2d(b, "conv0", input, {8, 3, 2, Pad::SAME, Act::RELU6});
        const struct {
            int channels, stride;
        } blocks[] = {{16, 1}, {32, 2}, {32, 1}, {64, 2}};
        int i = 1;
        for (const auto &block : blocks) {
            x = depthwise(b, "block" + str(i) + "/dw", x, {0, 3, block.stride, Pad::SAME, Act::RELU6});
            x = conv2d(b, "block" + str(i) + "/pw", x, {block.channels, 1, 1, Pad::SAME, Act::RELU6});
            ++i;
        }
        x = pool(b, code::AveragePool2D, "pool", x, 4, 4, Pad::VALID);
        x = reshape(b, "flatten", x, {1, 64});
        x = fullyConnected(b, "logits", x, 10);
        x = softmax(b, "probabilities", x);
        m.push_back(b.finish("mobilenet_v1_f32", {input}, {x}, "MobileNet v1 0.25 on 32x32x3, float32, 4 blocks"));
    }
    {
        // MobileNet v2: inverted residuals (expand 1x1, depthwise, linear projection) with ADD.
        Builder b(454);
        const Quant relu6 = q8(0.0235f, -128), linear = q8(0.05f, 0);
        const int input = b.i8("image", {1, 32, 32, 3}, q8(0.0078f, -1));
        int x = conv2d(b, "conv0", input, {8, 3, 2, Pad::SAME, Act::RELU6}, relu6);
        const struct {
            int expansion, channels, stride;
        } blocks[] = {
            {1, 8, 1}, {4, 12, 2}, {4, 12, 1}, {4, 16, 2}, {4, 16, 1}, {4, 16, 1}, {4, 24, 1}, {4, 24, 1},
        };
        int i = 0;
        for (const auto &block : blocks) {
            const std::string n = "block" + str(i++);
            const int in = x;
            const int inChannels = b.shape(x)[3];
            int h = block.expansion == 1
                ? x
                : conv2d(b, n + "/expand", x, {inChannels * block.expansion, 1, 1, Pad::SAME, Act::RELU6}, relu6);
            h = depthwise(b, n + "/dw", h, {0, 3, block.stride, Pad::SAME, Act::RELU6}, 1, relu6);
            h = conv2d(b, n + "/project", h, {block.channels, 1, 1, Pad::SAME}, linear);
            x = block.stride == 1 && inChannels == block.channels ? binary(b, code::Add, n + "/add", h, in, linear) : h;
        }
        x = conv2d(b, "head", x, {64, 1, 1, Pad::SAME, Act::RELU6}, relu6);
        const int axes = b.i32Vector("gap/axes", {1, 2});
        const int gap = b.i8("gap", {1, 64}, relu6);
        b.op(code::Mean, {x, axes}, {gap}, Writer::reducer(false));
        x = fullyConnected(b, "logits", gap, 10, Act::NONE, q8(0.1f, 0));
        x = softmax(b, "probabilities", x);
        m.push_back(
            b.finish("mobilenet_v2_i8", {input}, {x},
                     "MobileNet v2 on 32x32x3, int8: 8 inverted residual blocks, residual ADDs, MEAN, FC, softmax"));
    }
    {
        // DS-CNN keyword spotting (MLPerf Tiny shape, narrower): 49x10 MFCCs.
        Builder b(455);
        const Quant act = q8(0.02f, -128);
        const int input = b.i8("mfcc", {1, 49, 10, 1}, q8(0.1f, 20));
        const int stemWeights = b.i8Weights("conv0/weights", {32, 10, 4, 1}, std::vector<float>(32, 0.01f), 0);
        const int stemBias = b.i32Bias("conv0/bias", 32, std::vector<float>(32, 0.1f * 0.01f));
        int x = b.i8("conv0", {1, 25, 5, 32}, act);
        b.op(code::Conv2D, {input, stemWeights, stemBias}, {x}, Writer::conv(2, 2, Pad::SAME, Act::RELU, 1, 1));
        for (int i = 1; i <= 4; ++i) {
            x = depthwise(b, "ds" + str(i) + "/dw", x, {0, 3, 1, Pad::SAME, Act::RELU}, 1, act);
            x = conv2d(b, "ds" + str(i) + "/pw", x, {32, 1, 1, Pad::SAME, Act::RELU}, act);
        }
        const int pooled = b.like(x, "pool", {1, 1, 1, 32});
        b.op(code::AveragePool2D, {x}, {pooled}, Writer::pool(25, 5, 25, 5, Pad::VALID));
        x = reshape(b, "flatten", pooled, {1, 32});
        x = fullyConnected(b, "logits", x, 12, Act::NONE, q8(0.1f, 0));
        x = softmax(b, "probabilities", x);
        m.push_back(b.finish("kws_ds_cnn_i8", {input}, {x},
                             "DS-CNN keyword spotting on 49x10 MFCCs, int8: 10x4 conv stride 2, 4 depthwise-separable "
                             "blocks, pool, FC, softmax"));
    }
    {
        // Micro-speech-like SVDF stack.
        Builder b(456);
        const int input = b.i8("features", {1, 40}, q8(0.05f, 0));
        int x = input;
        int inputSize = 40;
        for (int layer = 0; layer < 3; ++layer) {
            const std::string n = "svdf" + str(layer);
            const int units = 16, rank = 1, memory = 8, filters = units * rank;
            const float stateScale = 0.0002f, timeScale = 0.0001f;
            const int wf = b.i8Weights(n + "/weights_feature", {filters, inputSize}, {0.004f});
            const int wt = b.i16Weights(n + "/weights_time", {filters, memory}, timeScale);
            const int bias = b.i32Bias(n + "/bias", units, {stateScale * timeScale});
            const int state = b.writer().variable(n + "/state", Type::INT16, {1, memory * filters});
            b.writer().quantize(state, {stateScale}, {0});
            const int y = b.i8(n, {1, units}, q8(0.05f, -128));
            b.op(code::Svdf, {x, wf, wt, bias, state}, {y}, Writer::svdf(rank, Act::RELU));
            x = y;
            inputSize = units;
        }
        x = fullyConnected(b, "logits", x, 4, Act::NONE, q8(0.1f, 0));
        x = softmax(b, "probabilities", x);
        m.push_back(b.finish("svdf_stack_i8", {input}, {x},
                             "3 int8 SVDF layers with int16 states (micro speech), FC, softmax"));
    }
}

// A BlazeFace-like detector: ZeroPadding2D before strided convolutions, blocks of depthwise 5x5 +
// pointwise with residual ADDs (channel-padded shortcuts, max-pooled when strided), LeakyReLU as
// MUL + MAXIMUM, two heads reshaped and concatenated.
int faceDetector(Builder &b, int input, std::vector<int32_t> &outputs)
{
    const Quant act = q8(0.04f, -10);
    int x = pad2d(b, "stem/pad", input, 1, 2, 1, 2);
    x = conv2d(b, "stem/conv", x, {12, 5, 2, Pad::VALID}, act);
    x = leaky(b, "stem/leaky", x);
    const struct {
        int channels, stride;
    } blocks[] = {{12, 1}, {16, 1}, {24, 2}, {24, 1}, {32, 2}, {32, 1}};
    int i = 0;
    std::vector<int32_t> features;
    for (const auto &block : blocks) {
        const std::string n = "blaze" + str(i++);
        const int inChannels = b.shape(x)[3];
        int h = x;
        if (block.stride == 2)
            h = pad2d(b, n + "/pad", h, 1, 2, 1, 2);
        h = depthwise(b, n + "/dw", h, {0, 5, block.stride, block.stride == 2 ? Pad::VALID : Pad::SAME}, 1, act);
        h = conv2d(b, n + "/pw", h, {block.channels, 1, 1, Pad::SAME}, act);
        int shortcut = x;
        if (block.stride == 2)
            shortcut = pool(b, code::MaxPool2D, n + "/shortcut_pool", shortcut, 2, 2, Pad::VALID);
        if (block.channels > inChannels)
            shortcut = padChannels(b, n + "/shortcut_pad", shortcut, block.channels - inChannels);
        x = binary(b, code::Add, n + "/add", h, shortcut, act);
        x = leaky(b, n + "/leaky", x);
        if (i == 4 || i == 6)
            features.push_back(x);
    }
    std::vector<int32_t> scores, boxes;
    for (size_t k = 0; k < features.size(); ++k) {
        const std::string n = "head" + str(int(k));
        const int side = b.shape(features[k])[1];
        const int perCell = 2;
        const int s = conv2d(b, n + "/scores", features[k], {perCell, 3, 1, Pad::SAME}, act);
        scores.push_back(reshape(b, n + "/scores_flat", s, {1, side * side * perCell, 1}));
        const int r = conv2d(b, n + "/boxes", features[k], {perCell * 4, 3, 1, Pad::SAME}, act);
        boxes.push_back(reshape(b, n + "/boxes_flat", r, {1, side * side * perCell, 4}));
    }
    outputs.push_back(concatenation(b, "scores", scores, 1));
    outputs.push_back(concatenation(b, "boxes", boxes, 1));
    return outputs.back();
}

void addFaceModels(std::vector<CoverageModel> &m)
{
    {
        Builder b(461);
        const int input = b.i8("image", {1, 64, 64, 3}, q8(0.0078f, -1));
        std::vector<int32_t> outputs;
        faceDetector(b, input, outputs);
        m.push_back(b.finish("face_detector_i8", {input}, outputs,
                             "BlazeFace-like detector on 64x64x3, int8: PAD before strided convolutions, "
                             "depthwise 5x5 blocks with residual ADDs (channel-PADded, max-pooled shortcuts), "
                             "LeakyReLU as MUL + MAXIMUM, 2 heads reshaped and concatenated"));
    }
    {
        Builder b(462);
        const int input = b.f32("image", {1, 32, 32, 3});
        std::vector<int32_t> outputs;
        faceDetector(b, input, outputs);
        m.push_back(b.finish("face_detector_f32", {input}, outputs, "the BlazeFace-like detector on 32x32x3, float32"));
    }
    for (bool quantized : {false, true}) {
        // MobileFaceNet-like: PReLU (as RELU + ABS/SUB/MUL in float32; TFLM 2.4's ABS takes
        // float32 only, so the int8 model uses the PRELU operator), bottlenecks with residual
        // ADDs, a global depthwise convolution, a linear embedding, L2_NORMALIZATION.
        Builder b(quantized ? 464 : 463);
        const auto prelu = [&](const std::string &name, int x) {
            return quantized ? preluOp(b, name, x) : preluByAbs(b, name, x);
        };
        const Quant act = q8(0.05f, 0);
        const int input = quantized ? b.i8("face", {1, 32, 32, 3}, q8(0.0078f, -1)) : b.f32("face", {1, 32, 32, 3});
        int x = conv2d(b, "conv1", input, {16, 3, 2, Pad::SAME}, act);
        x = prelu("conv1/prelu", x);
        x = depthwise(b, "conv2_dw", x, {0, 3, 1, Pad::SAME}, 1, act);
        x = prelu("conv2_dw/prelu", x);
        const struct {
            int channels, stride, repeat;
        } stages[] = {{16, 2, 2}, {24, 2, 2}, {24, 1, 1}};
        int i = 0;
        for (const auto &stage : stages) {
            for (int r = 0; r < stage.repeat; ++r) {
                const std::string n = "bottleneck" + str(i++);
                const int stride = r == 0 ? stage.stride : 1;
                const int in = x;
                const int inChannels = b.shape(x)[3];
                int h = conv2d(b, n + "/expand", x, {inChannels * 2, 1, 1, Pad::SAME}, act);
                h = prelu(n + "/expand_prelu", h);
                h = depthwise(b, n + "/dw", h, {0, 3, stride, Pad::SAME}, 1, act);
                h = prelu(n + "/dw_prelu", h);
                h = conv2d(b, n + "/project", h, {stage.channels, 1, 1, Pad::SAME}, act);
                x = stride == 1 && inChannels == stage.channels ? binary(b, code::Add, n + "/add", h, in, act) : h;
            }
        }
        x = conv2d(b, "conv_last", x, {64, 1, 1, Pad::SAME}, act);
        x = prelu("conv_last/prelu", x);
        const int side = b.shape(x)[1];
        x = depthwise(b, "gdc", x, {0, side, 1, Pad::VALID}, 1, act);
        x = conv2d(b, "linear", x, {32, 1, 1, Pad::SAME}, act);
        x = reshape(b, "flatten", x, {1, 32});
        const int embedding = quantized ? b.i8("embedding", {1, 32}, q8(1.0f / 128, 0)) : b.f32("embedding", {1, 32});
        b.op(code::L2Normalization, {x}, {embedding}, Writer::l2NormOptions());
        const std::string description = std::string("MobileFaceNet-like on 32x32x3, ")
            + (quantized ? "int8: PReLU as PRELU" : "float32: PReLU as RELU + ABS, SUB, MUL, ADD")
            + "; bottlenecks with residual ADDs; global depthwise conv; L2_NORMALIZATION";
        m.push_back(b.finish(quantized ? "mobilefacenet_i8" : "mobilefacenet_f32", {input}, {embedding}, description));
    }
}

void addLifetimeStress(std::vector<CoverageModel> &m)
{
    {
        // A small U-Net: the encoder's tensors stay alive until the decoder concatenates them.
        Builder b(471);
        const Quant act = q8(0.05f, -128);
        const int input = b.i8("image", {1, 32, 32, 4}, act);
        const int e1 = conv2d(b, "enc1", input, {8, 3, 1, Pad::SAME, Act::RELU}, act);
        const int e2 = conv2d(b, "enc2", pool(b, code::MaxPool2D, "down1", e1, 2, 2, Pad::VALID),
                              {16, 3, 1, Pad::SAME, Act::RELU}, act);
        const int e3 = conv2d(b, "enc3", pool(b, code::MaxPool2D, "down2", e2, 2, 2, Pad::VALID),
                              {32, 3, 1, Pad::SAME, Act::RELU}, act);
        const auto up = [&](const std::string &n, int x, int skip) {
            const Shape s = b.shape(skip);
            const int size = b.i32Vector(n + "/size", {s[1], s[2]});
            const int u = b.like(x, n + "/upsample", {1, s[1], s[2], b.shape(x)[3]});
            b.op(code::ResizeNearestNeighbor, {x, size}, {u}, Writer::resizeNearestNeighborOptions(false, false));
            return conv2d(b, n + "/conv", concatenation(b, n + "/concat", {u, skip}, 3),
                          {s[3], 3, 1, Pad::SAME, Act::RELU}, act);
        };
        const int d2 = up("dec2", e3, e2);
        const int d1 = up("dec1", d2, e1);
        const int out = conv2d(b, "mask", d1, {1, 1, 1, Pad::SAME}, q8(0.05f));
        m.push_back(b.finish("unet_i8", {input}, {out},
                             "U-Net on 32x32x4, int8: encoder tensors alive until the decoder's "
                             "RESIZE_NEAREST_NEIGHBOR + CONCATENATION"));
    }
    for (bool nested : {true, false}) {
        // Feature maps of 8 kB, 2 kB and 512 B made early and reduced late: in the reverse order
        // (nested lifetimes, all alive at once) or in the same order two steps late
        // (interleaved): the cases that separate planners.
        Builder b(nested ? 472 : 473);
        const Quant act = q8(0.05f, 0);
        const int input = b.i8("input", {1, 32, 32, 8}, act);
        std::vector<int32_t> maps;
        for (int i = 0; i < 9; ++i) {
            const int stride = 1 << (i % 3);
            maps.push_back(depthwise(b, "map" + str(i), input, {0, 3, stride, Pad::SAME}, 1, act));
        }
        std::vector<int32_t> order;
        for (int i = 0; i < 9; ++i)
            order.push_back(nested ? 8 - i : i);
        int acc = -1;
        for (int i : order) {
            const std::string n = "reduce" + str(i);
            const int axes = b.i32Vector(n + "/axes", {1, 2});
            const int mean = b.i8(n, {1, 1, 1, 8}, act);
            b.op(code::Mean, {maps[size_t(i)], axes}, {mean}, Writer::reducer(true));
            acc = acc < 0 ? mean : binary(b, code::Add, "sum" + str(i), acc, mean, act);
        }
        m.push_back(b.finish(nested ? "lifetimes_nested_i8" : "lifetimes_interleaved_i8", {input}, {acc},
                             std::string("9 feature maps of 8 kB, 2 kB and 512 B, reduced by MEAN ")
                                 + (nested ? "in reverse order (nested lifetimes)" : "in creation order")));
    }
}

// A GRU cell unrolled over 6 steps: many small tensors with short, overlapping lifetimes, the
// recurrent network TFLM 2.4 can run (it has no LSTM kernels).
CoverageModel unrolledGru(bool quantized)
{
    Builder b(quantized ? 482 : 481);
    const int steps = 6, features = 8, units = 16;
    // One scale for the inputs and the hidden state, so that concatenating them needs no
    // rescaling (the converter does the same).
    const Quant hidden = q8(1.0f / 128, 0);
    const int input =
        quantized ? b.i8("sequence", {1, steps, features}, hidden) : b.f32("sequence", {1, steps, features});
    const int rows = reshape(b, "rows", input, {steps, features});
    std::vector<int32_t> xs;
    for (int t = 0; t < steps; ++t)
        xs.push_back(b.like(rows, "x" + str(t), {1, features}));
    b.op(code::Unpack, {rows}, xs, Writer::unpackOptions(steps, 0));
    int h;
    if (quantized) {
        h = b.writer().constantData("h0", Type::INT8, {1, units}, std::string(size_t(units), '\0'));
        b.writer().quantize(h, {hidden.scale}, {hidden.zeroPoint});
    } else {
        h = b.f32Values("h0", {1, units}, std::vector<float>(units, 0.0f));
    }
    for (int t = 0; t < steps; ++t) {
        const std::string n = "step" + str(t);
        const int xh = concatenation(b, n + "/xh", {xs[size_t(t)], h}, 1);
        const auto gate = [&](const std::string &g, int32_t activation) {
            const int pre = fullyConnected(b, n + "/" + g, xh, units, Act::NONE, q8(0.1f, 0));
            int out;
            if (!quantized)
                out = b.f32(n + "/" + g + "_act", {1, units});
            else if (activation == code::Logistic)
                out = b.i8(n + "/" + g + "_act", {1, units}, q8(1.0f / 256, -128));
            else
                out = b.i8(n + "/" + g + "_act", {1, units}, hidden);
            b.op(activation, {pre}, {out});
            return out;
        };
        const int z = gate("update", code::Logistic);
        const int r = gate("reset", code::Logistic);
        const int candidate = gate("candidate", code::Tanh);
        // (1 - z) * candidate as candidate - z * candidate: TFLM 2.4's int8 SUB checks that its
        // inputs' zero points lie in [-127, 127], and LOGISTIC's output zero point is -128.
        const int zc = binary(b, code::Mul, n + "/z_candidate", z, candidate, hidden);
        const int fresh = binary(b, code::Sub, n + "/fresh", candidate, zc, hidden);
        const int old = binary(b, code::Mul, n + "/old", z, h, hidden);
        const int gated = binary(b, code::Mul, n + "/reset_gate", r, old, hidden);
        h = binary(b, code::Add, n + "/h", fresh, gated, hidden);
    }
    const int logits = fullyConnected(b, "logits", h, 4, Act::NONE, q8(0.1f, 0));
    const int out = softmax(b, "probabilities", logits);
    return b.finish(quantized ? "gru_unrolled_i8" : "gru_unrolled_f32", {input}, {out},
                    std::string("a GRU-like cell unrolled over 6 steps, ") + (quantized ? "int8" : "float32")
                        + ": UNPACK, CONCATENATION, FULLY_CONNECTED, LOGISTIC, TANH, SUB, MUL, ADD");
}

void addRecurrentAndDetection(std::vector<CoverageModel> &m)
{
    m.push_back(unrolledGru(false));
    m.push_back(unrolledGru(true));
}

} // namespace

void addGraphModels(std::vector<CoverageModel> &models)
{
    addResidualChains(models);
    addFanOutFanIn(models);
    addElementwiseChains(models);
    addConcatAndReshape(models);
    addInputsOutputs(models);
    addNetworks(models);
    addFaceModels(models);
    addLifetimeStress(models);
    addRecurrentAndDetection(models);
}

} // namespace tinyml::test::coverage
