#include "ModelAnalysisReport.h"

#include <QLocale>
#include <QStringList>

namespace tinyml {
namespace {
using namespace tflite;

QString grouped(uint64_t value)
{
    return QLocale::c().toString(qulonglong(value)).replace(QLatin1Char(','), QLatin1Char(' '));
}

QString tensorSummary(const Subgraph &subgraph, const std::vector<int32_t> &indices)
{
    QStringList parts;
    for (int32_t i : indices) {
        const Tensor &t = subgraph.tensors[size_t(i)];
        parts << QStringLiteral("%1 %2 '%3'")
                     .arg(shapeText(t.shape), QString::fromLatin1(tensorTypeName(t.type)),
                          QString::fromStdString(t.name));
    }
    return parts.join(QStringLiteral(", "));
}

// A fixed-width table; columns grow to their widest cell.
class Table
{
public:
    explicit Table(QStringList header) { m_rows << std::move(header); }
    void add(QStringList row) { m_rows << std::move(row); }
    QString render(const QList<bool> &rightAligned) const
    {
        QList<int> widths(m_rows.front().size(), 0);
        for (const QStringList &row : m_rows)
            for (int c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], int(row[c].size()));
        QString out;
        for (const QStringList &row : m_rows) {
            QStringList cells;
            for (int c = 0; c < row.size(); ++c)
                cells << (rightAligned.value(c) ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]));
            out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

} // namespace

QString shapeText(const std::vector<int32_t> &shape)
{
    QStringList dims;
    for (int32_t d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QLatin1Char(' ')) + QLatin1Char(']');
}

namespace {

QString runtimeNeedsText(const RuntimeNeeds &n)
{
    if (!n.arena.runnable) {
        QStringList names;
        for (const std::string &name : n.arena.unsupportedOperators)
            names << QString::fromStdString(name);
        return QStringLiteral("cannot run this model (does not register %1)").arg(names.join(QStringLiteral(", ")));
    }
    const QString ram = QStringLiteral("RAM %1 bytes (%2 planned + %3 persistent)%4")
                            .arg(grouped(n.arena.arenaBytes), grouped(n.arena.headBytes), grouped(n.arena.tailBytes),
                                 n.arena.complete ? QString() : QStringLiteral(", INCOMPLETE"));
    QString flash;
    if (!n.runtime->hasCodeSizes())
        flash = QStringLiteral("Flash %1 bytes (the model)").arg(grouped(n.flash.flashBytes));
    else if (n.flash.complete)
        flash = QStringLiteral("Flash %1 bytes (model + %2 of runtime code)")
                    .arg(grouped(n.flash.flashBytes), grouped(n.flash.codeBytes));
    else
        flash = QStringLiteral("Flash unknown (no code size for %1)")
                    .arg(QString::fromStdString(n.flash.unknownOperators.front()));
    return ram + QStringLiteral("; ") + flash;
}

} // namespace

QString analysisToText(const ModelAnalysis &a)
{
    const Model &model = a.read.model;
    const Subgraph &main = a.mainSubgraph();
    const ArenaEstimate &arena = a.arena();
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += (label + QLatin1Char(':')).leftJustified(16) + value + QLatin1Char('\n');
    };
    line(QStringLiteral("File"), a.filePath);
    line(QStringLiteral("Flash"),
         QStringLiteral("%1 bytes (%2 kB)").arg(grouped(uint64_t(a.bytes))).arg(double(a.bytes) / 1000.0, 0, 'f', 3));
    line(QStringLiteral("SHA-256"), a.sha256);
    line(QStringLiteral("Producer"),
         QStringLiteral("%1 (schema %2, %3 subgraph%4)")
             .arg(QString::fromStdString(model.description).trimmed())
             .arg(model.schemaVersion)
             .arg(model.subgraphs.size())
             .arg(model.subgraphs.size() == 1 ? QString() : QStringLiteral("s")));
    line(QStringLiteral("Inputs"), tensorSummary(main, main.inputs));
    line(QStringLiteral("Outputs"), tensorSummary(main, main.outputs));
    line(QStringLiteral("MACs"),
         QStringLiteral("%1 (paper rule), %2 (all compute operators)")
             .arg(grouped(a.macs.paperTotal), grouped(a.macs.completeTotal)));
    line(QStringLiteral("Tensor arena"),
         QStringLiteral("%1 bytes (%2 kB): %3 planned buffers + %4 persistent%5")
                 .arg(grouped(arena.arenaBytes))
                 .arg(double(arena.arenaBytes) / 1000.0, 0, 'f', 3)
                 .arg(grouped(arena.headBytes), grouped(arena.tailBytes),
                      arena.complete ? QString() : QStringLiteral(", INCOMPLETE"))
             + QStringLiteral(" on ") + QString::fromStdString(arena.runtime));
    line(QStringLiteral("Activations"), QStringLiteral("%1 bytes at peak").arg(grouped(arena.activationPeakBytes)));
    for (const RuntimeNeeds &n : a.needs)
        line(QStringLiteral("Runtime"),
             QString::fromStdString(n.runtime->name) + QStringLiteral(": ") + runtimeNeedsText(n));
    if (!arena.unknownOperators.empty()) {
        QStringList names;
        for (const std::string &n : arena.unknownOperators)
            names << QString::fromStdString(n);
        line(QStringLiteral("Not modelled"), names.join(QStringLiteral(", ")));
    }
    for (const std::string &note : arena.notes)
        line(QStringLiteral("Note"), QString::fromStdString(note));

