#include "BoardDescriber.h"

#include "kg/ModelInfo.h"
#include "kg/Vocabulary.h"
#include "tflite/Runtime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace tinyml::kg {

// The board form shows these problems as the user types: they read in the GUI's language.
struct BoardChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::BoardChecks)
};

using rdf::RdfTriple;

QString mintBoardIri(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    slug = slug.mid(0, 48);
    while (slug.startsWith(QLatin1Char('_')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return ns::boards + (slug.isEmpty() ? QStringLiteral("board") : slug) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QStringList validateBoard(const Board &board)
{
    QStringList problems;
    if (board.name.trimmed().isEmpty())
        problems << BoardChecks::tr("the board needs a name");
    if (board.ramKb <= 0)
        problems << BoardChecks::tr("RAM must be more than 0 kB");
    if (board.flashKb <= 0)
        problems << BoardChecks::tr("Flash must be more than 0 kB");
    if (!board.runtime.isEmpty() && !tflite::findRuntime(board.runtime.toStdString()))
        problems << BoardChecks::tr("unknown runtime '%1' (known: %2)")
                        .arg(board.runtime, QString::fromStdString(tflite::runtimeNames()));
    for (const QString &sensor : board.sensors) {
        if (!sensorClasses().contains(sensor))
            problems << BoardChecks::tr("unknown sensor class '%1' (known: %2)")
                            .arg(sensor, sensorClasses().join(QStringLiteral(", ")));
    }
    return problems;
}

QList<RdfTriple> describeBoard(const Board &board)
{
    const QString base = board.iri.isEmpty() ? mintBoardIri(board.name) : board.iri;
    const RdfTerm thing = RdfTerm::iri(base);
    auto part = [&](const QString &name) { return RdfTerm::iri(base + QLatin1Char('#') + name); };
    QList<RdfTriple> t;
    auto add = [&](const RdfTerm &s, const QString &ns, const char *local, const RdfTerm &o) {
        if (!o.isNone() && !(o.isLiteral() && o.value().isEmpty()))
            t << RdfTriple{s, iri(ns, QLatin1String(local)), o};
    };
    auto text = [](const QString &value) { return value.isEmpty() ? RdfTerm() : RdfTerm::literal(value); };

    t << RdfTriple{thing, rdfType(), iri(ns::s3n, QStringLiteral("SmartSensor"))};
    t << RdfTriple{thing, rdfType(), iri(ns::td, QStringLiteral("Thing"))};
    add(thing, ns::td, "title", text(board.name));
    add(thing, ns::td, "description", text(board.description));
    add(thing, ns::schema, "manufacturer", text(board.manufacturer));
    add(thing, ns::tinyml, "bleAddress", text(board.bleAddress.toUpper()));
    add(thing, ns::tinyml, "bleName", text(board.bleName));
    if (!board.runtime.isEmpty())
        add(thing, ns::tinyml, "runsRuntime", iri(ns::tinyml, board.runtime));
    for (const QString &sensor : board.sensors) {
        const RdfTerm node = part(QStringLiteral("sensor-") + sensor);
        add(thing, ns::ssn, "hasSubSystem", node);
        t << RdfTriple{node, rdfType(), iri(ns::sosaExtend, sensor)};
    }
    const RdfTerm mcu = part(QStringLiteral("mcu"));
    const RdfTerm capability = part(QStringLiteral("capability"));
    add(thing, ns::ssn, "hasSubSystem", mcu);
    t << RdfTriple{mcu, rdfType(), iri(ns::s3n, QStringLiteral("MicroController"))};
    add(mcu, ns::rdfs, "label", text(board.mcu));
    add(mcu, ns::s3n, "hasSystemCapability", capability);
    const struct {
        const char *name;
        const char *memoryClass;
        double kb;
    } memories[] = {{"ram", "RAM", board.ramKb}, {"flash", "Flash", board.flashKb}};
    for (const auto &m : memories) {
        const RdfTerm node = part(QLatin1String(m.name));
        add(capability, ns::ssnSystem, "hasSystemProperty", node);
        t << RdfTriple{node, rdfType(), iri(ns::s3nExtend, QLatin1String(m.memoryClass))};
        add(node, ns::schema, "value", RdfTerm::decimal(m.kb));
        add(node, ns::schema, "unitCode", iri(ns::om, QStringLiteral("kilobyte")));
    }
    return t;
}

} // namespace tinyml::kg
