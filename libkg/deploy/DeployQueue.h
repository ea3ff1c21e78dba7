// One model to many boards, a few at a time: each board gets its own BoardTransfer when a slot
// is free; its state, progress and outcome are kept for the views and the summary report.
#pragma once

#include "deploy/BoardTransfer.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace tinyml::deploy {

struct DeployTarget {
    QBluetoothAddress address;
    QString name;     // for messages; the address when empty
    QString boardIri; // the board in the knowledge graph, when known
    // Why the graph says the model does not fit this board, when the user chose to deploy anyway.
    QString acceptedMisfit;
};

struct BoardDeployment {
    DeployTarget target;
    TransferState state = TransferState::Queued;
    DeployOutcome outcome = DeployOutcome::Pending;
    QString detail; // the reason of a failure, or what is happening now
    // The board's own figures from its model status (-1: not reported).
    qint64 arenaUsedBytes = -1;
    qint64 arenaBytes = -1;
    qint64 invokeUs = -1;
    QString boardReason; // the board's own text when it could not load the model
    TransferProgress progress;
    QDateTime started;
    QDateTime ended;
    int attempts = 0;
};

struct ModelPayload {
    QByteArray bytes;
    QString name;
    QString sha256;
    QString modelIri; // in the knowledge graph, when known
};

class DeployQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultParallel = 4;

    DeployQueue(ModelPayload model, const TransferOptions &options, int parallel = kDefaultParallel,
                QObject *parent = nullptr);
    ~DeployQueue() override;

    const ModelPayload &model() const { return m_model; }
    // Adds boards (an address already queued is not added twice) and starts them as slots free up.
    void add(const QList<DeployTarget> &targets);
    void cancel(int index);
    void cancelAll();
    // Queues the failed and cancelled boards again, but not those that could not load the model.
    void retryFailed();
    // Queues one failed or cancelled board again.
    void retry(int index);

    const QList<BoardDeployment> &deployments() const { return m_deployments; }
    int indexOf(const QBluetoothAddress &address) const;
    bool isFinished() const;
    int count(TransferState state) const;

signals:
    // The signals carry the deployment's state, so that a queue on another thread can be
    // followed without reaching into it.
    void deploymentChanged(int index, const tinyml::deploy::BoardDeployment &deployment);
    // A board reached Done, Failed or Cancelled.
    void deploymentFinished(int index, const tinyml::deploy::BoardDeployment &deployment);
    // Nothing queued or running is left (once per run to the end).
    void finished();

private:
    void startWaiting();
    // `error`: the reason of a failure, or a note on a success (why it is unconfirmed).
    void onFinished(int index, const QString &error);
    void changed(int index) { emit deploymentChanged(index, m_deployments.at(index)); }
    // Emits finished() from the event loop, once, when the queue has run to its end.
    void checkFinished();

    ModelPayload m_model;
    TransferOptions m_options;
    int m_parallel;
    QList<BoardDeployment> m_deployments;
    QList<BoardTransfer *> m_transfers; // by index; null unless running
    int m_running = 0;
    bool m_finishedReported = false;
};

} // namespace tinyml::deploy

Q_DECLARE_METATYPE(tinyml::deploy::BoardDeployment)
