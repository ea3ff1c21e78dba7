// The output code of a generated project (src/model/model_output.*, plain C++): the output
// tensor's constants, its values dequantised, the largest one, and the labels the model's
// TFLite Metadata gives for it.
#pragma once

#include "codegen/TensorCode.h"
#include "tflite/TfliteReader.h"

#include <QString>
#include <QStringList>

namespace tinyml::codegen {

struct OutputCode {
    QStringList labels;   // from the metadata; empty when it has none that fit the output
    QString labelsSource; // where they came from, for the README
    QString header, source;
};

OutputCode outputCodeFor(const TensorCode &output, const tflite::ReadResult &read);

} // namespace tinyml::codegen
