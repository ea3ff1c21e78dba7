#include "deploy/DeployReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tinyml::deploy {

namespace {

QString csvField(QString text)
{
    // Names and messages come from the boards: a leading =, +, - or @ would be a formula to a
    // spreadsheet.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

double seconds(const BoardDeployment &d)
{
    return d.started.isValid() && d.ended.isValid() ? d.started.msecsTo(d.ended) / 1000.0 : 0.0;
}

QString figure(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QJsonValue jsonFigure(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString outcomeName(DeployOutcome outcome)
{
    switch (outcome) {
    case DeployOutcome::Pending: return QStringLiteral("pending");
    case DeployOutcome::Running: return QStringLiteral("running");
    case DeployOutcome::LoadFailed: return QStringLiteral("load_failed");
    case DeployOutcome::Unconfirmed: return QStringLiteral("unconfirmed");
    case DeployOutcome::TransferFailed: return QStringLiteral("transfer_failed");
    case DeployOutcome::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QString stateName(TransferState state)
{
    switch (state) {
    case TransferState::Queued: return QStringLiteral("queued");
    case TransferState::Connecting: return QStringLiteral("connecting");
    case TransferState::Sending: return QStringLiteral("sending");
    case TransferState::Verifying: return QStringLiteral("verifying");
    case TransferState::Loading: return QStringLiteral("loading");
    case TransferState::Done: return QStringLiteral("done");
    case TransferState::Failed: return QStringLiteral("failed");
    case TransferState::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QByteArray deployReportCsv(const ModelPayload &model, const QList<BoardDeployment> &deployments)
{
    QStringList lines = {
        QStringLiteral("board,address,result,reason,attempts,bytes_sent,bytes,started,ended,seconds,model,sha256,"
                       "outcome,arena_used_bytes,invoke_us,board_reason,fit_override")};
    for (const BoardDeployment &d : deployments) {
        lines << QStringList{csvField(d.target.name),
                             d.target.address.toString(),
                             stateName(d.state),
                             csvField(d.detail),
                             QString::number(d.attempts),
                             QString::number(d.progress.bytesSent),
                             QString::number(model.bytes.size()),
                             isoTime(d.started),
                             isoTime(d.ended),
                             QString::number(seconds(d), 'f', 3),
                             csvField(model.name),
                             model.sha256,
                             outcomeName(d.outcome),
                             figure(d.arenaUsedBytes),
                             figure(d.invokeUs),
                             csvField(d.boardReason),
                             csvField(d.target.acceptedMisfit)}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray deployReportJson(const ModelPayload &model, const QList<BoardDeployment> &deployments)
{
    QJsonArray boards;
    int succeeded = 0;
    QJsonObject outcomes;
    for (DeployOutcome outcome : {DeployOutcome::Running, DeployOutcome::LoadFailed, DeployOutcome::Unconfirmed,
                                  DeployOutcome::TransferFailed, DeployOutcome::Cancelled})
        outcomes.insert(outcomeName(outcome), 0);
    for (const BoardDeployment &d : deployments) {
        succeeded += d.state == TransferState::Done ? 1 : 0;
        outcomes.insert(outcomeName(d.outcome), outcomes.value(outcomeName(d.outcome)).toInt() + 1);
        QJsonObject board{
            {QStringLiteral("board"), d.target.name},
            {QStringLiteral("address"), d.target.address.toString()},
            {QStringLiteral("result"), stateName(d.state)},
            {QStringLiteral("attempts"), d.attempts},
            {QStringLiteral("bytes_sent"), d.progress.bytesSent},
            {QStringLiteral("started"), isoTime(d.started)},
            {QStringLiteral("ended"), isoTime(d.ended)},
            {QStringLiteral("seconds"), seconds(d)},
            {QStringLiteral("outcome"), outcomeName(d.outcome)},
            {QStringLiteral("arena_used_bytes"), jsonFigure(d.arenaUsedBytes)},
            {QStringLiteral("invoke_us"), jsonFigure(d.invokeUs)},
            {QStringLiteral("board_reason"),
             d.boardReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.boardReason)},
            {QStringLiteral("fit_override"),
             d.target.acceptedMisfit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.target.acceptedMisfit)}};
        if (!d.detail.isEmpty())
            board.insert(QStringLiteral("reason"), d.detail);
        if (!d.target.boardIri.isEmpty())
            board.insert(QStringLiteral("board_iri"), d.target.boardIri);
        boards << board;
    }
    QJsonObject modelObject{{QStringLiteral("name"), model.name},
                            {QStringLiteral("sha256"), model.sha256},
                            {QStringLiteral("bytes"), model.bytes.size()}};
    if (!model.modelIri.isEmpty())
        modelObject.insert(QStringLiteral("iri"), model.modelIri);
    const QJsonObject report{{QStringLiteral("model"), modelObject},
                             {QStringLiteral("boards"), boards},
                             {QStringLiteral("succeeded"), succeeded},
                             {QStringLiteral("outcomes"), outcomes},
                             {QStringLiteral("total"), int(deployments.size())}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

kg::DeploymentRecord deploymentRecordOf(const ModelPayload &model, const BoardDeployment &d)
{
    kg::DeploymentRecord r;
    r.boardIri = d.target.boardIri;
    r.bleAddress = d.target.address.toString();
    r.boardName = d.target.name;
    r.modelIri = model.modelIri;
    r.modelName = model.name;
    r.modelSha256 = model.sha256;
    r.started = d.started;
    r.ended = d.ended;
    using Outcome = kg::DeploymentRecord::Outcome;
    switch (d.outcome) {
    case DeployOutcome::Running: r.outcome = Outcome::Running; break;
    case DeployOutcome::LoadFailed: r.outcome = Outcome::LoadFailed; break;
    case DeployOutcome::Unconfirmed: r.outcome = Outcome::DeliveredUnconfirmed; break;
    case DeployOutcome::Cancelled: r.outcome = Outcome::Cancelled; break;
    case DeployOutcome::Pending:
    case DeployOutcome::TransferFailed: r.outcome = Outcome::Failed; break;
    }
    // tinyml:errorMessage says why a deployment failed; a delivery's note is not one.
    r.error = d.outcome == DeployOutcome::Running || d.outcome == DeployOutcome::Unconfirmed ? QString() : d.detail;
    r.attempts = d.attempts;
    r.arenaUsedBytes = d.arenaUsedBytes;
    r.invokeUs = d.invokeUs;
    r.acceptedMisfit = d.target.acceptedMisfit;
    return r;
}

bool writeDeployReport(const QString &path, const ModelPayload &model, const QList<BoardDeployment> &deployments,
                       QString *error)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(json ? deployReportJson(model, deployments) : deployReportCsv(model, deployments));
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tinyml::deploy
