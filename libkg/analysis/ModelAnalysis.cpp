#include "ModelAnalysis.h"

#include "FileDigest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tinyml {

// Why a file cannot be analysed: the import form and the desktop's messages show it in the GUI's
// language.
struct ModelFileChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::ModelFileChecks)
};

namespace {

// The reader's refusal in the GUI's language; in English it is the reader's own sentence.
QString readerProblem(const tflite::FormatError &e, qint64 size)
{
    const QString subject = QString::fromStdString(e.subject());
    switch (e.kind()) {
    case tflite::FormatError::Kind::TooSmall:
        return ModelFileChecks::tr("too small to be a TensorFlow Lite model (%1 bytes)").arg(size);
    case tflite::FormatError::Kind::NotTflite:
        return ModelFileChecks::tr("not a TensorFlow Lite model: file identifier is '%1', expected 'TFL3'")
            .arg(subject);
    case tflite::FormatError::Kind::TooLarge: return ModelFileChecks::tr("larger than a FlatBuffer can be (2 GiB)");
    case tflite::FormatError::Kind::Damaged:
        return ModelFileChecks::tr(
            "damaged FlatBuffer: a table, vector or string lies outside the file or is malformed");
    case tflite::FormatError::Kind::UnsupportedSchema:
        return ModelFileChecks::tr("schema version %1 is not supported (expected 3)").arg(subject);
    case tflite::FormatError::Kind::Inconsistent: break;
    }
    // Which operator names which tensor wrongly is for the model's author: the reader's words.
    return ModelFileChecks::tr("the model is damaged: %1").arg(QString::fromStdString(e.what()));
}

} // namespace

std::optional<ModelAnalysis> analyseModelBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    ModelAnalysis analysis;
    analysis.filePath = name;
    analysis.bytes = bytes.size();
    analysis.sha256 = sha256Hex(bytes);
    try {
        analysis.read = tflite::readModel(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    } catch (const tflite::FormatError &e) {
        *error = QStringLiteral("%1: %2").arg(name, readerProblem(e, bytes.size()));
        return std::nullopt;
    }
    const tflite::Subgraph &main = analysis.mainSubgraph();
    analysis.macs = tflite::countMacs(main);
    analysis.layers = tflite::buildLayerView(main, analysis.macs);
    for (const tflite::Runtime &runtime : tflite::runtimes()) {
        analysis.needs.push_back({&runtime, tflite::estimateArena(analysis.read.model, runtime),
                                  tflite::estimateFlash(analysis.read.model, uint64_t(analysis.bytes), runtime)});
    }
    if (analysis.read.model.subgraphs.size() > 1)
        analysis.read.warnings.push_back("the model has " + std::to_string(analysis.read.model.subgraphs.size())
                                         + " subgraphs; layers, MACs and arena describe the first (the main graph)");
    return analysis;
}

const RuntimeNeeds *ModelAnalysis::needsOn(const std::string &runtime) const
{
    for (const RuntimeNeeds &n : needs) {
        if (n.runtime->name == runtime)
            return &n;
    }
    return nullptr;
}

std::optional<ModelAnalysis> analyseModelFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &problem) {
        *error = QStringLiteral("%1: %2").arg(path, problem);
        return std::nullopt;
    };
    if (!info.exists())
        return fail(ModelFileChecks::tr("no such file"));
    if (info.isDir())
        return fail(ModelFileChecks::tr("is a directory, not a model file"));
    if (!info.isFile())
        return fail(ModelFileChecks::tr("is not a regular file"));
    if (info.size() > kMaxModelFileBytes)
        return fail(ModelFileChecks::tr("%1 bytes is larger than the %2 bytes accepted for a model")
                        .arg(info.size())
                        .arg(kMaxModelFileBytes));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ModelFileChecks::tr("cannot be read (%1)").arg(file.errorString()));
    // In chunks, so that memory follows the file's real size (it may have changed since stat).
    QByteArray bytes;
    bytes.reserve(info.size());
    char chunk[1 << 16];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return fail(ModelFileChecks::tr("read failed (%1)").arg(file.errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > kMaxModelFileBytes)
            return fail(ModelFileChecks::tr("larger than the %1 bytes accepted for a model").arg(kMaxModelFileBytes));
        bytes.append(chunk, qsizetype(n));
    }
    if (bytes.isEmpty())
        return fail(ModelFileChecks::tr("the file is empty"));
    return analyseModelBytes(bytes, path, error);
}

} // namespace tinyml
