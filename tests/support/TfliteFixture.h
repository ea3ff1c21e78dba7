// Builds small .tflite models for tests with our own FlatBuffers schema, so every test knows the
// exact layers, shapes, types and lifetimes of its input and therefore the right MACs and arena.
#pragma once

#include "tflite_generated.h"
#include "tflite_metadata_generated.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tinyml::test {

namespace fb = tinyml::tflite::schema;

class TfliteFixture
{
public:
    TfliteFixture();

    // A tensor computed at run time (no data).
    int activation(const std::string &name, fb::TensorType type, std::vector<int32_t> shape);
    // A constant tensor; its buffer holds `bytes` bytes (by default its full size, zeros).
    int constant(const std::string &name, fb::TensorType type, std::vector<int32_t> shape, int64_t bytes = -1);
    int variable(const std::string &name, fb::TensorType type, std::vector<int32_t> shape);
    void quantize(int tensor, std::vector<float> scale, std::vector<int64_t> zeroPoint, int axis = 0);

    // Adds an operator; returns its index. Operator codes are shared per (code, custom name).
    int op(int32_t builtinCode, std::vector<int32_t> inputs, std::vector<int32_t> outputs,
           fb::BuiltinOptionsUnion options = {}, const std::string &customCode = {});

    void inputs(std::vector<int32_t> tensors) { subgraph().inputs = std::move(tensors); }
    void outputs(std::vector<int32_t> tensors) { subgraph().outputs = std::move(tensors); }

    // Store codes below 127 only in the deprecated int8 field, as files from 2020 do.
    void useLegacyOperatorCodes(bool legacy) { m_legacyCodes = legacy; }
    void metadataEntry(const std::string &name, const std::string &bytes);
    void tfliteMetadata(const tinyml::tflite::schema::metadata::ModelMetadataT &metadata);

    fb::ModelT &model() { return m_model; }
    fb::SubGraphT &subgraph() { return *m_model.subgraphs.front(); }

    std::string bytes() const;

    // Options helpers.
    static fb::BuiltinOptionsUnion conv(int stride, fb::Padding padding, fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
    static fb::BuiltinOptionsUnion depthwise(int stride, fb::Padding padding, int multiplier, fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
    static fb::BuiltinOptionsUnion fullyConnected(fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
    static fb::BuiltinOptionsUnion pool(int filter, int stride, fb::Padding padding);

private:
    uint32_t addBuffer(int64_t bytes);
    fb::ModelT m_model;
    bool m_legacyCodes = false;
};

// TFLite Metadata for a model with one input ("input") and one output ("output") whose class
// labels are the archive entry `labelsFile`.
tinyml::tflite::schema::metadata::ModelMetadataT labelledMetadata(const std::string &name, const std::string &labelsFile);

// A ZIP archive, as TFLite Support appends label files to a model. Entries are stored, or
// deflated when `deflate` is set; `offsetBase` is added to every offset the archive records
// (writers that append to a file record offsets from the start of that file).
std::string zipArchive(const std::vector<std::pair<std::string, std::string>> &files, bool deflate = false, uint32_t offsetBase = 0);
inline std::string storedZip(const std::vector<std::pair<std::string, std::string>> &files) { return zipArchive(files); }

// The paper's "hello world" shape in miniature: input [1,1] -> FC 16 -> FC 16 -> FC 1, float32.
TfliteFixture tinyDenseNetwork();
// A small int8 image classifier: conv, depthwise conv, average pool, reshape, FC, softmax, with
// per-channel quantisation.
TfliteFixture tinyConvNetwork();
// A realistic small int8 image or audio classifier whose sizes (input, channels, classes) vary
// with `seed`, so that every seed gives a different file: for batch imports and benchmarks.
TfliteFixture syntheticClassifier(int seed);

// Named model files covering every part of the format the reader handles (options, metadata with
// an appended label archive, custom operators, legacy operator codes): seeds for mutation tests
// and the fuzzer's corpus.
std::vector<std::pair<std::string, std::string>> seedModels();

} // namespace tinyml::test
