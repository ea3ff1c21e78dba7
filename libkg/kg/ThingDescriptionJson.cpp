#include "ThingDescriptionJson.h"

#include "kg/ModelInfo.h"
#include "kg/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace tinyml::kg {

// What an imported Thing Description lacks or what was left out of it: the import shows it in the
// GUI's language.
struct ThingDescriptionChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::ThingDescriptionChecks)
};

namespace {

using rdf::RdfTriple;

const QStringList kTdContexts = {QStringLiteral("https://www.w3.org/2019/wot/td/v1"),
                                 QStringLiteral("https://www.w3.org/2022/wot/td/v1.1")};
// Standard members this mapping leaves out on purpose; they are reported, not silently lost.
const QStringList kUnmappedStandard = {QStringLiteral("securityDefinitions"),
                                       QStringLiteral("security"),
                                       QStringLiteral("links"),
                                       QStringLiteral("version"),
                                       QStringLiteral("profile"),
                                       QStringLiteral("schemaDefinitions"),
                                       QStringLiteral("uriVariables"),
                                       QStringLiteral("forms")};

RdfTerm scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return RdfTerm::literal(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                                ns::xsd + QStringLiteral("boolean"));
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const bool integral = std::isfinite(d) && std::fabs(d) < 9.0e15 && d == std::floor(d);
        return integral ? RdfTerm::integer(qint64(d)) : std::isfinite(d) ? RdfTerm::decimal(d) : RdfTerm();
    }
    case QJsonValue::String: return RdfTerm::literal(v.toString());
    default: return RdfTerm();
    }
}

// An IRI when the value is one (percent-encoded as needed), else the value as a literal.
RdfTerm link(const QJsonValue &value)
{
    const QString iri = rdf::iriFromText(value.toString());
    return iri.isEmpty() ? scalar(value) : RdfTerm::iri(iri);
}

class Mapper
{
public:
    Mapper(const QJsonObject &td, ThingDescription &out) : m_td(td), m_out(out) { }