    out += QLatin1Char('\n');
    Table table({QStringLiteral("#"), QStringLiteral("Layer"), QStringLiteral("Type"), QStringLiteral("Data"),
                 QStringLiteral("Activation"), QStringLiteral("Input"), QStringLiteral("Output"),
                 QStringLiteral("MACs"), QStringLiteral("MACs (all)"), QStringLiteral("Out bytes")});
    for (const Layer &l : a.layers.layers) {
        table.add({QString::number(l.operatorIndex),
                   QStringLiteral("%1 %2").arg(QString::fromLatin1(layerRoleName(l.role))).arg(l.roleIndex),
                   QString::fromStdString(l.type), QString::fromLatin1(tensorTypeName(l.dataType)),
                   l.activation ? QString::fromLatin1(activationName(*l.activation)) : QStringLiteral("-"),
                   shapeText(l.inputShape), shapeText(l.outputShape), grouped(l.macs.paper), grouped(l.macs.complete),
                   grouped(l.outputBytes)});
    }
    table.add({QString(), QStringLiteral("total"), QString(), QString(), QString(), QString(), QString(),
               grouped(a.macs.paperTotal), grouped(a.macs.completeTotal), QString()});
    out += table.render({true, false, false, false, false, false, false, true, true, true});

    if (a.read.metadata) {
        const ModelMetadata &m = *a.read.metadata;
        out += QLatin1Char('\n');
        line(QStringLiteral("Name"), QString::fromStdString(m.name));
        line(QStringLiteral("Description"), QString::fromStdString(m.description));
        line(QStringLiteral("Version"), QString::fromStdString(m.version));
        line(QStringLiteral("Author"), QString::fromStdString(m.author));
        line(QStringLiteral("License"), QString::fromStdString(m.license));
        for (const AssociatedFile &f : m.associatedFiles)
            line(QStringLiteral("File"),
                 QStringLiteral("%1 (%2, %3 labels)")
                     .arg(QString::fromStdString(f.name), QString::fromStdString(f.type))
                     .arg(f.labels.size()));
    }
    if (!a.read.minRuntimeVersion.empty())
        line(QStringLiteral("Min runtime"), QString::fromStdString(a.read.minRuntimeVersion));
    for (const std::string &w : a.read.warnings)
        line(QStringLiteral("Warning"), QString::fromStdString(w));
    return out;
}

} // namespace tinyml
