#include "deploy/DeploySession.h"

#include "deploy/DeployReport.h"
#include "kg/DeploymentRecords.h"
#include "session/GraphSession.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>

#include <optional>

namespace tinyml::gui {

namespace {

constexpr int kReading = -2; // a board reserved while its model is read

struct LoadedModel {
    std::optional<QByteArray> bytes;
    QString error;
};

// A board that could not load the model fails the same way again: Retry failed leaves it.
bool retryable(const deploy::BoardDeployment &d)
{
    return (d.state == deploy::TransferState::Failed && d.outcome != deploy::DeployOutcome::LoadFailed)
        || d.state == deploy::TransferState::Cancelled;
}

} // namespace

DeploySession::DeploySession(GraphSession *graph, QObject *parent) : QObject(parent), m_graph(graph)
{
    qRegisterMetaType<deploy::OutcomeCounts>();
}

DeploySession::~DeploySession()
{
    shutdown();
}

void DeploySession::startBluetoothThread()
{
    if (m_bluetooth.isRunning())
        return;
    m_bluetooth.setObjectName(QStringLiteral("bluetooth"));
    m_bluetooth.start();
}

void DeploySession::shutdown()
{
    if (!m_bluetooth.isRunning())
        return;
    for (Run &run : m_runs) {
        if (run.queue && !run.finished)
            QMetaObject::invokeMethod(
                run.queue, [queue = run.queue.data()] { queue->cancelAll(); }, Qt::BlockingQueuedConnection);
    }
    // The cancelled boards' outcomes are queued to this thread: hand their records over now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    for (Run &run : m_runs) {
        if (run.queue)
            QMetaObject::invokeMethod(
                run.queue, [queue = run.queue.data()] { delete queue; }, Qt::BlockingQueuedConnection);
    }
    if (m_scanner)
        QMetaObject::invokeMethod(
            m_scanner, [scanner = m_scanner] { delete scanner; }, Qt::BlockingQueuedConnection);
    m_scanner = nullptr;
    m_bluetooth.quit();
    m_bluetooth.wait();
}

void DeploySession::scan()
{
    startBluetoothThread();
    if (!m_scanner) {
        m_scanner = new deploy::BoardScanner;
        m_scanner->moveToThread(&m_bluetooth);
        connect(m_scanner, &deploy::BoardScanner::found, this, &DeploySession::found);
        connect(m_scanner, &deploy::BoardScanner::finished, this, &DeploySession::scanFinished);
    }
    QMetaObject::invokeMethod(m_scanner, [scanner = m_scanner] { scanner->start(); });
}

QStringList DeploySession::deploy(const kg::ModelEntry &model, const QList<deploy::DeployTarget> &targets, int parallel)
{
    QList<deploy::DeployTarget> free;
    QStringList busy;
    for (const deploy::DeployTarget &target : targets) {
        const QString address = target.address.toString();
        if (m_reserved.contains(address)) {
            busy << (target.name.isEmpty() ? address : target.name);
            continue;
        }
        m_reserved.insert(address, kReading);
        free << target;
    }
    if (free.isEmpty())
        return busy;
    const deploy::ModelPayload payload{QByteArray(), model.name, model.sha256, model.iri};
    m_graph->run<LoadedModel>(
        this,
        [sha = model.sha256](kg::KnowledgeGraph &graph) {
            LoadedModel loaded;
            loaded.bytes = graph.repository().read(sha, &loaded.error);
            return loaded;
        },
        [this, payload, free, parallel](LoadedModel loaded) {
            // Boards cancelled while the model was read are no longer reserved for it.
            QList<deploy::DeployTarget> still;
            for (const deploy::DeployTarget &t : free) {
                if (m_reserved.value(t.address.toString(), 0) == kReading)
                    still << t;
            }
            if (!loaded.bytes || still.isEmpty()) {
                for (const deploy::DeployTarget &t : still)
                    release(t.address.toString(), kReading);
                if (!loaded.bytes)
                    emit runRefused(payload.name, loaded.error.isEmpty() ? tr("no store is open") : loaded.error);
                emit activityChanged();
                return;
            }
            deploy::ModelPayload withBytes = payload;
            withBytes.bytes = *loaded.bytes;
            startRun(withBytes, still, parallel);
        });
    emit activityChanged();
    return busy;
}

void DeploySession::startRun(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets,
                             int parallel)
{
    startBluetoothThread();
    const int run = int(m_runs.size());
    auto *queue = new deploy::DeployQueue(model, deploy::TransferOptions(), parallel);
    queue->moveToThread(&m_bluetooth);
    m_runs << Run{queue, model, {}, false, m_graph->generation()};
    for (const deploy::DeployTarget &t : targets)
        m_reserved.insert(t.address.toString(), run);
    connect(queue, &deploy::DeployQueue::deploymentChanged, this,
            [this, run](int index, const deploy::BoardDeployment &d) { onDeploymentChanged(run, index, d); });
    connect(queue, &deploy::DeployQueue::deploymentFinished, this,
            [this, run](int, const deploy::BoardDeployment &d) { onDeploymentFinished(run, d); });
    connect(queue, &deploy::DeployQueue::finished, this, [this, run] { onRunFinished(run); });
    emit runStarted(model.name, int(targets.size()));
    onQueue(run, [targets](deploy::DeployQueue *q) { q->add(targets); });
    emit activityChanged();
}

