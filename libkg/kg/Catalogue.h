// The models and boards of the knowledge graph as typed rows: what the three questions are
// answered from. Built by a handful of fixed SPARQL queries and rebuilt after every change that
// goes through KnowledgeGraph, so the graph stays the source of truth while a question over
// 100k models is a scan of plain structs rather than a query.
#pragma once

#include "kg/BoardDescriber.h"
#include "store/TripleStore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tinyml::kg {

// A model's needs on one runtime (tinyml:RuntimeNeeds).
struct RuntimeFigures {
    QString runtime;      // e.g. tflm24-cortex-m4-cmsis
    bool runnable = true; // false: the runtime cannot run the model
    QStringList unsupportedOperators;
    std::optional<double> ramKb;
    std::optional<double> flashKb;
};

struct ModelEntry {
    QString iri;
    QString uuid;
    QString name;
    QString description;
    QString category; // local name, e.g. Classification
    QString dataset;  // IRI
    QString metric;   // local name, e.g. Top_1_accuracy
    std::optional<double> metricValue;
    qint64 macs = 0;
    double ramKb = 0; // the paper's figures (s3n shape): the needs on tflm24-x86-64
    double flashKb = 0;
    QStringList sensors; // sensor class local names
    QString sha256;
    QList<RuntimeFigures> runtimes; // the needs per runtime, where the graph has them

    // The needs on `runtime`, or nullptr when the graph has none for it.
    const RuntimeFigures *figuresOn(const QString &runtime) const;
};

struct BoardEntry {
    QString iri;
    QString name;
    QString description;
    double ramKb = 0;
    double flashKb = 0;
    QStringList sensors;
    QString manufacturer;
    QString mcu;
    QString bleAddress;
    QString bleName;
    QString runtime; // the runtime it runs (tinyml:runsRuntime); empty: not stated
};

// The board a catalogue row describes, to edit it (the description is written anew from it).
Board boardOf(const BoardEntry &entry);

struct Catalogue {
    QList<ModelEntry> models; // by name
    QList<BoardEntry> boards; // by name
};

// Reads the catalogue from the store. On failure returns nullopt with the query error.
std::optional<Catalogue> loadCatalogue(store::TripleStore &store, QString *error);

} // namespace tinyml::kg
