// Writes .tflite models with our own FlatBuffers schema: the tests build inputs whose layers,
// shapes, types and lifetimes they know exactly, and the build makes the demo models of the
// default store with it. Plain C++, like the reader.
#pragma once

#include "tflite_generated.h"
#include "tflite_metadata_generated.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tinyml::tflite {

class TfliteWriter
{
public:
    explicit TfliteWriter(const std::string &description = "TinyML Manager");

    // A tensor computed at run time (no data).
    int activation(const std::string &name, schema::TensorType type, std::vector<int32_t> shape);
    // A constant tensor; its buffer holds `bytes` bytes (by default its full size): zeros, or
    // pseudo-random bytes after randomConstants().
    int constant(const std::string &name, schema::TensorType type, std::vector<int32_t> shape, int64_t bytes = -1);
    // A one-dimensional INT32 constant holding `values` (a RESHAPE shape, a MEAN axis).
    int constantValues(const std::string &name, const std::vector<int32_t> &values);
    // A constant tensor holding exactly `data` (little-endian element bytes): anchors, lookup
    // values, anything whose contents a kernel checks.
    int constantData(const std::string &name, schema::TensorType type, std::vector<int32_t> shape,
                     const std::string &data);
    int variable(const std::string &name, schema::TensorType type, std::vector<int32_t> shape);
    void quantize(int tensor, std::vector<float> scale, std::vector<int64_t> zeroPoint, int axis = 0);

    // Adds an operator; returns its index. Operator codes are shared per (code, custom name).
    int op(int32_t builtinCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
           schema::BuiltinOptionsUnion options = {}, const std::string &customCode = {});
    // Like op(), with the operator code's `version` (op() writes version 1). Codes are shared per
    // (code, custom name, version), so one model may hold a builtin at several versions.
    int versionedOp(int32_t builtinCode, int32_t version, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                    schema::BuiltinOptionsUnion options = {}, const std::string &customCode = {});

    // Options whose table our schema subset does not declare, because the analyser never reads
    // them; TFLM's parsers do, and leave the parameters uninitialised when the table is missing.
    // `type` is the published BuiltinOptions discriminant; every field is a scalar in its
    // published slot, one byte (bool, enum) or four bytes (int) wide.
    struct UndeclaredOptions {
        struct Field {
            int slot = 0;
            int32_t value = 0;
            int bytes = 4;
        };
        uint8_t type = 0;
        std::vector<Field> fields;
    };
    // Sets the options of operator `op` (an index op() returned), replacing any declared ones.
    void undeclaredOptions(int op, UndeclaredOptions options);
    // The custom operator's options, usually a FlexBuffer map.
    void customOptions(int op, const std::vector<uint8_t> &bytes);

    void inputs(std::vector<int32_t> tensors) { subgraph().inputs = std::move(tensors); }
    void outputs(std::vector<int32_t> tensors) { subgraph().outputs = std::move(tensors); }

    // Fill later constants with deterministic pseudo-random bytes from `seed`, so that a
    // generated model's weights look like a real model's rather than runs of zeros.
    void randomConstants(uint64_t seed) { m_random = seed; }
    // Store codes below 127 only in the deprecated int8 field, as files from 2020 do.
    void useLegacyOperatorCodes(bool legacy) { m_legacyCodes = legacy; }
    void metadataEntry(const std::string &name, const std::string &bytes);
    void tfliteMetadata(const schema::metadata::ModelMetadataT &metadata);

    schema::ModelT &model() { return m_model; }
    const schema::ModelT &model() const { return m_model; }
    schema::SubGraphT &subgraph() { return *m_model.subgraphs.front(); }

    std::string bytes() const;

    // Options helpers.
    static schema::BuiltinOptionsUnion
    conv(int stride, schema::Padding padding,
         schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion
    depthwise(int stride, schema::Padding padding, int multiplier,
              schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion
    fullyConnected(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion pool(int filter, int stride, schema::Padding padding);
    static schema::BuiltinOptionsUnion pool(int filterH, int filterW, int strideH, int strideW,
                                            schema::Padding padding);
    static schema::BuiltinOptionsUnion conv(int strideH, int strideW, schema::Padding padding,
                                            schema::ActivationFunctionType activation, int dilationH, int dilationW);
    static schema::BuiltinOptionsUnion depthwise(int strideH, int strideW, schema::Padding padding, int multiplier,
                                                 schema::ActivationFunctionType activation, int dilationH,
                                                 int dilationW);
    static schema::BuiltinOptionsUnion
    add(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion
    sub(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion
    mul(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion
    concatenation(int axis, schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    // The published default beta is 0, which makes every output equal: say 1 for a real softmax.
    static schema::BuiltinOptionsUnion softmax(float beta);
    static schema::BuiltinOptionsUnion reshape(std::vector<int32_t> newShape);
    static schema::BuiltinOptionsUnion reducer(bool keepDims);
    static schema::BuiltinOptionsUnion squeeze(std::vector<int32_t> dims);
    static schema::BuiltinOptionsUnion stridedSlice(int beginMask, int endMask, int shrinkAxisMask);
    static schema::BuiltinOptionsUnion split(int numSplits);
    static schema::BuiltinOptionsUnion pad();
    static schema::BuiltinOptionsUnion
    svdf(int rank, schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion leakyRelu(float alpha);
    static schema::BuiltinOptionsUnion unidirectionalSequenceLstm(schema::ActivationFunctionType activation,
                                                                  bool timeMajor);
    static schema::BuiltinOptionsUnion transposeConv(int stride, schema::Padding padding);

    // Undeclared option tables, as TFLM 2.4 parses them.
    static UndeclaredOptions argMaxOptions(schema::TensorType outputType);
    static UndeclaredOptions argMinOptions(schema::TensorType outputType);
    static UndeclaredOptions packOptions(int valuesCount, int axis);
    static UndeclaredOptions unpackOptions(int num, int axis);
    static UndeclaredOptions splitVOptions(int numSplits);
    static UndeclaredOptions shapeOptions(schema::TensorType outType);
    static UndeclaredOptions
    l2NormOptions(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static UndeclaredOptions resizeNearestNeighborOptions(bool alignCorners, bool halfPixelCenters);

private:
    template<typename Options>
    static schema::BuiltinOptionsUnion wrapped(Options options)
    {
        schema::BuiltinOptionsUnion u;
        u.Set(std::move(options));
        return u;
    }
    uint32_t addBuffer(int64_t bytes);
    std::string packWithUndeclaredOptions() const;
    schema::ModelT m_model;
    // Keyed by operator index in the main subgraph; written by packWithUndeclaredOptions().
    std::map<int, UndeclaredOptions> m_undeclared;
    bool m_legacyCodes = false;
    std::optional<uint64_t> m_random; // the generator's state while constants are random
};

// A ZIP archive, as TFLite Support appends label files to a model. Entries are stored, or
// deflated when `deflate` is set; `offsetBase` is added to every offset the archive records
// (writers that append to a file record offsets from the start of that file).
std::string zipArchive(const std::vector<std::pair<std::string, std::string>> &files, bool deflate = false,
                       uint32_t offsetBase = 0);

} // namespace tinyml::tflite
