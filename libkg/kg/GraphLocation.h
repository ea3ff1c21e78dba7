// Where a knowledge graph lives, parsed once from what the user typed (--store, the settings,
// a dialog): the embedded default store, a store folder, or a graph on a SPARQL server.
//
//   (nothing)                         the embedded default store, <AppDataLocation>/store
//   sparql+http(s)://HOST:PORT/PATH…  a graph on a SPARQL 1.1 server (store/sparql/SparqlEndpoint.h)
//   anything else                     a store folder
//
// Opening one is kg/GraphOpening.h's openGraph().
#pragma once

#include "store/sparql/SparqlEndpoint.h"

#include <QString>

namespace tinyml::kg {

// Whether a new store is seeded (kg::openGraph decides: the default store always is, a folder
// the user names when they asked for it).
enum class SeedPolicy {
    Empty,           // a new store starts empty
    SeedWhenCreated, // a new store gets the ontology, the boards and the demo models
};

class GraphLocation
{
public:
    enum class Kind { DefaultStore, Folder, Server };

    // The embedded default store.
    GraphLocation();
    // Empty text: the default store; a server locator: that server's graph (a wrong one keeps
    // its text and says what is wrong in problem()); anything else: folder(text).
    static GraphLocation parse(const QString &text);
    // The store in `path`; the default store's folder is the default store. `seed` says whether
    // another folder is seeded when it is created.
    static GraphLocation folder(const QString &path, SeedPolicy seed = SeedPolicy::Empty);
    static GraphLocation server(const store::SparqlEndpoint &endpoint);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    // Why the text cannot be opened (a wrong server locator), or empty.
    QString problem() const { return m_problem; }

    // The store folder (the default store's too); empty for a server.
    QString folderPath() const { return m_path; }
    // The server's endpoints; default ones for a store folder.
    const store::SparqlEndpoint &endpoint() const { return m_endpoint; }
    // The server's password or token (never part of the texts below).
    void setSecret(const QString &secret) { m_endpoint.secret = secret; }
    // What was asked for a folder the user named: whether it is seeded when it is created.
    SeedPolicy seedAsked() const { return m_seed; }

    // For the status bar and messages: the folder, or "<query URL> graph <IRI>".
    QString displayText() const;
    // What the settings keep to open it again: the folder, or the locator without the secret.
    QString settingsText() const;
    // The text it was parsed from, for messages about a wrong locator.
    QString text() const { return m_text; }

private:
    Kind m_kind = Kind::DefaultStore;
    QString m_text;
    QString m_path;
    store::SparqlEndpoint m_endpoint;
    QString m_problem;
    SeedPolicy m_seed = SeedPolicy::Empty;
};

} // namespace tinyml::kg
