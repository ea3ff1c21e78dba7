#include "deploy/FitQuestion.h"

#include "widgets/TableCells.h"

namespace tinyml::gui {

FitQuestion FitQuestion::of(const QString &modelName, const QList<deploy::TargetFit> &fits)
{
    FitQuestion question;
    question.model = modelName;
    for (const deploy::TargetFit &f : fits) {
        switch (f.verdict) {
        case deploy::TargetFit::Verdict::Fits: ++question.fitting; break;
        case deploy::TargetFit::Verdict::DoesNotFit:
            question.misfits << Misfit{f.target.name, fitReasons(f.fit, f.need)};
            break;
        case deploy::TargetFit::Verdict::Unknown: question.unknown << f.target.name; break;
        }
    }
    return question;
}

QString FitQuestion::text() const
{
    QStringList lines;
    lines << tr("The knowledge graph says %1 does not fit %n board(s):", nullptr, int(misfits.size())).arg(model);
    for (const Misfit &m : misfits)
        lines << QStringLiteral("  • %1: %2").arg(m.board, m.reasons);
    if (!unknown.isEmpty())
        lines << QString()
              << tr("Fit unknown (not boards of the knowledge graph): %1").arg(unknown.join(QStringLiteral(", ")));
    lines << QString()
          << tr("Deploy anyway sends it to every board and records that the graph's reasons were overridden.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace tinyml::gui
