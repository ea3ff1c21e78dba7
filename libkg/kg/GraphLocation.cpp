#include "GraphLocation.h"

#include "kg/KnowledgeGraph.h"

#include <QDir>

namespace tinyml::kg {

GraphLocation::GraphLocation() : m_path(defaultStoreDirectory()) { }

GraphLocation GraphLocation::parse(const QString &text)
{
    if (text.isEmpty())
        return GraphLocation();
    if (!store::SparqlEndpoint::isLocator(text))
        return folder(text);
    GraphLocation location;
    location.m_kind = Kind::Server;
    location.m_text = text;
    location.m_path.clear();
    if (const auto endpoint = store::SparqlEndpoint::fromLocator(text, &location.m_problem))
        location.m_endpoint = *endpoint;
    return location;
}

GraphLocation GraphLocation::folder(const QString &path, SeedPolicy seed)
{
    GraphLocation location;
    location.m_text = path;
    if (QDir(path) == QDir(location.m_path))
        return location; // the default store
    location.m_kind = Kind::Folder;
    location.m_path = path;
    location.m_seed = seed;
    return location;
}

GraphLocation GraphLocation::server(const store::SparqlEndpoint &endpoint)
{
    GraphLocation location;
    location.m_kind = Kind::Server;
    location.m_endpoint = endpoint;
    location.m_text = endpoint.locator();
    location.m_path.clear();
    return location;
}

QString GraphLocation::displayText() const
{
    if (!isServer())
        return m_path;
    return m_problem.isEmpty() ? m_endpoint.description() : m_text;
}

QString GraphLocation::settingsText() const
{
    if (!isServer())
        return m_path;
    return m_problem.isEmpty() ? m_endpoint.locator() : m_text;
}

} // namespace tinyml::kg
