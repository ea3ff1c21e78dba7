#include "BoardsForCommand.h"

#include "CommandSupport.h"

namespace tinyml::cli {

BoardsForCommand::BoardsForCommand()
    : QuestionCommand(QStringLiteral("boards-for"), QStringLiteral("--model M | --sensors ..."),
                      QStringLiteral("which boards can run a model"), true)
{ }

void BoardsForCommand::declareQuestion(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral("Which boards can run this model (or these requirements)?"));
    parser.addOption(
        {QStringLiteral("model"), QStringLiteral("A model's name or identifier."), QStringLiteral("MODEL")});
    addResourceOptions(parser);
    parser.addOption({QStringLiteral("all"), QStringLiteral("Also list the boards that do not fit, with the reason.")});
}

int BoardsForCommand::answer(const QCommandLineParser &parser, Question &q)
{
    // A model of the graph is asked of each board on that board's runtime; typed requirements
    // are the same for every board.
    QList<kg::BoardAnswer> answers;
    if (parser.isSet(QStringLiteral("model"))) {
        const kg::ModelEntry *model = findModel(*q.graph, *q.catalogue, parser.value(QStringLiteral("model")));
        if (!model)
            return 1;
        answers = kg::boardsFor(*q.catalogue, *model);
    } else {
        answers = kg::boardsFor(*q.catalogue, q.resources);
    }
    QList<QStringList> rows;
    for (const kg::BoardAnswer &a : answers) {
        // A model saved without sensors fits no board, yet each board it fits in memory is listed
        // with its "unknown: fits memory; sensors unknown": an empty answer would not say why.
        if (a.fit.state != kg::FitState::DoesNotFit || parser.isSet(QStringLiteral("all")))
            rows << QStringList{a.board->name,           kb(a.board->ramKb),
                                kb(a.board->flashKb),    a.board->sensors.join(QLatin1Char(',')),
                                fitText(a.fit, a.need),  a.board->iri,
                                runtimeOfFigures(a.need)};
    }
    printRows({QStringLiteral("board"), QStringLiteral("ram_kb"), QStringLiteral("flash_kb"), QStringLiteral("sensors"),
               QStringLiteral("fits"), QStringLiteral("iri"), QStringLiteral("runtime")},
              rows, q.format);
    return 0;
}

} // namespace tinyml::cli
