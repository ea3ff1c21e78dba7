#include "RdfTerm.h"

#include <QRegularExpression>
#include <QUrl>

namespace tinyml::rdf {
namespace {

// N-Triples escapes: ECHAR for the common controls, UCHAR for the rest and, in IRIs, for the
// characters an IRIREF may not hold.
QString escaped(const QString &text, bool iri)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!iri) {
            switch (u) {
            case '\\': out += QLatin1String("\\\\"); continue;
            case '"': out += QLatin1String("\\\""); continue;
            case '\n': out += QLatin1String("\\n"); continue;
            case '\r': out += QLatin1String("\\r"); continue;
            case '\t': out += QLatin1String("\\t"); continue;
            default: break;
            }
        }
        const bool forbiddenInIri = iri
            && (u <= 0x20 || u == '<' || u == '>' || u == '"' || u == '{' || u == '}' || u == '|' || u == '^'
                || u == '`' || u == '\\');
        if (u < 0x20 || u == 0x7f || forbiddenInIri)
            out += QLatin1String("\\u") + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

RdfTerm RdfTerm::iri(const QString &iri)
{
    RdfTerm t;
    t.m_kind = Kind::Iri;
    t.m_value = iri;
    return t;
}

RdfTerm RdfTerm::blank(const QString &label)
{
    RdfTerm t;
    t.m_kind = Kind::Blank;
    t.m_value = label;
    return t;
}

RdfTerm RdfTerm::literal(const QString &lexical, const QString &datatype, const QString &language)
{
    RdfTerm t;
    t.m_kind = Kind::Literal;
    t.m_value = lexical;
    // RDF 1.1: a plain literal is an xsd:string; keep one spelling so that equal terms compare equal.
    t.m_datatype = (datatype == xsd::string) ? QString() : datatype;
    t.m_language = language.toLower();
    return t;
}

RdfTerm RdfTerm::integer(qint64 value)
{
    return literal(QString::number(value), xsd::integer);
}

RdfTerm RdfTerm::decimal(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0")))
        text.chop(1);
    return literal(text, xsd::decimal);
}

QString RdfTriple::problem() const
{
    if (!subject.isIri() && !subject.isBlank())
        return QStringLiteral("the subject must be an IRI or a blank node");
    if (!predicate.isIri())
        return QStringLiteral("the predicate must be an IRI");
    for (const RdfTerm *term : {&subject, &predicate, &object}) {
        const QString problem = term->problem();
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString RdfTerm::toNTriples() const
{
    switch (m_kind) {
    case Kind::None: return QString();
    case Kind::Iri: return QLatin1Char('<') + escaped(m_value, true) + QLatin1Char('>');
    case Kind::Blank: return QLatin1String("_:") + m_value;
    case Kind::Literal: {
        QString out = QLatin1Char('"') + escaped(m_value, false) + QLatin1Char('"');
        if (!m_language.isEmpty())
            out += QLatin1Char('@') + m_language;
        else if (!m_datatype.isEmpty())
            out += QLatin1String("^^<") + escaped(m_datatype, true) + QLatin1Char('>');
        return out;
    }
    }
    return QString();
}

QString RdfTerm::problem() const
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression language(QStringLiteral("^[A-Za-z]+(-[A-Za-z0-9]+)*$"));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$"));
    auto iriProblem = [](const QString &iri) -> QString {
        if (!scheme.match(iri).hasMatch())
            return QStringLiteral("'%1' is not an absolute IRI").arg(iri);
        for (const QChar c : iri) {
            if (c.unicode() <= 0x20 || QStringLiteral("<>\"{}|^`\\").contains(c))
                return QStringLiteral("the IRI '%1' holds a character no IRI may hold").arg(iri);
        }
        return QString();
    };
    switch (m_kind) {
    case Kind::None: return QStringLiteral("the term is missing");
    case Kind::Iri: return iriProblem(m_value);
    case Kind::Blank:
        return label.match(m_value).hasMatch() ? QString()
                                               : QStringLiteral("'%1' is not a blank node label").arg(m_value);
    case Kind::Literal:
        if (!m_language.isEmpty() && !language.match(m_language).hasMatch())
            return QStringLiteral("'%1' is not a language tag").arg(m_language);
        return m_datatype.isEmpty() ? QString() : iriProblem(m_datatype);
    }
    return QString();
}

QString iriFromText(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.isRelative())
        return QString();
    const QString iri = QString::fromUtf8(url.toEncoded(QUrl::FullyEncoded));
    return RdfTerm::iri(iri).problem().isEmpty() ? iri : QString();
}

bool RdfTerm::operator==(const RdfTerm &other) const
{
    return m_kind == other.m_kind && m_value == other.m_value && m_datatype == other.m_datatype
        && m_language == other.m_language;
}

QString RdfTriple::toNTriples() const
{
    return subject.toNTriples() + QLatin1Char(' ') + predicate.toNTriples() + QLatin1Char(' ') + object.toNTriples()
        + QLatin1String(" .");
}

size_t qHash(const RdfTerm &term, size_t seed)
{
    return qHashMulti(seed, int(term.kind()), term.value(), term.datatype(), term.language());
}

size_t qHash(const RdfTriple &triple, size_t seed)
{
    return qHashMulti(seed, triple.subject, triple.predicate, triple.object);
}

} // namespace tinyml::rdf
