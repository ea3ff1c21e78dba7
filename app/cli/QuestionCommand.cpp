#include "QuestionCommand.h"

#include "CommandSupport.h"

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

bool resourcesFromOptions(const QCommandLineParser &parser, kg::Resources *resources)
{
    bool okRam = true, okFlash = true;
    resources->sensors = splitList(parser.value(QStringLiteral("sensors")));
    resources->ramKb = parser.isSet(QStringLiteral("ram")) ? parser.value(QStringLiteral("ram")).toDouble(&okRam) : 0;
    resources->flashKb =
        parser.isSet(QStringLiteral("flash")) ? parser.value(QStringLiteral("flash")).toDouble(&okFlash) : 0;
    if (!okRam || !okFlash) {
        printError(QStringLiteral("--ram and --flash take a number of kB"));
        return false;
    }
    return true;
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
    parser.addOption({QStringLiteral("ram"), QStringLiteral("RAM in kB."), QStringLiteral("KB")});
    parser.addOption({QStringLiteral("flash"), QStringLiteral("Flash in kB."), QStringLiteral("KB")});
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
    return fit.fits ? QStringLiteral("yes") : QStringLiteral("no: ") + fit.reasons(need).join(QStringLiteral("; "));
}

} // namespace tinyml::cli
