#include "codegen/FirmwareProject.h"

#include "kg/KnowledgeGraph.h"

#include <QFile>

namespace tinyml::codegen {

std::optional<ProjectRequest> projectRequestFor(kg::KnowledgeGraph &graph, const kg::BoardEntry &board,
                                                const kg::ModelEntry &model, QString *error)
{
    ProjectRequest request;
    request.board = board;
    request.model = model;
    request.graphLocation = graph.store().location();
    QString problem;
    const auto target = readFirmwareTarget(graph.store(), board.iri, &problem);
    if (!target) {
        *error = QStringLiteral("%1: %2").arg(board.name, problem);
        return std::nullopt;
    }
    request.target = *target;
    if (model.sha256.isEmpty()) {
        *error = QStringLiteral("%1: the graph names no file for this model (no SHA-256)").arg(model.name);
        return std::nullopt;
    }
    const QString path = graph.repository().pathOf(model.sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: its file is not in the model repository (%2: %3)")
                     .arg(model.name, path, file.errorString());
        return std::nullopt;
    }
    request.modelBytes = file.readAll();
    auto analysis = analyseModelBytes(request.modelBytes, path, &problem);
    if (!analysis) {
        *error = QStringLiteral("%1: %2").arg(model.name, problem);
        return std::nullopt;
    }
    if (analysis->sha256 != model.sha256) {
        *error = QStringLiteral("%1: the repository's file %2 does not have the SHA-256 the graph names")
                     .arg(model.name, path);
        return std::nullopt;
    }
    request.analysis = std::move(*analysis);
    return request;
}

} // namespace tinyml::codegen
