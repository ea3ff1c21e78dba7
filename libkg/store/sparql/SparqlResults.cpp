#include "SparqlResults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace tinyml::store {
namespace {

const QString kXmlNamespace = QStringLiteral("http://www.w3.org/2005/sparql-results#");

// Blank node labels from a server are only meaningful within one answer; they are kept as they
// come, minus characters a label may not hold (Virtuoso writes "nodeID://b10001").
QString blankLabel(const QString &value)
{
    QString label;
    for (const QChar c : value) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            label += c;
    }
    return label.isEmpty() ? QStringLiteral("b") : label;
}

std::optional<RdfTerm> termFromJson(const QJsonObject &object, QString *problem)
{
    const QString type = object.value(QLatin1String("type")).toString();
    const QJsonValue value = object.value(QLatin1String("value"));
    if (!value.isString()) {
        *problem = QStringLiteral("a term without a text value");
        return std::nullopt;
    }
    if (type == QLatin1String("uri"))
        return RdfTerm::iri(value.toString());
    if (type == QLatin1String("bnode"))
        return RdfTerm::blank(blankLabel(value.toString()));
    // "typed-literal" is what SPARQL 1.0 era servers (Virtuoso among them) still send.
    if (type == QLatin1String("literal") || type == QLatin1String("typed-literal")) {
        const QString datatype = object.value(QLatin1String("datatype")).toString();
        QString lexical = value.toString();
        // Virtuoso writes booleans as 1 and 0 in JSON (true and false elsewhere).
        if (datatype == rdf::xsd::boolean && (lexical == QLatin1String("1") || lexical == QLatin1String("0")))
            lexical = lexical == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
        return RdfTerm::literal(lexical, datatype, object.value(QLatin1String("xml:lang")).toString());
    }
    *problem = QStringLiteral("a term of unknown type '%1'").arg(type);
    return std::nullopt;
}

QJsonObject termToJson(const RdfTerm &term)
{
    QJsonObject object{{QStringLiteral("value"), term.value()}};
    switch (term.kind()) {
    case RdfTerm::Kind::Iri: object.insert(QStringLiteral("type"), QStringLiteral("uri")); break;
    case RdfTerm::Kind::Blank: object.insert(QStringLiteral("type"), QStringLiteral("bnode")); break;
    case RdfTerm::Kind::Literal:
    case RdfTerm::Kind::None:
        object.insert(QStringLiteral("type"), QStringLiteral("literal"));
        if (!term.language().isEmpty())
            object.insert(QStringLiteral("xml:lang"), term.language());
        else if (!term.datatype().isEmpty())
            object.insert(QStringLiteral("datatype"), term.datatype());
        break;
    }
    return object;
}

} // namespace

