// RDF terms and triples as plain Qt values, independent of any store backend: what the rest of
// libkg passes to and receives from a TripleStore.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace tinyml::rdf {

class RdfTerm
{
public:
    enum class Kind { None, Iri, Blank, Literal };

    RdfTerm() = default;
    static RdfTerm iri(const QString &iri);
    static RdfTerm blank(const QString &label);
    static RdfTerm literal(const QString &lexical, const QString &datatype = {}, const QString &language = {});
    static RdfTerm integer(qint64 value);
    static RdfTerm decimal(double value);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isIri() const { return m_kind == Kind::Iri; }
    bool isBlank() const { return m_kind == Kind::Blank; }
    bool isLiteral() const { return m_kind == Kind::Literal; }
    // The IRI, the blank node label or the literal's lexical form.
    const QString &value() const { return m_value; }
    const QString &datatype() const { return m_datatype; }
    const QString &language() const { return m_language; }

    // The term in N-Triples syntax, e.g. <http://x>, _:b1, "3"^^<...#integer>, "hi"@en.
    QString toNTriples() const;
    // Why the term cannot be stored (relative IRI, a character no IRI may hold, a malformed
    // language tag or blank node label), or an empty string. Stores refuse such terms, since
    // what they write must read back.
    QString problem() const;

    bool operator==(const RdfTerm &other) const;
    bool operator!=(const RdfTerm &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::None;
    QString m_value;
    QString m_datatype;
    QString m_language;
};

struct RdfTriple {
    RdfTerm subject;
    RdfTerm predicate;
    RdfTerm object;

    QString toNTriples() const; // one line, with the final " ."
    // Why no store can hold the triple (a literal subject, a term's own problem), or empty.
    QString problem() const;
    bool operator==(const RdfTriple &other) const
    {
        return subject == other.subject && predicate == other.predicate && object == other.object;
    }
};

// An absolute IRI from text a person or a file gave: percent-encoded where needed (a space
// becomes %20), or an empty string when the text is not an absolute IRI.
QString iriFromText(const QString &text);

size_t qHash(const RdfTerm &term, size_t seed = 0);
size_t qHash(const RdfTriple &triple, size_t seed = 0);

namespace xsd {
inline const QString integer = QStringLiteral("http://www.w3.org/2001/XMLSchema#integer");
inline const QString decimal = QStringLiteral("http://www.w3.org/2001/XMLSchema#decimal");
inline const QString doubleType = QStringLiteral("http://www.w3.org/2001/XMLSchema#double");
inline const QString string = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
inline const QString boolean = QStringLiteral("http://www.w3.org/2001/XMLSchema#boolean");
} // namespace xsd

} // namespace tinyml::rdf
