// Reads a .tflite file (TensorFlow Lite FlatBuffer, schema version 3) into plain facts.
//
// The buffer passes the FlatBuffers verifier before any field is read; every index (operator
// code, tensor, buffer) is then range-checked and every shape checked for negative or absurd
// dimensions. A file that fails any check is rejected as a whole with a message that says what
// is wrong: a half-read model would give wrong memory and MAC figures.
#pragma once

#include "TfliteMetadata.h"
#include "TfliteModel.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tinyml::tflite {

class FormatError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ReadResult {
    Model model;
    std::optional<ModelMetadata> metadata; // TFLite Metadata, when the file carries it
    std::string minRuntimeVersion;         // the "min_runtime_version" metadata entry
    std::vector<std::string> warnings;     // problems in optional parts (metadata, archive)
};

// Throws FormatError.
ReadResult readModel(const uint8_t *data, size_t size);

// True when the bytes carry the TFLite file identifier; a cheap check before a full read.
bool hasTfliteIdentifier(const uint8_t *data, size_t size);

} // namespace tinyml::tflite