    void readContext()
    {
        const QJsonValue context = m_td.value(QLatin1String("@context"));
        const QJsonArray entries = context.isArray() ? context.toArray() : QJsonArray{context};
        for (const QJsonValue &entry : entries) {
            if (entry.isString() && kTdContexts.contains(entry.toString()))
                m_hasTdContext = true;
            if (entry.isObject()) {
                const QJsonObject prefixes = entry.toObject();
                for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
                    if (it.value().isString())
                        m_prefixes.insert(it.key(), it.value().toString());
                }
            }
        }
    }
    bool hasTdContext() const { return m_hasTdContext; }

    // "tinyml:ram" -> the full IRI, when the prefix is bound to an absolute IRI; empty otherwise.
    QString expand(const QString &key) const
    {
        const qsizetype colon = key.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !m_prefixes.contains(key.left(colon)))
            return QString();
        return rdf::iriFromText(m_prefixes.value(key.left(colon)) + key.mid(colon + 1));
    }

    void map()
    {
        Board &board = m_out.board;
        const QString id = m_td.value(QLatin1String("id")).toString();
        const QString idIri = rdf::iriFromText(id);
        board.name = m_td.value(QLatin1String("title")).toString();
        board.description = m_td.value(QLatin1String("description")).toString();
        board.iri = idIri.isEmpty() ? mintBoardIri(board.name) : idIri;
        if (!id.isEmpty() && idIri.isEmpty())
            warn(ThingDescriptionChecks::tr("id '%1' is not an absolute IRI; the Thing was named %2")
                     .arg(id, board.iri));
        m_thing = RdfTerm::iri(board.iri);

        double ram = 0, flash = 0;
        for (auto it = m_td.begin(); it != m_td.end(); ++it) {
            const QString key = it.key();
            const QString expanded = expand(key);
            if (key.startsWith(QLatin1Char('@')) || key == QLatin1String("id") || key == QLatin1String("title")
                || key == QLatin1String("description"))
                continue;
            if (key == QLatin1String("titles") || key == QLatin1String("descriptions"))
                multilingual(key == QLatin1String("titles") ? "title" : "description", it.value());
            else if (key == QLatin1String("created") || key == QLatin1String("modified"))
                add(m_thing, ns::dcterms, key, scalar(it.value()));
            else if (key == QLatin1String("support"))
                add(m_thing, ns::td, QStringLiteral("supportContact"), link(it.value()));
            else if (key == QLatin1String("base"))
                add(m_thing, ns::td, QStringLiteral("baseURI"), scalar(it.value()));
            else if (key == QLatin1String("properties") || key == QLatin1String("actions")
                     || key == QLatin1String("events"))
                affordances(key, it.value());
            else if (kUnmappedStandard.contains(key))
                warn(ThingDescriptionChecks::tr("'%1' is not mapped; left out").arg(key));
            else if (expanded.startsWith(ns::tinyml))
                hardware(expanded.mid(ns::tinyml.size()), it.value(), &ram, &flash);
            else if (!expanded.isEmpty() && !scalar(it.value()).isNone())
                m_out.triples << RdfTriple{m_thing, RdfTerm::iri(expanded), scalar(it.value())};
            else
                warn(ThingDescriptionChecks::tr("unknown member '%1' skipped").arg(key));
        }
        board.ramKb = ram;
        board.flashKb = flash;
        m_out.describesHardware = ram > 0 && flash > 0;
        if (m_out.describesHardware) {
            m_out.triples = describeBoard(board) + m_out.triples;
        } else {
            m_out.triples.prepend(RdfTriple{m_thing, rdfType(), iri(ns::td, QStringLiteral("Thing"))});
            if (!board.name.isEmpty())
                m_out.triples.prepend(
                    RdfTriple{m_thing, iri(ns::td, QStringLiteral("title")), RdfTerm::literal(board.name)});
            if (!board.description.isEmpty())
                m_out.triples.prepend(RdfTriple{m_thing, iri(ns::td, QStringLiteral("description")),
                                                RdfTerm::literal(board.description)});
            warn(QStringLiteral(
                "no tinyml:ram and tinyml:flash: kept as a Thing, not as a board the questions can use"));
        }
    }

