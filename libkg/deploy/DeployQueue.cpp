#include "deploy/DeployQueue.h"

#include <QTimer>

namespace tinyml::deploy {

DeployQueue::DeployQueue(ModelPayload model, const TransferOptions &options, int parallel, QObject *parent)
    : QObject(parent), m_model(std::move(model)), m_options(options), m_parallel(qMax(1, parallel))
{ }

DeployQueue::~DeployQueue()
{
    for (BoardTransfer *transfer : std::as_const(m_transfers)) {
        if (transfer)
            transfer->disconnect(this);
    }
}

void DeployQueue::add(const QList<DeployTarget> &targets)
{
    for (const DeployTarget &target : targets) {
        if (indexOf(target.address) >= 0)
            continue;
        BoardDeployment deployment;
        deployment.target = target;
        if (deployment.target.name.isEmpty())
            deployment.target.name = target.address.toString();
        deployment.progress.totalBytes = m_model.bytes.size();
        m_deployments << deployment;
        m_transfers << nullptr;
        m_finishedReported = false;
        changed(int(m_deployments.size()) - 1);
    }
    startWaiting();
}

int DeployQueue::indexOf(const QBluetoothAddress &address) const
{
    for (int i = 0; i < m_deployments.size(); ++i) {
        if (m_deployments.at(i).target.address == address)
            return i;
    }
    return -1;
}

bool DeployQueue::isFinished() const
{
    for (const BoardDeployment &d : m_deployments) {
        if (!isFinal(d.state))
            return false;
    }
    return true;
}

int DeployQueue::count(TransferState state) const
{
    int n = 0;
    for (const BoardDeployment &d : m_deployments)
        n += d.state == state ? 1 : 0;
    return n;
}

void DeployQueue::startWaiting()
{
    for (int i = 0; i < m_deployments.size() && m_running < m_parallel; ++i) {
        BoardDeployment &d = m_deployments[i];
        if (d.state != TransferState::Queued || m_transfers.at(i))
            continue;
        auto *transfer = new BoardTransfer(d.target.address, d.target.name, m_model.bytes, m_options, this);
        m_transfers[i] = transfer;
        ++m_running;
        d.started = QDateTime::currentDateTimeUtc();
        d.ended = QDateTime();
        connect(transfer, &BoardTransfer::stateChanged, this, [this, i](TransferState state, const QString &detail) {
            m_deployments[i].state = state;
            m_deployments[i].detail = detail;
            if (isFinal(state) && m_transfers.at(i))
                m_deployments[i].outcome = m_transfers.at(i)->outcome();
            m_deployments[i].attempts = m_transfers.at(i) ? m_transfers.at(i)->attempt() : m_deployments[i].attempts;
            changed(i);
        });
        connect(transfer, &BoardTransfer::progressChanged, this, [this, i](const TransferProgress &progress) {
            m_deployments[i].progress = progress;
            changed(i);
        });
        connect(transfer, &BoardTransfer::finished, this,
                [this, i](bool, const QString &error) { onFinished(i, error); });
        transfer->start();
    }
    checkFinished();
}

void DeployQueue::checkFinished()
{
    // From the event loop: a transfer that ends inside start() would otherwise re-enter here.
    QTimer::singleShot(0, this, [this] {
        if (m_running == 0 && isFinished() && !m_finishedReported) {
            m_finishedReported = true;
            emit finished();
        }
    });
}

void DeployQueue::onFinished(int index, const QString &error)
{
    BoardTransfer *transfer = m_transfers.at(index);
    BoardDeployment &d = m_deployments[index];
    d.ended = QDateTime::currentDateTimeUtc();
    d.attempts = transfer->attempt();
    // A success may carry a note (why the model's state is unconfirmed).
    d.detail = error;
    d.outcome = transfer->outcome();
    if (const std::optional<ModelStatus> status = transfer->modelStatus()) {
        const bool running = status->state == ModelState::Running;
        d.arenaBytes = status->arenaBytes;
        d.arenaUsedBytes = running ? qint64(status->arenaUsedBytes) : -1;
        d.invokeUs = running ? qint64(status->invokeUs) : -1;
        d.boardReason = running ? QString() : status->error;
    }
    m_transfers[index] = nullptr;
    transfer->disconnect(this);
    transfer->deleteLater();
    --m_running;
    changed(index);
    emit deploymentFinished(index, m_deployments.at(index));
    startWaiting();
}

void DeployQueue::cancel(int index)
{
    if (index < 0 || index >= m_deployments.size() || isFinal(m_deployments.at(index).state))
        return;
    if (BoardTransfer *transfer = m_transfers.at(index)) {
        transfer->cancel(); // finishes through onFinished
        return;
    }
    BoardDeployment &d = m_deployments[index];
    d.state = TransferState::Cancelled;
    d.outcome = DeployOutcome::Cancelled;
    d.detail = tr("cancelled");
    d.ended = QDateTime::currentDateTimeUtc();
    changed(index);
    emit deploymentFinished(index, d);
    checkFinished();
}

void DeployQueue::cancelAll()
{
    // The waiting ones first, so that cancelling a running one does not start another.
    for (int i = 0; i < m_deployments.size(); ++i) {
        if (!m_transfers.at(i))
            cancel(i);
    }
    for (int i = 0; i < m_deployments.size(); ++i)
        cancel(i);
}

void DeployQueue::retryFailed()
{
    // A board that could not load the model fails the same way again: only retry(index) does.
    for (int i = 0; i < m_deployments.size(); ++i) {
        if (m_deployments.at(i).outcome != DeployOutcome::LoadFailed)
            retry(i);
    }
}

void DeployQueue::retry(int index)
{
    if (index < 0 || index >= m_deployments.size())
        return;
    BoardDeployment &d = m_deployments[index];
    if (d.state != TransferState::Failed && d.state != TransferState::Cancelled)
        return;
    d.state = TransferState::Queued;
    d.outcome = DeployOutcome::Pending;
    d.detail.clear();
    d.boardReason.clear();
    d.arenaUsedBytes = d.arenaBytes = d.invokeUs = -1;
    d.progress = TransferProgress();
    d.progress.totalBytes = m_model.bytes.size();
    d.attempts = 0;
    d.started = QDateTime();
    d.ended = QDateTime();
    m_finishedReported = false;
    changed(index);
    startWaiting();
}

} // namespace tinyml::deploy
