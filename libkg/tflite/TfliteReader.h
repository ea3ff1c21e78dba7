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
#include <utility>
#include <vector>

namespace tinyml::tflite {

// Why the reader refuses a file. what() says it in English (the CLI's and the tests' words); the
// kind and its subject (the identifier found, the schema version) let the desktop say the common
// refusals in its own language. Inconsistent is a model whose parts name each other wrongly.
class FormatError : public std::runtime_error
{
public:
    enum class Kind { TooSmall, NotTflite, TooLarge, Damaged, UnsupportedSchema, Inconsistent };

    explicit FormatError(const std::string &what, Kind kind = Kind::Inconsistent, std::string subject = {})
        : std::runtime_error(what), m_kind(kind), m_subject(std::move(subject))
    { }
    Kind kind() const { return m_kind; }
    const std::string &subject() const { return m_subject; }

private:
    Kind m_kind;
    std::string m_subject;
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
