// `tinyml-kg boards-for --model M | --sensors ...`: which boards can run a model of the graph, or
// typed requirements.
#pragma once

#include "QuestionCommand.h"

namespace tinyml::cli {

class BoardsForCommand : public QuestionCommand
{
public:
    BoardsForCommand();

protected:
    void declareQuestion(QCommandLineParser &parser) const override;
    int answer(const QCommandLineParser &parser, Question &q) override;
};

} // namespace tinyml::cli
