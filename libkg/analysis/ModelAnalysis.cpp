#include "ModelAnalysis.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace tinyml {

std::optional<ModelAnalysis> analyseModelBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    ModelAnalysis analysis;
    analysis.filePath = name;
    analysis.bytes = bytes.size();
    analysis.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    try {
        analysis.read = tflite::readModel(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    } catch (const tflite::FormatError &e) {
        *error = QStringLiteral("%1: %2").arg(name, QString::fromStdString(e.what()));
        return std::nullopt;
    }
    const tflite::Subgraph &main = analysis.mainSubgraph();
    analysis.macs = tflite::countMacs(main);
    analysis.layers = tflite::buildLayerView(main, analysis.macs);
    analysis.arena = tflite::estimateArena(analysis.read.model);
    return analysis;
}

std::optional<ModelAnalysis> analyseModelFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &problem) {
        *error = QStringLiteral("%1: %2").arg(path, problem);
        return std::nullopt;
    };
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("is a directory, not a model file"));
    if (info.size() > kMaxModelFileBytes)
        return fail(QStringLiteral("%1 bytes is larger than the %2 bytes accepted for a model").arg(info.size()).arg(kMaxModelFileBytes));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    // Read one byte past the limit so that a file that grew since stat() is still refused.
    const QByteArray bytes = file.read(kMaxModelFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("read failed (%1)").arg(file.errorString()));
    if (bytes.size() > kMaxModelFileBytes)
        return fail(QStringLiteral("larger than the %1 bytes accepted for a model").arg(kMaxModelFileBytes));
    if (bytes.isEmpty())
        return fail(QStringLiteral("the file is empty"));
    return analyseModelBytes(bytes, path, error);
}

} // namespace tinyml
