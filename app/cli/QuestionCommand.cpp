#include "QuestionCommand.h"

#include "CommandSupport.h"

#include "kg/MemorySize.h"
#include "tflite/Runtime.h"

namespace tinyml::cli {
namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

// --ram and --flash: a size with its unit, or a number of kB (the graph's unit).
bool memoryOption(const QCommandLineParser &parser, const QString &name, double *kb)
{
    *kb = 0;
    if (!parser.isSet(name))
        return true;
    QString problem;
    const auto size = kg::parseMemorySize(parser.value(name), kg::MemoryUnit::Kilobyte, &problem);
    if (!size) {
        printError(QStringLiteral("--%1: %2").arg(name, problem));
        return false;
    }
    *kb = size->kb();
    return true;
}

bool resourcesFromOptions(const QCommandLineParser &parser, kg::Resources *resources)
{
    resources->sensors = splitList(parser.value(QStringLiteral("sensors")));
    return memoryOption(parser, QStringLiteral("ram"), &resources->ramKb)
        && memoryOption(parser, QStringLiteral("flash"), &resources->flashKb);
}

} // namespace

QuestionCommand::QuestionCommand(const QString &name, const QString &synopsis, const QString &description,
                                 bool withResources)
    : GraphCommand(name, synopsis, description), m_withResources(withResources)
{ }

void QuestionCommand::addResourceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("sensors"),
                      QStringLiteral("Sensor classes, comma-separated (e.g. Camera,Microphone)."),
                      QStringLiteral("LIST")});
    // 1 kB = 1000 B, 1 KiB = 1024 B (kg/MemorySize.h).
    parser.addOption({QStringLiteral("ram"),
                      QStringLiteral("RAM: a size such as 256kB, 0.5MB, 512KiB or 300000B (1 kB = 1000 B, 1 KiB = "
                                     "1024 B); a number alone is in kB."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("flash"), QStringLiteral("Flash: a size, as --ram."), QStringLiteral("SIZE")});
}

QString QuestionCommand::check(const QCommandLineParser &) const
{
    return QString();
}

void QuestionCommand::declare(QCommandLineParser &parser) const
{
    declareQuestion(parser);
    parser.addOption(formatOption());
}

int QuestionCommand::run(const QCommandLineParser &parser)
{
    Question q;
    if (!formatFromOptions(parser, &q.format) || (m_withResources && !resourcesFromOptions(parser, &q.resources)))
        return 2;
    if (const QString problem = check(parser); !problem.isEmpty()) {
        printError(problem);
        return 2;
    }
    q.graph = openGraph();
    if (!q.graph)
        return 1;
    q.catalogue = catalogueOrFail(*q.graph);
    if (!q.catalogue)
        return 1;
    return answer(parser, q);
}

QString runtimeOfFigures(const kg::Resources &need)
{
    return need.runtime.isEmpty() ? QString::fromStdString(tflite::paperRuntime().name) : need.runtime;
}

QString fitText(const kg::Fit &fit, const kg::Resources &need)
{
    switch (fit.state) {
    case kg::FitState::Fits: return QStringLiteral("yes");
    case kg::FitState::SensorsUnknown:
        return QStringLiteral("unknown: ") + fit.reasons(need).join(QStringLiteral("; "));
    case kg::FitState::DoesNotFit: break;
    }
    return QStringLiteral("no: ") + fit.reasons(need).join(QStringLiteral("; "));
}

} // namespace tinyml::cli
