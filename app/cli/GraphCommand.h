// A command that works on the knowledge graph: the one named by tinyml-kg's global --store
// option (the embedded default store without it), opened through kg::openGraph.
#pragma once

#include "Command.h"

#include "kg/GraphLocation.h"
#include "kg/KnowledgeGraph.h"

#include <memory>

namespace tinyml::cli {

class GraphCommand : public Command
{
public:
    // Where --store said the graph is.
    void setLocation(const kg::GraphLocation &location) { m_location = location; }
    const kg::GraphLocation &location() const { return m_location; }

protected:
    using Command::Command;

    // Opens the graph (a server's secret from TINYML_SPARQL_SECRET); nullptr, with the reason
    // printed, when it cannot be opened. The default store is seeded when it is created; a
    // folder named by --store starts empty.
    std::unique_ptr<kg::KnowledgeGraph> openGraph() const;

private:
    kg::GraphLocation m_location;
};

} // namespace tinyml::cli
