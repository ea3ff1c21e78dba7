// TFLite Metadata: the "TFLITE_METADATA" buffer (its own FlatBuffer, identifier "M001") that the
// TFLite Support tools write, and the label files they append to the model as a ZIP archive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tinyml::tflite {

struct AssociatedFile {
    std::string name;
    std::string description;
    std::string type; // DESCRIPTIONS, TENSOR_AXIS_LABELS, ...
    std::string locale;
    std::vector<std::string> labels; // lines of a label file found in the appended archive
};

struct TensorMetadata {
    std::string name;
    std::string description;
    std::vector<AssociatedFile> associatedFiles;
};

struct ModelMetadata {
    std::string name;
    std::string description;
    std::string version;
    std::string author;
    std::string license;
    std::string minParserVersion;
    std::vector<TensorMetadata> inputs; // of the first subgraph
    std::vector<TensorMetadata> outputs;
    std::vector<AssociatedFile> associatedFiles;
};

// Parses a metadata buffer. Returns false with *error set when it is not valid metadata.
// `fileData`/`fileSize` is the whole model file, searched for the archive with label files.
bool readModelMetadata(const uint8_t *buffer, size_t bufferSize, const uint8_t *fileData, size_t fileSize,
                       ModelMetadata *out, std::vector<std::string> *warnings, std::string *error);

} // namespace tinyml::tflite
