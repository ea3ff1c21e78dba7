// The facts read from a .tflite file, as plain values.
//
// Everything here is copied out of the FlatBuffer after it passed the verifier and the
// reader's own range checks, so later stages (MAC counting, memory planning, the knowledge graph)
// never touch the raw buffer and never need to re-check an index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tinyml::tflite {

// Published TensorFlow Lite tensor type numbers.
enum class TensorType : int8_t {
    Float32 = 0,
    Float16 = 1,
    Int32 = 2,
    UInt8 = 3,
    Int64 = 4,
    String = 5,
    Bool = 6,
    Int16 = 7,
    Complex64 = 8,
    Int8 = 9,
    Float64 = 10,
    Complex128 = 11,
    UInt64 = 12,
    Resource = 13,
    Variant = 14,
    UInt32 = 15,
    UInt16 = 16,
    Int4 = 17,
    BFloat16 = 18,
    Int2 = 19,
    UInt4 = 20,
    Float8E4M3FN = 21,
    Float8E5M2 = 22,
};

// Published fused activation numbers; Unknown stands for a value this reader does not name.
enum class Activation : int8_t {
    None = 0,
    Relu = 1,
    ReluN1To1 = 2,
    Relu6 = 3,
    Tanh = 4,
    SignBit = 5,
    Unknown = 127,
};

enum class Padding : int8_t { Same = 0, Valid = 1, Unknown = 127 };

struct Quantization {
    std::vector<float> scale;
    std::vector<int64_t> zeroPoint;
    std::vector<float> min;
    std::vector<float> max;
    int32_t quantizedDimension = 0;

    bool isPerChannel() const { return scale.size() > 1; }
};

struct Tensor {
    std::string name;
    TensorType type = TensorType::Float32;
    std::vector<int32_t> shape;
    std::vector<int32_t> shapeSignature; // empty when the file has none
    uint32_t buffer = 0;                 // index into Model::buffers; 0 is the empty sentinel
    uint64_t dataBytes = 0;              // bytes of constant data in that buffer
    bool isVariable = false;
    std::optional<Quantization> quantization;

    bool isConstant() const { return dataBytes > 0; }
    uint64_t elementCount() const; // product of shape; 1 for a scalar
    // Bytes of the tensor's values, or nullopt for types without a fixed element size (string,
    // resource, variant). Sub-byte types (INT4, UINT4, INT2) are packed, rounded up to a byte.
    std::optional<uint64_t> byteSize() const;
};

struct OperatorCode {
    int32_t builtinCode = 0; // BuiltinOperator number, resolved from both code fields
    std::string customCode;  // set for CUSTOM operators
    int32_t version = 1;
};

// Options of the builtin operators that change shapes, cost or memory. Only the fields the
// operator's option table carries are set.
struct OperatorOptions {
    std::optional<Padding> padding;
    std::optional<int32_t> strideW, strideH;
    std::optional<int32_t> dilationW, dilationH;
    std::optional<int32_t> filterW, filterH;
    std::optional<int32_t> depthMultiplier;
    std::optional<Activation> fusedActivation;
    std::optional<bool> keepNumDims;
    std::optional<bool> keepDims;
    std::optional<int32_t> axis;
    std::optional<int32_t> numSplits;
    std::optional<float> beta;
    std::optional<float> alpha;
    std::optional<bool> adjX, adjY;
    std::optional<bool> timeMajor;
    std::optional<int32_t> rank;
    std::vector<int32_t> newShape;
    std::vector<int32_t> squeezeDims;
    // From the FlexBuffers options of the custom TFLite_Detection_PostProcess: they size its
    // scratch buffers.
    std::optional<int32_t> maxDetections;
    std::optional<int32_t> numClasses;
};

struct Operator {
    uint32_t opcodeIndex = 0;
    int32_t builtinCode = 0;
    std::string name;            // builtin name, or the custom code for CUSTOM
    std::vector<int32_t> inputs; // -1 marks an optional input that is absent
    std::vector<int32_t> outputs;
    std::vector<int32_t> intermediates;
    OperatorOptions options;
    uint32_t builtinOptionsType = 0;
    uint64_t customOptionsBytes = 0;
};

struct Subgraph {
    std::string name;
    std::vector<Tensor> tensors;
    std::vector<int32_t> inputs;
    std::vector<int32_t> outputs;
    std::vector<Operator> operators;
};

struct MetadataEntry {
    std::string name;
    uint32_t buffer = 0;
};

struct Model {
    uint32_t schemaVersion = 0;
    std::string description; // the producer, e.g. "TOCO Converted."
    std::vector<OperatorCode> operatorCodes;
    std::vector<Subgraph> subgraphs;
    std::vector<uint64_t> bufferBytes; // size of each buffer's data
    std::vector<MetadataEntry> metadata;
    // Arena offsets planned ahead of time ("OfflineMemoryAllocation" metadata) for the tensors
    // of the first subgraph; -1 leaves a tensor to the online planner. Empty when absent.
    std::vector<int32_t> offlineOffsets;
};

const char *tensorTypeName(TensorType type);
const char *activationName(Activation activation);
const char *paddingName(Padding padding);
// Bytes per element, or 0 for types without a fixed size.
unsigned tensorTypeBits(TensorType type);

} // namespace tinyml::tflite
