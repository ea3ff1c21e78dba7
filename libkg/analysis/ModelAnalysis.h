// Everything TinyML Manager knows about a .tflite file from the file alone: the reader's facts,
// the layer view, MACs, Flash (the file's bytes) and RAM (the tensor arena).
#pragma once

#include "tflite/ArenaEstimator.h"
#include "tflite/LayerView.h"
#include "tflite/MacCounter.h"
#include "tflite/TfliteReader.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tinyml {

struct ModelAnalysis {
    QString filePath;
    qint64 bytes = 0;   // Flash: the model is stored as it is
    QString sha256;     // lower-case hex
    tflite::ReadResult read;
    tflite::MacCount macs;        // of the main subgraph
    tflite::LayerView layers;     // of the main subgraph
    tflite::ArenaEstimate arena;

    const tflite::Subgraph &mainSubgraph() const { return read.model.subgraphs.front(); }
};

// Largest file accepted; models for microcontrollers are a few hundred kilobytes.
constexpr qint64 kMaxModelFileBytes = qint64(1) << 30;

// Reads and analyses a file. On failure returns nullopt and sets *error to one line naming the
// file and the problem.
std::optional<ModelAnalysis> analyseModelFile(const QString &path, QString *error);
// The same for bytes already in memory; `name` is used in messages and as filePath.
std::optional<ModelAnalysis> analyseModelBytes(const QByteArray &bytes, const QString &name, QString *error);

} // namespace tinyml
