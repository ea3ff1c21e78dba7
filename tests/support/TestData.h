// Where tests find the paper's published models, and what expected.tsv says of them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tinyml::test {

struct ReferenceModel {
    QString name;
    QString path;
    qint64 bytes = 0;
    QString sha256;
    quint64 macs = 0;
    quint64 arenaBytesTflm = 0;
    // TFLM 2.4 with CMSIS-NN on a Cortex-M4 (qemu mps2-an386; ../shared/tflm/README.md).
    quint64 arenaBytesCortexM4 = 0;
    QString sensors;
};

// The reference folder (TINYML_REFERENCE_DIR in the environment overrides the build's default),
// or an empty string when it is not there.
QString referenceDir();
// The rows of expected.tsv; empty when the folder is missing.
QList<ReferenceModel> referenceModels();
// Message for QSKIP when the reference data is missing.
constexpr const char *kNoReferenceData = "../shared/reference is not present: reference-model checks skipped";
// In a QtTest _data function: one row per reference model, in a column "model".
void addReferenceModelRows();

QByteArray readWholeFile(const QString &path);
// Writes `bytes` to `path` (aborting the test program if it cannot) and returns the path.
QString writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace tinyml::test

Q_DECLARE_METATYPE(tinyml::test::ReferenceModel)