QByteArray toSparqlJson(const QueryResult &result)
{
    QJsonObject root;
    if (result.kind == QueryResult::Kind::Boolean) {
        root.insert(QStringLiteral("head"), QJsonObject());
        root.insert(QStringLiteral("boolean"), result.boolean);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    root.insert(QStringLiteral("head"),
                QJsonObject{{QStringLiteral("vars"), QJsonArray::fromStringList(result.variables)}});
    QJsonArray rows;
    for (const QList<RdfTerm> &row : result.rows) {
        QJsonObject bound; // an unbound variable is left out of its row
        for (qsizetype c = 0; c < row.size() && c < result.variables.size(); ++c) {
            if (!row.at(c).isNone())
                bound.insert(result.variables.at(c), termToJson(row.at(c)));
        }
        rows.append(bound);
    }
    root.insert(QStringLiteral("results"), QJsonObject{{QStringLiteral("bindings"), rows}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QueryResult> parseSparqlJson(const QByteArray &document, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (json.isNull()) {
        *error = QStringLiteral("the SPARQL JSON results are not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = json.object();
    if (!root.value(QLatin1String("head")).isObject()) {
        *error = QStringLiteral("the SPARQL JSON results have no \"head\"");
        return std::nullopt;
    }
    QueryResult result;
    if (root.contains(QLatin1String("boolean"))) {
        if (!root.value(QLatin1String("boolean")).isBool()) {
            *error = QStringLiteral("the SPARQL JSON boolean result is not true or false");
            return std::nullopt;
        }
        result.kind = QueryResult::Kind::Boolean;
        result.boolean = root.value(QLatin1String("boolean")).toBool();
        return result;
    }
    const QJsonValue vars = root.value(QLatin1String("head")).toObject().value(QLatin1String("vars"));
    const QJsonValue bindings = root.value(QLatin1String("results")).toObject().value(QLatin1String("bindings"));
    if (!vars.isArray() || !bindings.isArray()) {
        *error = QStringLiteral("the SPARQL JSON results have neither a boolean nor head.vars and results.bindings");
        return std::nullopt;
    }
    for (const QJsonValue &v : vars.toArray())
        result.variables << v.toString();
    const QJsonArray rows = bindings.toArray();
    result.rows.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            *error = QStringLiteral("the SPARQL JSON results: row %1 is not an object").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject row = rows.at(i).toObject();
        QList<RdfTerm> terms(result.variables.size());
        for (auto it = row.begin(); it != row.end(); ++it) {
            const qsizetype column = result.variables.indexOf(it.key());
            QString problem = QStringLiteral("not an object");
            const auto term =
                (column >= 0 && it.value().isObject()) ? termFromJson(it.value().toObject(), &problem) : std::nullopt;
            if (!term) {
                *error = QStringLiteral("the SPARQL JSON results: row %1, variable '%2': %3")
                             .arg(i + 1)
                             .arg(it.key(), column < 0 ? QStringLiteral("not in head.vars") : problem);
                return std::nullopt;
            }
            terms[column] = *term;
        }
        result.rows << terms;
    }
    return result;
}

std::optional<QueryResult> parseSparqlXml(const QByteArray &document, QString *error)
{
    QXmlStreamReader xml(document);
    QueryResult result;
    bool sawHead = false;
    bool sawAnswer = false;
    QList<RdfTerm> row;
    bool inResult = false;
    QString binding;
    auto fail = [&](const QString &problem) {
        *error = QStringLiteral("the SPARQL XML results, line %1: %2").arg(xml.lineNumber()).arg(problem);
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("result")) {
            result.rows << row;
            inResult = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() != kXmlNamespace)
            return fail(QStringLiteral("element <%1> is not in the SPARQL results namespace").arg(xml.name()));
        const auto name = xml.name();
        if (name == QLatin1String("sparql") || name == QLatin1String("link")) {
            continue;
        } else if (name == QLatin1String("head")) {
            sawHead = true;
        } else if (name == QLatin1String("variable")) {
            result.variables << xml.attributes().value(QLatin1String("name")).toString();
        } else if (name == QLatin1String("boolean")) {
            const QString text = xml.readElementText().trimmed();
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return fail(QStringLiteral("the boolean result is '%1'").arg(text));
            result.kind = QueryResult::Kind::Boolean;
            result.boolean = text == QLatin1String("true");
            sawAnswer = true;
        } else if (name == QLatin1String("results")) {
            sawAnswer = true;
        } else if (name == QLatin1String("result")) {
            inResult = true;
            row = QList<RdfTerm>(result.variables.size());
        } else if (name == QLatin1String("binding")) {
            binding = xml.attributes().value(QLatin1String("name")).toString();
            if (!result.variables.contains(binding) || !inResult)
                return fail(QStringLiteral("binding of '%1' outside a result or not in the head").arg(binding));
        } else if (name == QLatin1String("uri") || name == QLatin1String("bnode") || name == QLatin1String("literal")) {
            const QString datatype = xml.attributes().value(QLatin1String("datatype")).toString();
            const QString language =
                xml.attributes()
                    .value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("lang"))
                    .toString();
            const QString kind = name.toString();
            const QString text = xml.readElementText();
            const qsizetype column = result.variables.indexOf(binding);
            if (column < 0 || !inResult)
                return fail(QStringLiteral("a term outside a binding"));
            row[column] = kind == QLatin1String("uri") ? RdfTerm::iri(text)
                : kind == QLatin1String("bnode")       ? RdfTerm::blank(blankLabel(text))
                                                       : RdfTerm::literal(text, datatype, language);
        } else {
            return fail(QStringLiteral("unexpected element <%1>").arg(name));
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    if (!sawHead || !sawAnswer)
        return fail(QStringLiteral("the document has no head or no results"));
    return result;
}

} // namespace tinyml::store
