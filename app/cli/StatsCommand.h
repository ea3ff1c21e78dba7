// `tinyml-kg stats`: where the graph is and how many triples, models and boards it holds.
#pragma once

#include "QuestionCommand.h"

namespace tinyml::cli {

class StatsCommand : public QuestionCommand
{
public:
    StatsCommand();

protected:
    void declareQuestion(QCommandLineParser &parser) const override;
    int answer(const QCommandLineParser &parser, Question &q) override;
};

} // namespace tinyml::cli
