#include "KernelFootprint.h"

#include "BuiltinOperator.h"
#include "CmsisNnKernels.h"
#include "TfliteModel.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace tinyml::tflite {
namespace {

// The paper's measuring program (find-arena-size: TFLM of the 2.3/2.4 era with reference kernels,
// x86-64), read from its disassembly (every size is an immediate there) and checked against it on
// single-operator models: the parsed options (size, alignment), Init's state, and Prepare's
// per-channel arrays. Every registered operator not listed allocates nothing.
struct ReferenceKernel {
    uint16_t paramsBytes;
    uint8_t paramsAlign;
    uint16_t initBytes;
    enum PerChannel : uint8_t { None, FilterDim0, FilterDim3 } perChannel;
};

const std::unordered_map<std::string, ReferenceKernel> &referenceKernels()
{
    using R = ReferenceKernel;
    static const std::unordered_map<std::string, ReferenceKernel> kernels = {
        {"CONV_2D", {24, 4, 48, R::FilterDim0}},
        {"DEPTHWISE_CONV_2D", {28, 4, 48, R::FilterDim3}},
        {"FULLY_CONNECTED", {12, 4, 20, R::None}},
        {"SVDF", {12, 4, 24, R::None}},
        {"QUANTIZE", {0, 1, 8, R::None}},
        {"DEQUANTIZE", {0, 1, 8, R::None}},
        {"AVERAGE_POOL_2D", {40, 4, 0, R::None}},
        {"MAX_POOL_2D", {40, 4, 0, R::None}},
        {"RESHAPE", {36, 4, 0, R::None}},
        {"STRIDED_SLICE", {20, 4, 0, R::None}},
        {"CONCATENATION", {8, 4, 0, R::None}},
        {"PACK", {8, 4, 0, R::None}},
        {"UNPACK", {8, 4, 0, R::None}},
        {"ADD", {4, 4, 0, R::None}},
        {"SUB", {4, 4, 0, R::None}},
        {"MUL", {4, 4, 0, R::None}},
        {"SOFTMAX", {4, 4, 0, R::None}},
        {"SPLIT", {4, 4, 0, R::None}},
        {"ARG_MAX", {4, 4, 0, R::None}},
        {"ARG_MIN", {4, 4, 0, R::None}},
        {"L2_NORMALIZATION", {4, 4, 0, R::None}},
        {"MEAN", {1, 1, 0, R::None}},
        {"RESIZE_NEAREST_NEIGHBOR", {2, 1, 0, R::None}},
    };
    return kernels;
}

uint64_t dimOf(const Subgraph &subgraph, const Operator &op, size_t input, size_t axis)
{
    if (op.inputs.size() <= input || op.inputs[input] < 0)
        return 0;
    const std::vector<int32_t> &shape = subgraph.tensors[size_t(op.inputs[input])].shape;
    return axis < shape.size() && shape[axis] > 0 ? uint64_t(shape[axis]) : 0;
}

KernelNeeds referenceNeeds(const Subgraph &subgraph, const Operator &op)
{
    KernelNeeds needs;
    if (op.builtinCode == op::Custom)
        return needs;
    needs.known = true;
    const auto &kernels = referenceKernels();
    const auto it = kernels.find(op.name);
    if (it == kernels.end())
        return needs;
    const ReferenceKernel &k = it->second;
    needs.paramsBytes = k.paramsBytes;
    needs.paramsAlign = k.paramsAlign;
    if (k.initBytes)
        needs.init.push_back(k.initBytes);
    if (k.perChannel != ReferenceKernel::None) {
        const uint64_t channels = dimOf(subgraph, op, 1, k.perChannel == ReferenceKernel::FilterDim0 ? 0 : 3);
        needs.prepare = {bytesOf({4, channels}), bytesOf({4, channels})};
    }
    if (op.name == "SVDF" && !op.inputs.empty() && op.inputs[0] >= 0) {
        const uint64_t batch = dimOf(subgraph, op, 0, 0), filters = dimOf(subgraph, op, 1, 0);
        const uint64_t rank = uint64_t(std::max(1, op.options.rank.value_or(1)));
        needs.scratch.push_back(bytesOf({4, batch, filters}));
        if (subgraph.tensors[size_t(op.inputs[0])].type == TensorType::Int8)
            needs.scratch.push_back(bytesOf({4, batch, filters / rank}));
    }
    return needs;
}

} // namespace

uint64_t bytesOf(std::initializer_list<uint64_t> factors)
{
    // Far beyond any arena, and thousands of them still add up without wrapping.
    constexpr uint64_t kCeiling = uint64_t(1) << 48;
    uint64_t product = 1;
    for (uint64_t f : factors) {
        if (f && product > kCeiling / f)
            return kCeiling;
        product *= f;
    }
    return product;
}

KernelNeeds kernelNeeds(KernelSet kernels, const Subgraph &subgraph, const Operator &op)
{
    switch (kernels) {
    case KernelSet::ReferenceX86_64: return referenceNeeds(subgraph, op);
    case KernelSet::CmsisNnCortexM4: return cmsisNnNeeds(subgraph, op);
    }
    return {};
}

} // namespace tinyml::tflite
