// The Prepare checks of TFLM's kernels that decide whether a model allocates at all, for both
// kernel sets: the Arduino library's TFLM 2.4 (CMSIS-NN where it has them) and the paper's older
// reference build, which makes fewer checks and accepts fewer QUANTIZE types. Each was seen to
// fail AllocateTensors on the runtime it is listed for.
#include "KernelFootprint.h"

#include "TfliteModel.h"

#include <cmath>
#include <string>

namespace tinyml::tflite {
namespace {

const Tensor *inputOf(const Subgraph &subgraph, const Operator &op, size_t i)
{
    return i < op.inputs.size() && op.inputs[i] >= 0 ? &subgraph.tensors[size_t(op.inputs[i])] : nullptr;
}

const Tensor *outputOf(const Subgraph &subgraph, const Operator &op, size_t i)
{
    return i < op.outputs.size() && op.outputs[i] >= 0 ? &subgraph.tensors[size_t(op.outputs[i])] : nullptr;
}

float scaleOf(const Tensor *t)
{
    return t && t->quantization && !t->quantization->scale.empty() ? t->quantization->scale.front() : 0.0f;
}

int64_t zeroPointOf(const Tensor *t)
{
    return t && t->quantization && !t->quantization->zeroPoint.empty() ? t->quantization->zeroPoint.front() : 0;
}

bool perChannel(const Tensor *t)
{
    return t && t->quantization && t->quantization->scale.size() > 1;
}

std::string commonRejects(const Subgraph &subgraph, const Operator &op)
{
    const Tensor *in = inputOf(subgraph, op, 0);
    const Tensor *second = inputOf(subgraph, op, 1);
    const std::string &name = op.name;
    if (name == "FULLY_CONNECTED" && in && second && in->type != second->type)
        return "FULLY_CONNECTED with " + std::string(tensorTypeName(in->type)) + " input and "
            + tensorTypeName(second->type) + " weights (a hybrid model) is not supported";
    if ((name == "CONV_2D" || name == "DEPTHWISE_CONV_2D") && in && in->type == TensorType::UInt8 && perChannel(second))
        return name + " with UINT8 input takes per-tensor quantised weights only";
    if (name == "CONCATENATION") {
        if (op.inputs.size() > 10)
            return "CONCATENATION takes at most 10 inputs";
        for (int32_t t : op.inputs) {
            if (t >= 0 && subgraph.tensors[size_t(t)].shape.size() > 4)
                return "CONCATENATION takes tensors of at most 4 dimensions";
        }
    }
    if ((name == "PAD" || name == "PADV2") && second && !second->isConstant())
        return name + "'s paddings must be constant";
    const bool quantized = in && (in->type == TensorType::Int8 || in->type == TensorType::UInt8);
    const bool checksBiasScale = (name == "FULLY_CONNECTED" && quantized)
        || ((name == "CONV_2D" || name == "DEPTHWISE_CONV_2D") && in && in->type == TensorType::UInt8);
    const Tensor *bias = inputOf(subgraph, op, 2);
    const Tensor *out = outputOf(subgraph, op, 0);
    if (checksBiasScale && bias && scaleOf(out) > 0) {
        // GetQuantizedConvolutionMultipler: the bias scale must be the input's times the weights'.
        const double product = double(scaleOf(in)) * double(scaleOf(second));
        if (!(std::abs(product - double(scaleOf(bias))) / double(scaleOf(out)) <= 0.02))
            return name + "'s bias scale is not its input scale times its weight scale";
    }
    return {};
}

std::string arduinoRejects(const Subgraph &subgraph, const Operator &op)
{
    const Tensor *in = inputOf(subgraph, op, 0);
    const Tensor *second = inputOf(subgraph, op, 1);
    const Tensor *out = outputOf(subgraph, op, 0);
    const std::string &name = op.name;
    if (name == "RESIZE_NEAREST_NEIGHBOR" && second && !second->isConstant())
        return "RESIZE_NEAREST_NEIGHBOR's size must be constant";
    if (name == "SPLIT" && in && !in->isConstant())
        return "SPLIT's axis must be constant";
    if ((name == "SOFTMAX" || name == "LOGISTIC") && in && in->type == TensorType::Int8 && out
        && out->type == TensorType::Int8 && (zeroPointOf(out) != -128 || scaleOf(out) != 1.0f / 256))
        return name + " with INT8 output needs output zero point -128 and scale 1/256";
    if (name == "SOFTMAX" && in && (in->type == TensorType::Int8 || in->type == TensorType::UInt8)) {
        // PreprocessSoftmaxScaling's TFLITE_CHECK: beta × input scale, in Q5.26, must exceed 1.
        // It aborts the runtime (even the Arduino build keeps TFLITE_CHECK); a missing
        // SoftmaxOptions leaves beta 0, the published default. The paper's older build checks
        // nothing at Prepare.
        const double beta = op.options.beta.value_or(0.0f);
        if (!(beta * double(scaleOf(in)) * double(1 << 26) > 1.0))
            return "SOFTMAX's beta (" + std::to_string(beta) + ") times its input scale is too small for the "
                + "fixed-point softmax, which aborts";
    }
    if (name == "HARD_SWISH" && in && (in->type == TensorType::Int8 || in->type == TensorType::UInt8)
        && scaleOf(out) > 0 && double(scaleOf(in)) / 128.0 / double(scaleOf(out)) >= 1.0)
        return "HARD_SWISH needs an output scale above 1/128 of the input's";
    return {};
}

std::string paperRejects(const Subgraph &subgraph, const Operator &op)
{
    const Tensor *in = inputOf(subgraph, op, 0);
    const Tensor *out = outputOf(subgraph, op, 0);
    const std::string &name = op.name;
    if (name == "QUANTIZE" && out && out->type != TensorType::Int8 && out->type != TensorType::UInt8)
        return std::string("QUANTIZE to ") + tensorTypeName(out->type)
            + " is not supported by this build (INT8 and UINT8 only)";
    if ((name == "CEIL" || name == "ROUND") && in && in->type != TensorType::Float32)
        return name + " takes FLOAT32 only";
    if (name == "CONCATENATION" && in && (in->type == TensorType::Int16 || in->type == TensorType::Bool))
        return std::string("CONCATENATION of ") + tensorTypeName(in->type) + " is not supported";
    return {};
}

} // namespace

std::string kernelRejects(KernelSet kernels, const Subgraph &subgraph, const Operator &op)
{
    if (std::string common = commonRejects(subgraph, op); !common.empty())
        return common;
    return kernels == KernelSet::CmsisNnCortexM4 ? arduinoRejects(subgraph, op) : paperRejects(subgraph, op);
}

} // namespace tinyml::tflite
