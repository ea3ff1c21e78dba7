#include "RedlandWorld.h"

#include <QFileInfo>
#include <QUrl>

namespace tinyml::rdf::redland {
namespace {

QString fromUtf8(const unsigned char *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

} // namespace

World::World() : m_world(librdf_new_world())
{
    if (!m_world)
        throw std::bad_alloc();
    librdf_world_set_logger(m_world.get(), this, &World::logHandler);
    librdf_world_open(m_world.get());
}

int World::logHandler(void *user, librdf_log_message *message)
{
    auto *self = static_cast<World *>(user);
    if (librdf_log_message_level(message) < LIBRDF_LOG_ERROR)
        return 1; // warnings and below are not failures; keep them out of error text
    QString text = QString::fromUtf8(librdf_log_message_message(message));
    if (raptor_locator *locator = librdf_log_message_locator(message)) {
        const int line = raptor_locator_line(locator);
        if (line > 0)
            text = QStringLiteral("line %1: %2").arg(line).arg(text);
    }
    self->m_errors << text;
    return 1;
}

QString World::errorText(const QString &fallback) const
{
    return m_errors.isEmpty() ? fallback : m_errors.join(QStringLiteral("; "));
}

Ptr<librdf_uri> World::uri(const QString &uri) const
{
    return Ptr<librdf_uri>(
        librdf_new_uri(m_world.get(), reinterpret_cast<const unsigned char *>(uri.toUtf8().constData())));
}

Ptr<librdf_node> World::node(const RdfTerm &term) const
{
    switch (term.kind()) {
    case RdfTerm::Kind::Iri:
        return Ptr<librdf_node>(librdf_new_node_from_uri_string(
            m_world.get(), reinterpret_cast<const unsigned char *>(term.value().toUtf8().constData())));
    case RdfTerm::Kind::Blank:
        return Ptr<librdf_node>(librdf_new_node_from_blank_identifier(
            m_world.get(), reinterpret_cast<const unsigned char *>(term.value().toUtf8().constData())));
    case RdfTerm::Kind::Literal: {
        const QByteArray value = term.value().toUtf8();
        const QByteArray language = term.language().toUtf8();
        Ptr<librdf_uri> datatype = term.datatype().isEmpty() ? nullptr : uri(term.datatype());
        return Ptr<librdf_node>(librdf_new_node_from_typed_counted_literal(
            m_world.get(), reinterpret_cast<const unsigned char *>(value.constData()), size_t(value.size()),
            language.isEmpty() ? nullptr : language.constData(), size_t(language.size()), datatype.get()));
    }
    case RdfTerm::Kind::None: break;
    }
    return nullptr;
}

Ptr<librdf_statement> World::statement(const RdfTriple &triple) const
{
    Ptr<librdf_node> s = node(triple.subject);
    Ptr<librdf_node> p = node(triple.predicate);
    Ptr<librdf_node> o = node(triple.object);
    if (!s || !p || !o)
        return nullptr;
    // The statement takes ownership of the nodes.
    return Ptr<librdf_statement>(librdf_new_statement_from_nodes(m_world.get(), s.release(), p.release(), o.release()));
}

std::optional<QList<RdfTriple>> World::parse(const QByteArray &text, const char *syntax, const QString &source,
                                             QString *error)
{
    if (text.isEmpty())
        return QList<RdfTriple>();
    clearMessages();
    Ptr<librdf_parser> parser(librdf_new_parser(m_world.get(), syntax, nullptr, nullptr));
    // Relative IRIs resolve against the file, as a reader of the file would expect.
    const QString baseIri = QFileInfo::exists(source)
        ? QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath()).toEncoded())
        : QStringLiteral("urn:tinyml:input");
    Ptr<librdf_uri> base = uri(baseIri);
    if (!parser || !base) {
        *error = QStringLiteral("%1: no %2 parser").arg(source, QLatin1String(syntax));
        return std::nullopt;
    }
    QList<RdfTriple> triples;
    Ptr<librdf_stream> stream(librdf_parser_parse_counted_string_as_stream(
        parser.get(), reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()), base.get()));
    for (; stream && !librdf_stream_end(stream.get()); librdf_stream_next(stream.get()))
        triples << toTriple(librdf_stream_get_object(stream.get()));
    if (!m_errors.isEmpty() || !stream) {
        *error = QStringLiteral("%1: %2").arg(source, errorText(QStringLiteral("cannot be parsed")));
        return std::nullopt;
    }
    return triples;
}

RdfTerm toTerm(librdf_node *node)
{
    if (!node)
        return RdfTerm();
    if (librdf_node_is_resource(node))
        return RdfTerm::iri(fromUtf8(librdf_uri_as_string(librdf_node_get_uri(node))));
    if (librdf_node_is_blank(node))
        return RdfTerm::blank(fromUtf8(librdf_node_get_blank_identifier(node)));
    size_t length = 0;
    const unsigned char *value = librdf_node_get_literal_value_as_counted_string(node, &length);
    librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);
    return RdfTerm::literal(QString::fromUtf8(reinterpret_cast<const char *>(value), qsizetype(length)),
                            datatype ? fromUtf8(librdf_uri_as_string(datatype)) : QString(),
                            QString::fromUtf8(librdf_node_get_literal_value_language(node)));
}

RdfTriple toTriple(librdf_statement *statement)
{
    return {toTerm(librdf_statement_get_subject(statement)), toTerm(librdf_statement_get_predicate(statement)),
            toTerm(librdf_statement_get_object(statement))};
}

} // namespace tinyml::rdf::redland
