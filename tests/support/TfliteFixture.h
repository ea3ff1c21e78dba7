// Small .tflite models for tests, built with our own writer, so every test knows the exact
// layers, shapes, types and lifetimes of its input and therefore the right MACs and arena.
#pragma once

#include "tflite/TfliteWriter.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tinyml::test {

namespace fb = tinyml::tflite::schema;

// Our model writer, naming its models as test fixtures.
class TfliteFixture : public tflite::TfliteWriter
{
public:
    TfliteFixture() : TfliteWriter("TinyML Manager test fixture") { }
};

// TFLite Metadata for a model with one input ("input") and one output ("output") whose class
// labels are the archive entry `labelsFile`.
tinyml::tflite::schema::metadata::ModelMetadataT labelledMetadata(const std::string &name,
                                                                  const std::string &labelsFile);

// A ZIP archive, as TFLite Support appends label files to a model (see TfliteWriter.h).
using tflite::zipArchive;
inline std::string storedZip(const std::vector<std::pair<std::string, std::string>> &files)
{
    return zipArchive(files);
}

// The paper's "hello world" shape in miniature: input [1,1] -> FC 16 -> FC 16 -> FC 1, float32.
TfliteFixture tinyDenseNetwork();
// A small int8 image classifier: conv, depthwise conv, average pool, reshape, FC, softmax, with
// per-channel quantisation.
TfliteFixture tinyConvNetwork();
// A realistic small int8 image or audio classifier whose sizes (input, channels, classes) vary
// with `seed`, so that every seed gives a different file: for batch imports and benchmarks.
TfliteFixture syntheticClassifier(int seed);

// One fully connected layer, int8: [1, inputs] -> [1, outputs]; its weights make the file about
// inputs * outputs bytes (1040 x 512: about 533 kB, as large as the paper's biggest models).
TfliteFixture wideDenseNetwork(int inputs, int outputs);

// Named model files covering every part of the format the reader handles (options, metadata with
// an appended label archive, custom operators, legacy operator codes): seeds for mutation tests
// and the fuzzer's corpus.
std::vector<std::pair<std::string, std::string>> seedModels();

} // namespace tinyml::test
