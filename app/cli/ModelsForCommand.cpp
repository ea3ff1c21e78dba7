#include "ModelsForCommand.h"

#include "CommandSupport.h"

#include "tflite/Runtime.h"

namespace tinyml::cli {

ModelsForCommand::ModelsForCommand()
    : QuestionCommand(QStringLiteral("models-for"), QStringLiteral("--board B | --sensors ..."),
                      QStringLiteral("which models run on a board, and why not"), true)
{ }

void ModelsForCommand::declareQuestion(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Which models run on this board (or these capabilities)? Lists every model with whether it fits and why not."));
    parser.addOption({QStringLiteral("board"), QStringLiteral("A board's name or IRI."), QStringLiteral("BOARD")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("runtime"),
                      QStringLiteral("The runtime the board described by --ram and --flash runs (see 'tinyml-kg "
                                     "runtimes'; default: the paper's figures)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("fitting"), QStringLiteral("Only the models that fit.")});
}

QString ModelsForCommand::check(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("board"))
        && (!parser.isSet(QStringLiteral("ram")) || !parser.isSet(QStringLiteral("flash"))))
        return QStringLiteral("tinyml-kg models-for: name a --board, or give its --ram and --flash (and --sensors)");
    const QString runtime = parser.value(QStringLiteral("runtime"));
    if (!runtime.isEmpty() && !tflite::findRuntime(runtime.toStdString()))
        return QStringLiteral("tinyml-kg models-for: unknown runtime '%1'; the runtimes are %2")
            .arg(runtime, QString::fromStdString(tflite::runtimeNames()));
    return QString();
}

int ModelsForCommand::answer(const QCommandLineParser &parser, Question &q)
{
    kg::Resources &offer = q.resources;
    if (parser.isSet(QStringLiteral("board"))) {
        const kg::BoardEntry *board = findBoard(*q.graph, *q.catalogue, parser.value(QStringLiteral("board")));
        if (!board)
            return 1;
        offer = kg::capabilitiesOf(*board);
    } else {
        offer.runtime = parser.value(QStringLiteral("runtime"));
    }
    QList<QStringList> rows;
    for (const kg::ModelAnswer &a : kg::modelsFor(*q.catalogue, offer)) {
        if (!a.fit.fits() && parser.isSet(QStringLiteral("fitting")))
            continue;
        const kg::ModelEntry &m = *a.model;
        const kg::Resources need = kg::requirementsOf(m, offer.runtime);
        rows << QStringList{m.name,
                            m.category,
                            metricText(m.metricValue),
                            QString::number(m.macs),
                            kb(need.ramKb),
                            kb(need.flashKb),
                            m.sensors.join(QLatin1Char(',')),
                            kb(a.fit.ramHeadroomKb),
                            kb(a.fit.flashHeadroomKb),
                            fitText(a.fit, need),
                            m.uuid,
                            runtimeOfFigures(need)};
    }
    printRows({QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("accuracy"), QStringLiteral("macs"),
               QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"),
               QStringLiteral("ram_headroom_kb"), QStringLiteral("flash_headroom_kb"), QStringLiteral("fits"),
               QStringLiteral("uuid"), QStringLiteral("runtime")},
              rows, q.format);
    return 0;
}

} // namespace tinyml::cli