void DeploySession::onDeploymentChanged(int run, int index, const deploy::BoardDeployment &deployment)
{
    QList<deploy::BoardDeployment> &deployments = m_runs[run].deployments;
    while (deployments.size() <= index)
        deployments << deploy::BoardDeployment();
    deployments[index] = deployment;
    emit deploymentChanged(deployment);
}

void DeploySession::onDeploymentFinished(int run, const deploy::BoardDeployment &deployment)
{
    release(deployment.target.address.toString(), run);
    record(m_runs.at(run), deployment);
    emit activityChanged();
}

void DeploySession::onRunFinished(int run)
{
    Run &r = m_runs[run];
    r.finished = true;
    emit runFinished(r.model.name, deploy::countOutcomes(r.deployments));
    emit activityChanged();
}

void DeploySession::record(const Run &run, const deploy::BoardDeployment &d)
{
    if (!d.started.isValid())
        return; // cancelled before it started: nothing was tried
    const kg::DeploymentRecord r = deploy::deploymentRecordOf(run.model, d);
    // Its IRIs are the other store's: written there, they would describe boards and models
    // that store does not hold.
    if (m_graph->generation() != run.generation) {
        emit recordFailed(r.boardName.isEmpty() ? r.bleAddress : r.boardName,
                          tr("another store was opened during the deployment; not recorded"));
        return;
    }
    ++m_pendingRecords;
    // History, not an edit: committed straight to the store, outside the undo stack.
    m_graph->run<QString>(
        this,
        [r](kg::KnowledgeGraph &graph) {
            QString error;
            if (!graph.store().commit(kg::deploymentRecordChange({r}), &error) && error.isEmpty())
                error = tr("unknown error");
            return error;
        },
        [this, name = r.boardName](QString error) {
            if (!error.isEmpty())
                emit recordFailed(name, error);
            // Boards ending together: one notice after the last of their records.
            if (--m_pendingRecords == 0)
                emit recorded();
        });
}

void DeploySession::onQueue(int run, std::function<void(deploy::DeployQueue *)> call)
{
    if (deploy::DeployQueue *queue = m_runs.at(run).queue)
        QMetaObject::invokeMethod(queue, [queue, call = std::move(call)] { call(queue); });
}

int DeploySession::indexIn(int run, const QString &address) const
{
    const QList<deploy::BoardDeployment> &deployments = m_runs.at(run).deployments;
    for (int i = 0; i < deployments.size(); ++i) {
        if (deployments.at(i).target.address.toString() == address)
            return i;
    }
    return -1;
}

void DeploySession::release(const QString &address, int run)
{
    const auto reserved = m_reserved.constFind(address);
    if (reserved != m_reserved.cend() && *reserved == run)
        m_reserved.erase(reserved);
}

bool DeploySession::isDeploying() const
{
    return std::any_of(m_reserved.cbegin(), m_reserved.cend(), [](int run) { return run == kReading; })
        || std::any_of(m_runs.cbegin(), m_runs.cend(), [](const Run &run) { return !run.finished; });
}

void DeploySession::cancel(const QStringList &addresses)
{
    for (const QString &address : addresses) {
        // Its model is still being read: it is simply not sent.
        if (m_reserved.value(address, -1) == kReading) {
            release(address, kReading);
            continue;
        }
        const int run = m_reserved.value(address, -1);
        const int index = run >= 0 ? indexIn(run, address) : -1;
        if (index >= 0)
            onQueue(run, [index](deploy::DeployQueue *q) { q->cancel(index); });
    }
    emit activityChanged();
}

void DeploySession::cancelAll()
{
    for (auto reserved = m_reserved.begin(); reserved != m_reserved.end();)
        reserved = *reserved == kReading ? m_reserved.erase(reserved) : std::next(reserved);
    for (int run = 0; run < m_runs.size(); ++run) {
        if (!m_runs.at(run).finished)
            onQueue(run, [](deploy::DeployQueue *q) { q->cancelAll(); });
    }
    emit activityChanged();
}

bool DeploySession::canRetry() const
{
    QSet<QString> seen;
    for (int run = int(m_runs.size()) - 1; run >= 0; --run) {
        for (const deploy::BoardDeployment &d : m_runs.at(run).deployments) {
            const QString address = d.target.address.toString();
            if (!seen.contains(address) && !m_reserved.contains(address) && retryable(d))
                return true;
            seen.insert(address);
        }
    }
    return false;
}

void DeploySession::retryFailed()
{
    // Each board's latest deployment only, and none that is receiving a model meanwhile.
    QSet<QString> seen;
    for (int run = int(m_runs.size()) - 1; run >= 0; --run) {
        const QList<deploy::BoardDeployment> deployments = m_runs.at(run).deployments;
        for (int index = 0; index < deployments.size(); ++index) {
            const QString address = deployments.at(index).target.address.toString();
            if (seen.contains(address))
                continue;
            seen.insert(address);
            if (m_reserved.contains(address) || !retryable(deployments.at(index)))
                continue;
            m_reserved.insert(address, run);
            m_runs[run].finished = false;
            onQueue(run, [index](deploy::DeployQueue *q) { q->retry(index); });
        }
    }
    emit activityChanged();
}

bool DeploySession::saveReport(const QString &path, QString *error) const
{
    if (m_runs.isEmpty()) {
        *error = tr("nothing has been deployed yet");
        return false;
    }
    const Run &latest = m_runs.constLast();
    return deploy::writeDeployReport(path, latest.model, latest.deployments, error);
}

} // namespace tinyml::gui
