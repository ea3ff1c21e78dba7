// A firmware project for one model on one board, generated from the knowledge graph: the board
// firmware (resources/firmware) with the model built in as an aligned array, an op resolver with
// exactly its operators, a tensor arena sized from the analyser's figure for the board's runtime,
// input code for its sensors and output decoding with its labels, as a PlatformIO project or an
// Arduino sketch folder, and a README that says which graph facts made each part.
#pragma once

#include "analysis/ModelAnalysis.h"
#include "codegen/FirmwareTarget.h"
#include "kg/Catalogue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tinyml::kg {
class KnowledgeGraph;
}

namespace tinyml::codegen {

enum class ProjectFormat { PlatformIO, Arduino };

// "platformio" or "arduino"; nullopt for another word.
std::optional<ProjectFormat> projectFormatNamed(const QString &name);

struct ProjectRequest {
    kg::BoardEntry board;
    FirmwareTarget target;
    kg::ModelEntry model;
    ModelAnalysis analysis; // of the model's file
    QByteArray modelBytes;
    ProjectFormat format = ProjectFormat::PlatformIO;
    QString projectName;   // the output folder's name (an Arduino sketch is named after it)
    QString graphLocation; // for the README
    bool force = false;    // generate for a model that does not fit, saying why in the README
};

struct GeneratedFile {
    QString path; // relative to the project's folder
    QByteArray contents;
};

struct FirmwareProject {
    ProjectFormat format = ProjectFormat::PlatformIO;
    QList<GeneratedFile> files;
    QStringList summary;    // what was generated, and from which facts
    QStringList misfits;    // why the model does not fit the board (generated with force)
    QStringList toComplete; // functions to write by hand before the input means anything
    quint64 arenaEstimateBytes = 0;
    quint32 arenaBytes = 0;
    QString runtime;
};

// What the graph says for a project of `model` on `board`: the board's firmware facts, the
// model's file from the repository and its analysis. nullopt, with *error naming the model or
// board and the problem, when the file is missing or unreadable or the query fails.
std::optional<ProjectRequest> projectRequestFor(kg::KnowledgeGraph &graph, const kg::BoardEntry &board,
                                                const kg::ModelEntry &model, QString *error);

// Why a project was refused, for the caller to say what would let it through.
enum class Refusal { Other, Misfit, FolderNotEmpty };

// Plans the project. Refused, with every reason in *error: a board without a firmware template,
// a runtime that cannot run the model or an operator without a resolver method (always), a model
// that does not fit (Refusal::Misfit, unless force).
std::optional<FirmwareProject> planFirmwareProject(const ProjectRequest &request, QString *error,
                                                   Refusal *refusal = nullptr);

// Writes the project into `directory`, which must be empty or absent unless `overwrite`
// (Refusal::FolderNotEmpty). Writes into a sibling folder first and renames it, so that a
// failure leaves nothing half-written.
bool writeFirmwareProject(const FirmwareProject &project, const QString &directory, bool overwrite, QString *error,
                          Refusal *refusal = nullptr);

// The arena a project gets for an analyser's estimate: 10 % more, at least 1 KiB more, rounded
// up to a whole KiB.
quint32 arenaWithMargin(quint64 estimateBytes);

} // namespace tinyml::codegen
