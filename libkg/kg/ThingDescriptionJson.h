// W3C WoT Thing Description 1.1 in its JSON(-LD) form, as devices publish it, mapped to triples.
//
// Mapped: id (the Thing's IRI; minted from the title when absent or not absolute), title(s),
// description(s), created, modified, support, base, and every property, action and event
// affordance with its title, description, observable/readOnly/writeOnly and forms (href,
// contentType, op). TinyML Manager's members, under a prefix the @context binds to
// http://tinyml-schema.org/manager# (e.g. "tinyml"), describe the hardware in the paper's S3N
// shape: "tinyml:ram" and "tinyml:flash" (kB), "tinyml:sensors" (sensor class names),
// "tinyml:mcu", "tinyml:manufacturer", "tinyml:bleAddress", "tinyml:bleName".
// Other members under a prefix the @context binds are kept when their values are plain; the
// rest (security schemes, links, unknown members) are skipped with a warning.
#pragma once

#include "kg/BoardDescriber.h"
#include "rdf/RdfTerm.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tinyml::kg {

struct ThingDescription {
    Board board;                    // what the TinyML members and title/description say
    bool describesHardware = false; // the TD carries tinyml:ram and tinyml:flash
    QList<rdf::RdfTriple> triples;  // the board in the paper's shape plus the TD's affordances
    QStringList warnings;
};

// `source` names the document in messages. Returns nullopt with "SOURCE: problem" when the
// JSON is malformed or a required member (@context naming the TD context, title, security,
// securityDefinitions) is missing.
std::optional<ThingDescription> readThingDescription(const QByteArray &json, const QString &source, QString *error);

} // namespace tinyml::kg
