// `tinyml-kg query FILE.rq|- [--format F]`: runs a SPARQL query from a file or standard input, with
// a time limit.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class QueryCommand : public GraphCommand
{
public:
    QueryCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
