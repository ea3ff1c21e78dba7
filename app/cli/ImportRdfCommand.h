// `tinyml-kg import-rdf FILE...`: adds RDF files (Turtle, N-Triples, Thing Description JSON) in one
// transaction.
#pragma once

#include "GraphCommand.h"

namespace tinyml::cli {

class ImportRdfCommand : public GraphCommand
{
public:
    ImportRdfCommand();

protected:
    void declare(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace tinyml::cli
