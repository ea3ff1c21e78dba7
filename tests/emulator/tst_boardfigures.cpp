// The analyser's figures are the runtimes' own: for the paper's 23 models and the coverage set (every
// operator TFLM 2.4 registers, and the graph shapes that stress its memory planner), the static
// tensor-arena estimate of each runtime is within 1 % of what that runtime reports, and never
// below it by more than 16 bytes: on tflm24-x86-64 the paper's find-arena-size, on
// tflm24-cortex-m4-cmsis TFLM 2.4 with CMSIS-NN on an emulated Cortex-M4. A model a runtime cannot
// allocate is one the analyser gives no figure for. Flash on the Cortex-M4 is within 3 % of the
// linked program (the model as a constant array, a resolver of exactly its operators).
#include "CoverageModels.h"
#include "EmulatedBoard.h"
#include "TestData.h"

#include "analysis/ModelAnalysis.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::test;

namespace {

struct FigureRow {
    QString name;
    QString path;
    bool allocatable = true; // what the set says TFLM 2.4 does with it (the reference models all allocate)
};

const char *kCortexM4 = "tflm24-cortex-m4-cmsis";
const char *kX86 = "tflm24-x86-64";

// "AddConv2D" for CONV_2D: the MicroMutableOpResolver method that registers an operator.
QString resolverMethod(const std::string &op)
{
    static const QMap<QString, QString> irregular = {
        {QStringLiteral("TFLite_Detection_PostProcess"), QStringLiteral("AddDetectionPostprocess")},
        {QStringLiteral("PADV2"), QStringLiteral("AddPadV2")},
        {QStringLiteral("RELU6"), QStringLiteral("AddRelu6")},
        {QStringLiteral("L2_NORMALIZATION"), QStringLiteral("AddL2Normalization")},
    };
    const QString name = QString::fromStdString(op);
    if (irregular.contains(name))
        return irregular.value(name);
    QString method = QStringLiteral("Add");
    for (const QString &word : name.split(QLatin1Char('_')))
        method += word.at(0) + (word.size() == 2 && word.at(0).isDigit() ? word.mid(1) : word.mid(1).toLower());
    return method;
}

// One runtime's verdict on one model: within 1 % and never more than 16 bytes below, or, when the
// runtime cannot allocate it, no figure.
QString arenaProblem(const RuntimeNeeds &estimate, bool allocatable, qint64 measured)
{
    if (!allocatable)
        return estimate.arena.runnable ? QStringLiteral("the runtime cannot allocate it, the estimate gives a figure")
                                       : QString();
    if (!estimate.arena.runnable)
        return QStringLiteral("the runtime allocates it, the estimate says it cannot run");
    const qint64 ours = qint64(estimate.arena.arenaBytes);
    if (ours < measured - 16)
        return QStringLiteral("%1 bytes below").arg(measured - ours);
    if (std::abs(double(ours - measured)) > 0.01 * double(measured))
        return QStringLiteral("off by %1 %").arg(100.0 * double(ours - measured) / double(measured), 0, 'f', 2);
    return QString();
}

} // namespace

class TestBoardFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<FigureRow> m_rows;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const ReferenceModel &m : referenceModels())
            m_rows.append({m.name, m.path, true});
        for (const CoverageModel &m : coverageModels()) {
            const QString path = m_dir.filePath(QString::fromStdString(m.name) + QStringLiteral(".tflite"));
            writeWholeFile(path, QByteArray::fromStdString(m.bytes));
            m_rows.append({QString::fromStdString(m.name), path, m.allocatable});
        }
        if (referenceDir().isEmpty())
            qInfo("%s: only the coverage set is measured", kNoReferenceData);
    }

    void arenaOnBothRuntimes()
    {
        const QString missing = findArenaSizeMissing().isEmpty() ? emulatorMissing() : findArenaSizeMissing();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QStringList table{QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                              .arg(QStringLiteral("model"), -44)
                              .arg(QStringLiteral("x86 TFLM"), 9)
                              .arg(QStringLiteral("x86 ours"), 9)
                              .arg(QStringLiteral("M4 TFLM"), 9)
                              .arg(QStringLiteral("M4 ours"), 9)
                              .arg(QStringLiteral("M4 diff"), 8)
                              .arg(QStringLiteral("problems"))};
        int failures = 0;
        for (const FigureRow &row : std::as_const(m_rows)) {
            QString error;
            const auto analysis = analyseModelFile(row.path, &error);
            QVERIFY2(analysis, qPrintable(error));
            const HostArenaSize x86 = findArenaSize(row.path);
            const EmulatedRun m4 = runOnCortexM4(row.path);
            // A failed TFLITE_CHECK aborts TFLM 2.4 (on a board too): the model is refused then.
            QVERIFY2(m4.ran || m4.aborted, qPrintable(row.name + QStringLiteral(": ") + m4.failure));
            const bool m4Allocated = m4.ran && m4.allocateStatus == 0;
            QStringList problems;
            if (m4Allocated != row.allocatable)
                problems << QStringLiteral("the set says TFLM 2.4 %1 it, the Cortex-M4 %2")
                                .arg(row.allocatable ? "allocates" : "refuses",
                                     m4Allocated ? "allocates it" : "refuses it");
            if (const QString p = arenaProblem(*analysis->needsOn(kX86), x86.allocatable, x86.arenaBytes); !p.isEmpty())
                problems << QStringLiteral("x86: ") + p;
            if (const QString p = arenaProblem(*analysis->needsOn(kCortexM4), m4Allocated, m4.arenaUsedBytes);
                !p.isEmpty())
                problems << QStringLiteral("M4: ") + p;
            const auto figure = [](const RuntimeNeeds *n) {
                return n->arena.runnable ? QString::number(n->arena.arenaBytes) : QStringLiteral("-");
            };
            const qint64 m4Ours = qint64(analysis->needsOn(kCortexM4)->arena.arenaBytes);
            table << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                         .arg(row.name, -44)
                         .arg(x86.allocatable ? QString::number(x86.arenaBytes) : QStringLiteral("fails"), 9)
                         .arg(figure(analysis->needsOn(kX86)), 9)
                         .arg(m4Allocated ? QString::number(m4.arenaUsedBytes) : QStringLiteral("fails"), 9)
                         .arg(figure(analysis->needsOn(kCortexM4)), 9)
                         .arg(m4Allocated ? QString::number(m4Ours - m4.arenaUsedBytes) : QString(), 8)
                         .arg(problems.join(QStringLiteral("; ")));
            failures += problems.isEmpty() ? 0 : 1;
        }
        qInfo("\n%s", qPrintable(table.join(QLatin1Char('\n'))));
        QVERIFY2(failures == 0,
                 qPrintable(QStringLiteral("%1 of %2 models off; see the table").arg(failures).arg(m_rows.size())));
    }

    void flashOnCortexM4()
    {
        if (const QString missing = flashProbeMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (referenceDir().isEmpty())
            QSKIP(kNoReferenceData);
        for (const ReferenceModel &m : referenceModels()) {
            QString error;
            const auto analysis = analyseModelFile(m.path, &error);
            QVERIFY2(analysis, qPrintable(error));
            QStringList methods;
            for (const auto &op : analysis->mainSubgraph().operators) {
                if (!methods.contains(resolverMethod(op.name)))
                    methods << resolverMethod(op.name);
            }
            const FlashProbe probe = linkFlashProbe(methods, readWholeFile(m.path));
            QVERIFY2(probe.linked, qPrintable(m.name + QStringLiteral(": ") + probe.failure));
            const tflite::FlashEstimate &flash = analysis->needsOn(kCortexM4)->flash;
            QVERIFY(flash.complete);
            const double off = 100.0 * (double(flash.flashBytes) - double(probe.flashBytes)) / double(probe.flashBytes);
            qInfo("%-40s linked %7lld, ours %7llu (%+.2f %%) with %s", qPrintable(m.name), probe.flashBytes,
                  static_cast<unsigned long long>(flash.flashBytes), off, qPrintable(methods.join(QLatin1Char(' '))));
            QVERIFY2(std::abs(off) <= 3.0, qPrintable(QStringLiteral("%1: %2 % off").arg(m.name).arg(off)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBoardFigures)
#include "tst_boardfigures.moc"
