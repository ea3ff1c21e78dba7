#include "TfliteModel.h"

namespace tinyml::tflite {

uint64_t Tensor::elementCount() const
{
    // The reader rejects negative dimensions and products beyond 2^40, so this cannot overflow.
    uint64_t count = 1;
    for (int32_t dim : shape)
        count *= static_cast<uint64_t>(dim);
    return count;
}

std::optional<uint64_t> Tensor::byteSize() const
{
    const unsigned bits = tensorTypeBits(type);
    if (bits == 0)
        return std::nullopt;
    return (elementCount() * bits + 7) / 8;
}

unsigned tensorTypeBits(TensorType type)
{
    switch (type) {
    case TensorType::Bool:
    case TensorType::UInt8:
    case TensorType::Int8:
    case TensorType::Float8E4M3FN:
    case TensorType::Float8E5M2: return 8;
    case TensorType::Float16:
    case TensorType::Int16:
    case TensorType::UInt16:
    case TensorType::BFloat16: return 16;
    case TensorType::Float32:
    case TensorType::Int32:
    case TensorType::UInt32: return 32;
    case TensorType::Float64:
    case TensorType::Int64:
    case TensorType::UInt64:
    case TensorType::Complex64: return 64;
    case TensorType::Complex128: return 128;
    case TensorType::Int4:
    case TensorType::UInt4: return 4;
    case TensorType::Int2: return 2;
    case TensorType::String:
    case TensorType::Resource:
    case TensorType::Variant: return 0;
    }
    return 0;
}

const char *tensorTypeName(TensorType type)
{
    switch (type) {
    case TensorType::Float32: return "FLOAT32";
    case TensorType::Float16: return "FLOAT16";
    case TensorType::Int32: return "INT32";
    case TensorType::UInt8: return "UINT8";
    case TensorType::Int64: return "INT64";
    case TensorType::String: return "STRING";
    case TensorType::Bool: return "BOOL";
    case TensorType::Int16: return "INT16";
    case TensorType::Complex64: return "COMPLEX64";
    case TensorType::Int8: return "INT8";
    case TensorType::Float64: return "FLOAT64";
    case TensorType::Complex128: return "COMPLEX128";
    case TensorType::UInt64: return "UINT64";
    case TensorType::Resource: return "RESOURCE";
    case TensorType::Variant: return "VARIANT";
    case TensorType::UInt32: return "UINT32";
    case TensorType::UInt16: return "UINT16";
    case TensorType::Int4: return "INT4";
    case TensorType::BFloat16: return "BFLOAT16";
    case TensorType::Int2: return "INT2";
    case TensorType::UInt4: return "UINT4";
    case TensorType::Float8E4M3FN: return "FLOAT8_E4M3FN";
    case TensorType::Float8E5M2: return "FLOAT8_E5M2";
    }
    return "UNKNOWN";
}

const char *activationName(Activation activation)
{
    switch (activation) {
    case Activation::None: return "NONE";
    case Activation::Relu: return "RELU";
    case Activation::ReluN1To1: return "RELU_N1_TO_1";
    case Activation::Relu6: return "RELU6";
    case Activation::Tanh: return "TANH";
    case Activation::SignBit: return "SIGN_BIT";
    case Activation::Unknown: break;
    }
    return "UNKNOWN";
}

const char *paddingName(Padding padding)
{
    switch (padding) {
    case Padding::Same: return "SAME";
    case Padding::Valid: return "VALID";
    case Padding::Unknown: break;
    }
    return "UNKNOWN";
}

} // namespace tinyml::tflite
