// `tinyml-kg find [--text T] [--sensor S] ...`: which models do a task, sorted by accuracy, MACs,
// RAM or Flash.
#pragma once

#include "QuestionCommand.h"

namespace tinyml::cli {

class FindCommand : public QuestionCommand
{
public:
    FindCommand();

protected:
    void declareQuestion(QCommandLineParser &parser) const override;
    QString check(const QCommandLineParser &parser) const override;
    int answer(const QCommandLineParser &parser, Question &q) override;
};

} // namespace tinyml::cli
