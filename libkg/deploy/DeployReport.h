// The summary of a deployment run, one row per board, as CSV (for spreadsheets) and JSON (for
// scripts): board, address, result, outcome, reason, attempts, bytes, times, what the board reported
// of the model (arena used, one inference's time, its reason for not loading it), whether the
// fit check was overridden, model and its SHA-256.
#pragma once

#include "deploy/DeployQueue.h"
#include "kg/DeploymentRecords.h"

#include <QByteArray>

namespace tinyml::deploy {

QString stateName(TransferState state); // "done", "failed", ... (stable, not translated)
// "running", "load_failed", "unconfirmed", "transfer_failed", "cancelled" ("pending" before the end)
QString outcomeName(DeployOutcome outcome);
QByteArray deployReportCsv(const ModelPayload &model, const QList<BoardDeployment> &deployments);
QByteArray deployReportJson(const ModelPayload &model, const QList<BoardDeployment> &deployments);
// Writes the CSV or the JSON report by the file's extension (.json: JSON; anything else: CSV).
bool writeDeployReport(const QString &path, const ModelPayload &model, const QList<BoardDeployment> &deployments,
                       QString *error);

// The knowledge graph's record of one board's deployment.
kg::DeploymentRecord deploymentRecordOf(const ModelPayload &model, const BoardDeployment &deployment);

} // namespace tinyml::deploy
