// Writes .tflite models with our own FlatBuffers schema: the tests build inputs whose layers,
// shapes, types and lifetimes they know exactly, and the build makes the demo models of the
// default store with it. Plain C++, like the reader.
#pragma once

#include "tflite_generated.h"
#include "tflite_metadata_generated.h"

#include <cstdint>
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
    int variable(const std::string &name, schema::TensorType type, std::vector<int32_t> shape);
    void quantize(int tensor, std::vector<float> scale, std::vector<int64_t> zeroPoint, int axis = 0);

    // Adds an operator; returns its index. Operator codes are shared per (code, custom name).
    int op(int32_t builtinCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
           schema::BuiltinOptionsUnion options = {}, const std::string &customCode = {});

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
    schema::SubGraphT &subgraph() { return *m_model.subgraphs.front(); }

    std::string bytes() const;

    // Options helpers.
    static schema::BuiltinOptionsUnion conv(int stride, schema::Padding padding, schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion depthwise(int stride, schema::Padding padding, int multiplier, schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion fullyConnected(schema::ActivationFunctionType activation = schema::ActivationFunctionType::NONE);
    static schema::BuiltinOptionsUnion pool(int filter, int stride, schema::Padding padding);
    static schema::BuiltinOptionsUnion pool(int filterH, int filterW, int strideH, int strideW, schema::Padding padding);

private:
    uint32_t addBuffer(int64_t bytes);
    schema::ModelT m_model;
    bool m_legacyCodes = false;
    std::optional<uint64_t> m_random; // the generator's state while constants are random
};

// A ZIP archive, as TFLite Support appends label files to a model. Entries are stored, or
// deflated when `deflate` is set; `offsetBase` is added to every offset the archive records
// (writers that append to a file record offsets from the start of that file).
std::string zipArchive(const std::vector<std::pair<std::string, std::string>> &files, bool deflate = false, uint32_t offsetBase = 0);

} // namespace tinyml::tflite
