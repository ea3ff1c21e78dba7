// What the commands of tinyml-kg share: errors on one line, a server's secret, options, and
// finding models and boards by name.
#pragma once

#include "ResultPrinter.h"

#include "kg/GraphLocation.h"
#include "kg/KnowledgeGraph.h"
#include "store/sparql/SparqlStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace tinyml::cli {

void printError(const QString &message);

// Gives a server's location its secret from TINYML_SPARQL_SECRET; false, printed, when the
// locator is wrong or a needed secret is missing.
bool withSecret(kg::GraphLocation *location);
// The one SERVER argument of push and pull; false, with a message, when it is not a server.
bool serverArgument(const QCommandLineParser &parser, const QString &command, kg::GraphLocation *server);
// Connects to the server (its secret from TINYML_SPARQL_SECRET); nullptr, printed, on failure.
std::unique_ptr<store::SparqlStore> connectToServer(kg::GraphLocation server);

QCommandLineOption formatOption();
bool formatFromOptions(const QCommandLineParser &parser, OutputFormat *format);

const kg::Catalogue *catalogueOrFail(kg::KnowledgeGraph &graph);
// By name, identifier or IRI (models; a name that two models have is refused, naming their
// identifiers) or by name or IRI (boards); nullptr, with a message, if absent.
const kg::ModelEntry *findModel(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue, const QString &wanted);
// The same, reading the catalogue first (its failure printed too).
const kg::ModelEntry *findModel(kg::KnowledgeGraph &graph, const QString &wanted);
const kg::BoardEntry *findBoard(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue, const QString &wanted);

// --model MODEL and --board BOARD, repeatable; `verb` starts their help ("Export", "Push only").
QList<QCommandLineOption> selectionOptions(const QString &verb);
// The IRIs of the models and boards named; false (with a message printed) when one is unknown.
bool selectedIris(kg::KnowledgeGraph &graph, const QStringList &models, const QStringList &boards, QStringList *iris);

// "updated NAME:" and each field that changes, one per line ("  Sensors: (none) → Microphone").
void printUpdates(const QList<kg::ModelUpdate> &updates);

// kB with three decimals, as the tables print memory.
QString kb(double value);
// A metric value as the sheet gives it (accuracies in percent), or "unknown".
QString metricText(const std::optional<double> &value);

} // namespace tinyml::cli
