// A board in the paper's shape: a WoT Thing that is an s3n:SmartSensor, with one subsystem per
// kind of sensor and a microcontroller subsystem whose capability holds RAM and Flash in kB.
#pragma once

#include "rdf/RdfTerm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml::kg {

struct Board {
    QString iri; // empty: minted from the name
    QString name;
    QString description;
    QString manufacturer;
    QString mcu;
    double ramKb = 0;
    double flashKb = 0;
    QStringList sensors; // sensor class local names
    QString bleAddress;
    QString bleName;
    QString runtime; // tinyml:runsRuntime, a runtime name; empty: not stated
};

// The IRI a new board gets: <http://tinyml-schema.org/tinyml-demo/{slug of name}-{8 hex}>.
QString mintBoardIri(const QString &name);

// The board's triples; parts get IRIs under the board's ("...#mcu", "...#ram", ...).
QList<rdf::RdfTriple> describeBoard(const Board &board);

// What is wrong with the board as entered (empty name, negative memory, unknown sensor class).
QStringList validateBoard(const Board &board);

} // namespace tinyml::kg
