#include "SparqlUpdates.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace tinyml::store {
namespace {

struct BlankNodeGroups {
    QList<RdfTriple> ground;
    QList<QList<RdfTriple>> groups;
};

BlankNodeGroups groupByBlankNodes(const QList<RdfTriple> &triples)
{
    QHash<QString, QString> parent; // union-find over blank node labels
    std::function<QString(const QString &)> root = [&](const QString &label) -> QString {
        const QString p = parent.value(label, label);
        if (p == label)
            return label;
        const QString r = root(p);
        parent[label] = r;
        return r;
    };
    BlankNodeGroups result;
    for (const RdfTriple &t : triples) {
        if (t.subject.isBlank() && t.object.isBlank()) {
            const QString a = root(t.subject.value());
            const QString b = root(t.object.value());
            if (a != b)
                parent[a] = b;
        } else if (!mentionsBlankNode(t)) {
            result.ground << t;
        }
    }
    QMap<QString, QList<RdfTriple>> groups;
    for (const RdfTriple &t : triples) {
        if (mentionsBlankNode(t))
            groups[root(t.subject.isBlank() ? t.subject.value() : t.object.value())] << t;
    }
    result.groups = groups.values();
    return result;
}

QList<UpdateOperation> dataOperations(const char *verb, const QString &graph, const QList<RdfTriple> &triples)
{
    QList<UpdateOperation> operations;
    for (qsizetype i = 0; i < triples.size(); i += kTriplesPerUpdate) {
        const QList<RdfTriple> piece = triples.mid(i, kTriplesPerUpdate);
        operations << UpdateOperation{
            QStringLiteral("%1 DATA { GRAPH %2 {\n%3} }").arg(QLatin1String(verb), iriRef(graph), ntriples(piece)),
            piece.size()};
    }
    return operations;
}

} // namespace

bool mentionsBlankNode(const RdfTriple &t)
{
    return t.subject.isBlank() || t.object.isBlank();
}

QString iriRef(const QString &iri)
{
    return QLatin1Char('<') + iri + QLatin1Char('>');
}

QString ntriples(const QList<RdfTriple> &triples)
{
    QString text;
    for (const RdfTriple &t : triples) {
        text += t.toNTriples();
        text += QLatin1Char('\n');
    }
    return text;
}

QList<UpdateOperation> insertOperations(const QString &graph, const QList<RdfTriple> &additions)
{
    const BlankNodeGroups split = groupByBlankNodes(additions);
    QList<UpdateOperation> operations = dataOperations("INSERT", graph, split.ground);
    for (const QList<RdfTriple> &group : split.groups)
        operations << UpdateOperation{
            QStringLiteral("INSERT { GRAPH %1 {\n%2} } WHERE { }").arg(iriRef(graph), ntriples(group)), group.size()};
    return operations;
}

QList<UpdateOperation> deleteOperations(const QString &graph, const QList<RdfTriple> &removals)
{
    const BlankNodeGroups split = groupByBlankNodes(removals);
    QList<UpdateOperation> operations = dataOperations("DELETE", graph, split.ground);
    for (const QList<RdfTriple> &group : split.groups) {
        QHash<QString, QString> variables;
        auto term = [&](const RdfTerm &t) {
            if (!t.isBlank())
                return t.toNTriples();
            QString &variable = variables[t.value()];
            if (variable.isEmpty())
                variable = QStringLiteral("?blank%1").arg(variables.size());
            return variable;
        };
        QStringList patterns;
        for (const RdfTriple &t : group)
            patterns << QStringLiteral("%1 %2 %3 .").arg(term(t.subject), term(t.predicate), term(t.object));
        const QString block = QStringLiteral("GRAPH %1 {\n%2\n}").arg(iriRef(graph), patterns.join(QLatin1Char('\n')));
        operations << UpdateOperation{QStringLiteral("DELETE { %1 } WHERE { %1 }").arg(block), group.size()};
    }
    return operations;
}

QString joinOperations(const QList<UpdateOperation> &operations)
{
    QStringList texts;
    for (const UpdateOperation &op : operations)
        texts << op.text;
    return texts.join(QStringLiteral(" ;\n"));
}

QStringList updateRequests(const QList<UpdateOperation> &operations)
{
    QStringList requests;
    QList<UpdateOperation> current;
    qsizetype triples = 0;
    for (const UpdateOperation &op : operations) {
        if (!current.isEmpty() && triples + op.triples > kTriplesPerUpdate) {
            requests << joinOperations(current);
            current.clear();
            triples = 0;
        }
        current << op;
        triples += op.triples;
    }
    if (!current.isEmpty())
        requests << joinOperations(current);
    return requests;
}

} // namespace tinyml::store
