#include "TurtleWriter.h"

#include "rdf/Prefixes.h"

#include <QRegularExpression>

#include <algorithm>

namespace tinyml::rdf {
namespace {

QString termText(const RdfTerm &term)
{
    static const QRegularExpression plainLocal(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (term.isIri()) {
        for (const auto &[prefix, ns] : knownPrefixes()) {
            if (term.value().startsWith(ns) && plainLocal.match(term.value().mid(ns.size())).hasMatch())
                return prefix + QLatin1Char(':') + term.value().mid(ns.size());
        }
    }
    return term.toNTriples();
}

} // namespace

bool writeTurtle(FILE *out, QList<RdfTriple> triples)
{
    std::stable_sort(triples.begin(), triples.end(), [](const RdfTriple &a, const RdfTriple &b) {
        return a.subject.toNTriples() < b.subject.toNTriples();
    });
    QByteArray text;
    for (const auto &[prefix, ns] : knownPrefixes())
        text += "@prefix " + prefix.toUtf8() + ": <" + ns.toUtf8() + "> .\n";
    for (qsizetype i = 0; i < triples.size(); ++i) {
        const RdfTriple &t = triples[i];
        const bool sameSubject = i > 0 && triples[i - 1].subject == t.subject;
        text += sameSubject ? QByteArray(" ;\n    ")
                            : QByteArray(i ? " .\n\n" : "\n") + termText(t.subject).toUtf8() + "\n    ";
        text += termText(t.predicate).toUtf8() + ' ' + termText(t.object).toUtf8();
        if (text.size() > (1 << 20)) {
            if (std::fwrite(text.constData(), 1, size_t(text.size()), out) != size_t(text.size()))
                return false;
            text.clear();
        }
    }
    if (!triples.isEmpty())
        text += " .\n";
    return std::fwrite(text.constData(), 1, size_t(text.size()), out) == size_t(text.size());
}

} // namespace tinyml::rdf