private:
    void warn(const QString &text) { m_out.warnings << text; }

    void add(const RdfTerm &s, const QString &ns, const QString &local, const RdfTerm &o)
    {
        if (!o.isNone())
            m_out.triples << RdfTriple{s, RdfTerm::iri(ns + local), o};
    }

    void multilingual(const char *property, const QJsonValue &value)
    {
        const QJsonObject byLanguage = value.toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            const RdfTerm text = RdfTerm::literal(it.value().toString(), {}, it.key());
            if (text.problem().isEmpty())
                add(m_thing, ns::td, QLatin1String(property), text);
            else
                warn(ThingDescriptionChecks::tr("%1s: '%2' is not a language tag; skipped")
                         .arg(QLatin1String(property), it.key()));
        }
    }

    void hardware(const QString &term, const QJsonValue &value, double *ram, double *flash)
    {
        Board &board = m_out.board;
        if (term == QLatin1String("ram") && value.isDouble())
            *ram = value.toDouble();
        else if (term == QLatin1String("flash") && value.isDouble())
            *flash = value.toDouble();
        else if (term == QLatin1String("mcu"))
            board.mcu = value.toString();
        else if (term == QLatin1String("manufacturer"))
            board.manufacturer = value.toString();
        else if (term == QLatin1String("bleAddress"))
            board.bleAddress = value.toString();
        else if (term == QLatin1String("bleName"))
            board.bleName = value.toString();
        else if (term == QLatin1String("runsRuntime"))
            board.runtime = value.toString();
        else if (term == QLatin1String("sensors") && value.isArray()) {
            for (const QJsonValue &s : value.toArray()) {
                if (sensorClasses().contains(s.toString()))
                    board.sensors << s.toString();
                else
                    warn(ThingDescriptionChecks::tr("unknown sensor class '%1' skipped").arg(s.toString()));
            }
        } else {
            warn(ThingDescriptionChecks::tr("tinyml:%1 is not understood (or has the wrong type); skipped").arg(term));
        }
    }

    void affordances(const QString &kind, const QJsonValue &value)
    {
        static const QHash<QString, QString> property = {
            {QStringLiteral("properties"), QStringLiteral("hasPropertyAffordance")},
            {QStringLiteral("actions"), QStringLiteral("hasActionAffordance")},
            {QStringLiteral("events"), QStringLiteral("hasEventAffordance")}};
        if (!value.isObject()) {
            warn(ThingDescriptionChecks::tr("'%1' is not an object; skipped").arg(kind));
            return;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const RdfTerm node = RdfTerm::iri(
                m_thing.value()
                + QStringLiteral("#%1-%2").arg(kind, QString::fromUtf8(QUrl::toPercentEncoding(it.key()))));
            add(m_thing, ns::td, property.value(kind), node);
            add(node, ns::td, QStringLiteral("name"), RdfTerm::literal(it.key()));
            const QJsonObject a = it.value().toObject();
            for (const char *key : {"title", "description"})
                add(node, ns::td, QLatin1String(key), scalar(a.value(QLatin1String(key))));
            if (a.contains(QLatin1String("observable")))
                add(node, ns::td, QStringLiteral("isObservable"), scalar(a.value(QLatin1String("observable"))));
            for (const char *key : {"readOnly", "writeOnly"}) {
                if (a.contains(QLatin1String(key)))
                    add(node, ns::td, QLatin1String(key), scalar(a.value(QLatin1String(key))));
            }
            const QJsonArray forms = a.value(QLatin1String("forms")).toArray();
            for (int f = 0; f < forms.size(); ++f) {
                const QJsonObject form = forms[f].toObject();
                const RdfTerm formNode = RdfTerm::iri(node.value() + QStringLiteral("-form%1").arg(f));
                add(node, ns::td, QStringLiteral("hasForm"), formNode);
                add(formNode, ns::hctl, QStringLiteral("hasTarget"), link(form.value(QLatin1String("href"))));
                add(formNode, ns::hctl, QStringLiteral("forContentType"),
                    scalar(form.value(QLatin1String("contentType"))));
                const QJsonValue op = form.value(QLatin1String("op"));
                for (const QJsonValue &o : op.isArray() ? op.toArray() : QJsonArray{op})
                    add(formNode, ns::td, QStringLiteral("hasOperationType"), scalar(o));
            }
        }
    }

    const QJsonObject &m_td;
    ThingDescription &m_out;
    QHash<QString, QString> m_prefixes;
    bool m_hasTdContext = false;
    RdfTerm m_thing;
};

} // namespace

std::optional<ThingDescription> readThingDescription(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ThingDescriptionChecks::tr("%1: not valid JSON at offset %2 (%3)")
                     .arg(source)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = ThingDescriptionChecks::tr("%1: a Thing Description is a JSON object").arg(source);
        return std::nullopt;
    }
    const QJsonObject td = doc.object();
    ThingDescription out;
    Mapper mapper(td, out);
    mapper.readContext();
    QStringList missing;
    if (!mapper.hasTdContext())
        missing << ThingDescriptionChecks::tr(
            "@context (naming https://www.w3.org/2022/wot/td/v1.1 or .../2019/wot/td/v1)");
    for (const char *required : {"title", "security", "securityDefinitions"}) {
        if (!td.contains(QLatin1String(required)))
            missing << QLatin1String(required);
    }
    if (!missing.isEmpty()) {
        *error = ThingDescriptionChecks::tr("%1: not a Thing Description: missing %2")
                     .arg(source, missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    mapper.map();
    return out;
}

} // namespace tinyml::kg
