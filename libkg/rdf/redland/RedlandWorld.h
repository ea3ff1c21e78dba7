// RAII ownership of Redland objects, a world that collects Redland's log messages so that every
// failure is reported with its text (and line, for parse errors), and conversions between
// Redland nodes and our RdfTerm values.
#pragma once

#include "rdf/RdfTerm.h"

#include <redland.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tinyml::rdf::redland {

struct Deleter {
    void operator()(librdf_world *p) const { librdf_free_world(p); }
    void operator()(librdf_storage *p) const { librdf_free_storage(p); }
    void operator()(librdf_model *p) const { librdf_free_model(p); }
    void operator()(librdf_node *p) const { librdf_free_node(p); }
    void operator()(librdf_statement *p) const { librdf_free_statement(p); }
    void operator()(librdf_stream *p) const { librdf_free_stream(p); }
    void operator()(librdf_uri *p) const { librdf_free_uri(p); }
    void operator()(librdf_parser *p) const { librdf_free_parser(p); }
    void operator()(librdf_serializer *p) const { librdf_free_serializer(p); }
    void operator()(librdf_query *p) const { librdf_free_query(p); }
    void operator()(librdf_query_results *p) const { librdf_free_query_results(p); }
};

template<typename T>
using Ptr = std::unique_ptr<T, Deleter>;

class World
{
public:
    World();
    World(const World &) = delete;
    World &operator=(const World &) = delete;

    librdf_world *get() const { return m_world.get(); }

    // Forget collected messages; call before an operation whose failure you want to explain.
    void clearMessages() { m_errors.clear(); }
    // Errors (and warnings promoted by the caller) logged since the last clearMessages().
    const QStringList &errors() const { return m_errors; }
    QString errorText(const QString &fallback) const;

    Ptr<librdf_uri> uri(const QString &uri) const;
    Ptr<librdf_node> node(const RdfTerm &term) const;
    Ptr<librdf_statement> statement(const RdfTriple &triple) const;

    // Parses text in a Redland syntax ("turtle", "ntriples"); errors name `source` and the line.
    std::optional<QList<RdfTriple>> parse(const QByteArray &text, const char *syntax, const QString &source,
                                          QString *error);

private:
    static int logHandler(void *user, librdf_log_message *message);
    Ptr<librdf_world> m_world;
    QStringList m_errors;
};

RdfTerm toTerm(librdf_node *node);
RdfTriple toTriple(librdf_statement *statement);

} // namespace tinyml::rdf::redland
