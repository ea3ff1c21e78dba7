#include "CmsisNnKernels.h"

#include "BuiltinOperator.h"
#include "TfliteModel.h"

#include <algorithm>
#include <unordered_map>

namespace tinyml::tflite {
namespace {

// Sizes as arm-none-eabi-gcc 12 lays the structs out: 4-byte pointers and one-byte enums
// (TfLiteFullyConnectedParams is 4 bytes, TfLiteAddParams 2). Init state is the kernel's OpData
// (CONV_2D: padding 16 + three zero points 12 + multiplier and shift 8 + two pointers 8 +
// activation range 8 + scratch index 4 = 56).
struct FixedPart {
    uint16_t paramsBytes;
    uint8_t paramsAlign;
    uint16_t initBytes;
};

const std::unordered_map<std::string, FixedPart> &fixedParts()
{
    static const std::unordered_map<std::string, FixedPart> parts = {
        {"CONV_2D", {24, 4, 56}},
        {"DEPTHWISE_CONV_2D", {28, 4, 56}},
        {"FULLY_CONNECTED", {4, 1, 36}},
        {"AVERAGE_POOL_2D", {40, 4, 28}},
        {"MAX_POOL_2D", {40, 4, 28}},
        {"SOFTMAX", {4, 4, 56}},
        {"ADD", {2, 1, 52}},
        {"SUB", {2, 1, 52}},
        {"MUL", {1, 1, 28}},
        {"CONCATENATION", {8, 4, 24}},
        {"RESHAPE", {36, 4, 0}},
        {"QUANTIZE", {0, 1, 32}},
        {"DEQUANTIZE", {0, 1, 32}},
        {"PAD", {0, 1, 48}},
        {"PADV2", {0, 1, 48}},
        {"LOGISTIC", {0, 1, 16}},
        {"TANH", {0, 1, 16}},
        {"RELU", {0, 1, 28}},
        {"RELU6", {0, 1, 4}},
        {"HARD_SWISH", {0, 1, 20}},
        {"PRELU", {0, 1, 28}},
        {"L2_NORMALIZATION", {1, 1, 4}},
        {"EQUAL", {0, 1, 32}},
        {"NOT_EQUAL", {0, 1, 32}},
        {"GREATER", {0, 1, 32}},
        {"GREATER_EQUAL", {0, 1, 32}},
        {"LESS", {0, 1, 32}},
        {"LESS_EQUAL", {0, 1, 32}},
        {"MEAN", {1, 1, 36}},
        {"REDUCE_MAX", {1, 1, 36}},
        {"STRIDED_SLICE", {20, 4, 84}},
        {"SVDF", {8, 4, 32}},
        {"RESIZE_NEAREST_NEIGHBOR", {2, 1, 0}},
        {"ARG_MAX", {1, 1, 0}},
        {"ARG_MIN", {1, 1, 0}},
        {"SHAPE", {1, 1, 0}},
        {"SPLIT", {4, 4, 0}},
        {"SPLIT_V", {4, 4, 0}},
        {"PACK", {8, 4, 0}},
        {"UNPACK", {8, 4, 0}},
        {"ABS", {0, 1, 0}},
        {"SIN", {0, 1, 0}},
        {"COS", {0, 1, 0}},
        {"LOG", {0, 1, 0}},
        {"SQRT", {0, 1, 0}},
        {"RSQRT", {0, 1, 0}},
        {"SQUARE", {0, 1, 0}},
        {"LOGICAL_NOT", {0, 1, 0}},
        {"CEIL", {0, 1, 0}},
        {"FLOOR", {0, 1, 0}},
        {"ROUND", {0, 1, 0}},
        {"NEG", {0, 1, 0}},
        {"LOGICAL_AND", {0, 1, 0}},
        {"LOGICAL_OR", {0, 1, 0}},
        {"MAXIMUM", {0, 1, 0}},
        {"MINIMUM", {0, 1, 0}},
        {"TFLite_Detection_PostProcess", {0, 1, 112}},
    };
    return parts;
}

const Tensor *tensorAt(const Subgraph &subgraph, const std::vector<int32_t> &indices, size_t i)
{
    return i < indices.size() && indices[i] >= 0 ? &subgraph.tensors[size_t(indices[i])] : nullptr;
}

// A dimension; unknown (-1) or missing ones count as 0.
uint64_t dim(const Tensor *t, size_t axis)
{
    return t && axis < t->shape.size() && t->shape[axis] > 0 ? uint64_t(t->shape[axis]) : 0;
}

bool isInt8(const Tensor *t)
{
    return t && t->type == TensorType::Int8;
}

// What Prepare allocates for good and the scratch buffers it asks for, beyond the fixed parts.
void prepareNeeds(const Subgraph &subgraph, const Operator &op, KernelNeeds &needs)
{
    const Tensor *in = tensorAt(subgraph, op.inputs, 0);
    const Tensor *filter = tensorAt(subgraph, op.inputs, 1);
    const Tensor *out = tensorAt(subgraph, op.outputs, 0);
    const std::string &name = op.name;
    if (name == "CONV_2D") {
        // Per-channel arrays for every input type (TFLM issue 42883); arm_convolve_wrapper_s8
        // needs no buffer only on its 1x1 fast path (stride 1 and 1x1 filters leave no padding).
        const uint64_t channels = dim(filter, 0);
        needs.prepare = {bytesOf({4, channels}), bytesOf({4, channels})};
        if (isInt8(in)) {
            const uint64_t cin = dim(in, 3), fh = dim(filter, 1), fw = dim(filter, 2);
            const bool fast1x1 = fh == 1 && fw == 1 && op.options.strideW.value_or(1) == 1
                && op.options.strideH.value_or(1) == 1 && cin % 4 == 0;
            if (!fast1x1 && bytesOf({cin, fh, fw}) > 0)
                needs.scratch.push_back(bytesOf({4, cin, fh, fw}));
        }
    } else if (name == "DEPTHWISE_CONV_2D") {
        const uint64_t channels = dim(filter, 3);
        needs.prepare = {bytesOf({4, channels}), bytesOf({4, channels})};
        // arm_depthwise_conv_s8_opt's im2col, asked for whenever the multiplier is 1.
        if (isInt8(in) && dim(in, 3) == dim(out, 3) && bytesOf({dim(in, 3), dim(filter, 1), dim(filter, 2)}) > 0)
            needs.scratch.push_back(bytesOf({2, dim(in, 3), dim(filter, 1), dim(filter, 2)}));
    } else if (name == "AVERAGE_POOL_2D") {
        if (isInt8(in) && dim(in, 3) > 0)
            needs.scratch.push_back(bytesOf({4, dim(in, 3)}));
    } else if (name == "SOFTMAX") {
        if (in && in->type == TensorType::Int16)
            needs.prepare = {1026, 1026}; // two int16[513] lookup tables
    } else if (name == "CONCATENATION") {
        if (in && (in->type == TensorType::Int8 || in->type == TensorType::UInt8)) {
            const uint64_t inputs = op.inputs.size();
            needs.prepare = {4 * inputs, 4 * inputs};
        }
    } else if (name == "MUL") {
        // A scalar output gets its dimensions from the input, sized (by a TFLM slip) in bytes.
        if (out && out->shape.empty())
            needs.prepare = {bytesOf({4, out->byteSize().value_or(0)}) + 4};
    } else if (name == "MEAN") {
        if (in && (in->type == TensorType::Int8 || in->type == TensorType::UInt8) && out)
            needs.scratch.push_back(bytesOf({4, out->elementCount()}));
    } else if (name == "REDUCE_MAX") {
        const Tensor *axis = tensorAt(subgraph, op.inputs, 1);
        needs.scratch.push_back(4 * (in ? in->shape.size() : 0));
        needs.scratch.push_back(bytesOf({4, axis ? axis->elementCount() : 0}));
    } else if (name == "TFLite_Detection_PostProcess") {
        // Its eleven working buffers, sized by the boxes and the options' maxima.
        const Tensor *scores = tensorAt(subgraph, op.inputs, 1);
        const uint64_t boxes = dim(in, 1);
        const uint64_t detections = uint64_t(op.options.maxDetections.value_or(0));
        const uint64_t classes = uint64_t(op.options.numClasses.value_or(0));
        needs.scratch = {boxes,
                         bytesOf({16, boxes}),
                         bytesOf({4, dim(scores, 1), dim(scores, 2)}),
                         bytesOf({4, boxes}),
                         bytesOf({4, boxes}),
                         bytesOf({4, detections, boxes}),
                         bytesOf({4, detections, boxes}),
                         bytesOf({4, boxes}),
                         bytesOf({4, detections, boxes}),
                         bytesOf({4, std::max(classes, detections), boxes}),
                         bytesOf({4, std::min(boxes, detections), boxes})};
    } else if (name == "SVDF") {
        const uint64_t batch = dim(in, 0), filters = dim(filter, 0);
        const int32_t rank = op.options.rank.value_or(1);
        needs.scratch.push_back(bytesOf({4, batch, filters}));
        if (isInt8(in) && rank > 0)
            needs.scratch.push_back(bytesOf({4, batch, filters / uint64_t(rank)}));
    }
}

} // namespace

KernelNeeds cmsisNnNeeds(const Subgraph &subgraph, const Operator &op)
{
    KernelNeeds needs;
    const auto &parts = fixedParts();
    const auto it = parts.find(op.name);
    if (it == parts.end())
        return needs;
    needs.known = true;
    needs.paramsBytes = it->second.paramsBytes;
    needs.paramsAlign = it->second.paramsAlign;
    if (it->second.initBytes)
        needs.init.push_back(it->second.initBytes);
    prepareNeeds(subgraph, op, needs);
    return needs;
}

} // namespace tinyml::tflite
