// What the knowledge-graph commands of tinyml-kg share: opening the store, parsing options,
// finding models and boards by name, and reporting errors on one line.
#pragma once

#include "ResultPrinter.h"

#include "kg/KnowledgeGraph.h"
#include "kg/GraphLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

void printError(const QString &message);

// The store in `storeOption`, or the embedded default store when it is empty (seeded with the
// boards and demo models when it is created); nullptr (with the reason printed) when it cannot
// be opened.
// A store locator (sparql+http://… or sparql+https://…) opens the graph on that SPARQL server.
std::unique_ptr<tinyml::kg::KnowledgeGraph> openGraph(const QString &storeOption);
// Gives a server's location its secret from TINYML_SPARQL_SECRET; false, printed, when the
// locator is wrong or a needed secret is missing.
bool withSecret(tinyml::kg::GraphLocation *location);

// Parses a command's options; prints help or the error and sets *exitCode when it should stop.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

QCommandLineOption formatOption();
bool formatFromOptions(const QCommandLineParser &parser, OutputFormat *format);

const tinyml::kg::Catalogue *catalogueOrFail(tinyml::kg::KnowledgeGraph &graph);
// By name or identifier (models) or by name or IRI (boards); nullptr, with a message, if absent.
const tinyml::kg::ModelEntry *findModel(tinyml::kg::KnowledgeGraph &graph, const tinyml::kg::Catalogue &catalogue, const QString &wanted);
const tinyml::kg::BoardEntry *findBoard(tinyml::kg::KnowledgeGraph &graph, const tinyml::kg::Catalogue &catalogue, const QString &wanted);

// --model MODEL and --board BOARD, repeatable; `verb` starts their help ("Export", "Push only").
QList<QCommandLineOption> selectionOptions(const QString &verb);
// The IRIs of the models and boards named; false (with a message printed) when one is unknown.
bool selectedIris(tinyml::kg::KnowledgeGraph &graph, const QStringList &models, const QStringList &boards, QStringList *iris);

// kB with three decimals, as the tables print memory.
QString kb(double value);
