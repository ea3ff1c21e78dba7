// Everything TinyML Manager knows about a .tflite file from the file alone: the reader's facts,
// the layer view, MACs, and for every runtime (Runtime.h) its Flash and RAM (tensor arena) needs.
#pragma once

#include "tflite/ArenaEstimator.h"
#include "tflite/LayerView.h"
#include "tflite/MacCounter.h"
#include "tflite/Runtime.h"
#include "tflite/TfliteReader.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace tinyml {

// What a model needs on one runtime.
struct RuntimeNeeds {
    const tflite::Runtime *runtime = nullptr;
    tflite::ArenaEstimate arena;
    tflite::FlashEstimate flash;
};

struct ModelAnalysis {
    QString filePath;
    qint64 bytes = 0; // the file's size
    QString sha256;   // lower-case hex
    tflite::ReadResult read;
    tflite::MacCount macs;           // of the main subgraph
    tflite::LayerView layers;        // of the main subgraph
    std::vector<RuntimeNeeds> needs; // one per runtime, in tflite::runtimes() order

    const tflite::Subgraph &mainSubgraph() const { return read.model.subgraphs.front(); }
    // The needs on the named runtime, or nullptr for a name that is not a runtime's.
    const RuntimeNeeds *needsOn(const std::string &runtime) const;
    // The paper's figures: TFLM 2.4 on x86-64, Flash as the model's bytes.
    const RuntimeNeeds &paperNeeds() const { return needs.front(); }
    const tflite::ArenaEstimate &arena() const { return paperNeeds().arena; }
};

// Largest file accepted; models for microcontrollers are a few hundred kilobytes.
constexpr qint64 kMaxModelFileBytes = qint64(1) << 30;

// Reads and analyses a file. On failure returns nullopt and sets *error to one line naming the
// file and the problem.
std::optional<ModelAnalysis> analyseModelFile(const QString &path, QString *error);
// The same for bytes already in memory; `name` is used in messages and as filePath.
std::optional<ModelAnalysis> analyseModelBytes(const QByteArray &bytes, const QString &name, QString *error);

} // namespace tinyml
