#include "GraphCommand.h"

#include "CommandSupport.h"

#include "kg/GraphOpening.h"

namespace tinyml::cli {

std::unique_ptr<kg::KnowledgeGraph> GraphCommand::openGraph() const
{
    kg::GraphLocation location = m_location;
    if (!withSecret(&location))
        return nullptr;
    QString error;
    QStringList notes;
    auto graph = kg::openGraph(location, &error, &notes);
    for (const QString &note : notes)
        printError(QStringLiteral("tinyml-kg: %1").arg(note));
    if (!graph)
        printError(error);
    return graph;
}

} // namespace tinyml::cli
