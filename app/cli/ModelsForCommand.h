// `tinyml-kg models-for --board B | --sensors ...`: which models run on a board of the graph, or
// typed capabilities, and why not.
#pragma once

#include "QuestionCommand.h"

namespace tinyml::cli {

class ModelsForCommand : public QuestionCommand
{
public:
    ModelsForCommand();

protected:
    void declareQuestion(QCommandLineParser &parser) const override;
    QString check(const QCommandLineParser &parser) const override;
    int answer(const QCommandLineParser &parser, Question &q) override;
};

} // namespace tinyml::cli
