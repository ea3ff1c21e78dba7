// What the questions (boards-for, models-for, find, stats) share: --format, the resource options
// (--sensors, --ram, --flash), and the store opened with its catalogue read before the answer.
#pragma once

#include "GraphCommand.h"
#include "ResultPrinter.h"

#include "kg/Catalogue.h"
#include "kg/Questions.h"

namespace tinyml::cli {

// What every question has once its options are parsed.
struct Question {
    OutputFormat format = OutputFormat::Table;
    kg::Resources resources; // from the resource options, when the question has them
    std::unique_ptr<kg::KnowledgeGraph> graph;
    const kg::Catalogue *catalogue = nullptr;
};

class QuestionCommand : public GraphCommand
{
protected:
    // `withResources`: the question takes --sensors, --ram and --flash.
    QuestionCommand(const QString &name, const QString &synopsis, const QString &description,
                    bool withResources = false);

    // The question's own options; --format (and the resource options) are added here.
    virtual void declareQuestion(QCommandLineParser &parser) const = 0;
    // What is wrong with the parsed options, checked before the store is opened; empty if nothing.
    virtual QString check(const QCommandLineParser &parser) const;
    // --sensors, --ram and --flash, for the questions that take them.
    static void addResourceOptions(QCommandLineParser &parser);
    // Answers with the store open and its catalogue read; returns the exit code.
    virtual int answer(const QCommandLineParser &parser, Question &q) = 0;

private:
    void declare(QCommandLineParser &parser) const final;
    int run(const QCommandLineParser &parser) final;

    bool m_withResources = false;
};

// The runtime a need's figures are for: its own, or the paper's when the graph has none other.
QString runtimeOfFigures(const kg::Resources &need);
// "yes", or "no: " and the reasons.
QString fitText(const kg::Fit &fit, const kg::Resources &need);

} // namespace tinyml::cli
