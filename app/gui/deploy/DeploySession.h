// Deployment as the GUI runs it, without a widget: the Bluetooth thread with the scanner and one
// deployment queue per run on it, the boards reserved while a run may still send to them, and
// every finished board recorded in the graph through the graph session.
//
// Qt's BlueZ backend makes blocking D-Bus calls (one per GATT operation), which must not hold
// the window up: the scanner and the queues live on a thread of their own, and the session
// follows them through queued signals that carry each board's state. A board stays reserved
// from the request until its deployment ends, so that two deployments never meet on one board.
#pragma once

#include "deploy/BoardScanner.h"
#include "deploy/DeployOutcomes.h"
#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace tinyml::gui {

class GraphSession;

class DeploySession : public QObject
{
    Q_OBJECT
public:
    explicit DeploySession(GraphSession *graph, QObject *parent = nullptr);
    ~DeploySession() override;

    // Looks for boards advertising the file-transfer service: found(), then scanFinished().
    void scan();
    // Reads `model` from the repository (on the graph's worker, checked by its SHA-256) and
    // sends it to `targets`, `parallel` at a time. Boards still reserved by another run are left
    // out; their names are returned.
    QStringList deploy(const kg::ModelEntry &model, const QList<deploy::DeployTarget> &targets, int parallel);
    void cancel(const QStringList &addresses);
    void cancelAll();
    // Sends again to every board whose latest deployment failed or was cancelled.
    void retryFailed();
    bool canRetry() const;

    bool isDeploying() const;
    bool isReserved(const QString &address) const { return m_reserved.contains(address); }
    bool hasRuns() const { return !m_runs.isEmpty(); }
    // The report of the latest run, CSV or JSON by extension.
    bool saveReport(const QString &path, QString *error) const;
    // Cancels what runs, hands the records of what ended to the graph session, and stops the
    // Bluetooth thread. Called when the window closes.
    void shutdown();

signals:
    void found(const tinyml::deploy::FoundBoard &board);
    void scanFinished(const QString &error); // empty when the scan ran its course
    void runStarted(const QString &modelName, int boards);
    // The model could not be read: nothing was sent.
    void runRefused(const QString &modelName, const QString &error);
    void deploymentChanged(const tinyml::deploy::BoardDeployment &deployment);
    // A run ran its course: what became of the model on its boards.
    void runFinished(const QString &modelName, const tinyml::deploy::OutcomeCounts &counts);
    // Every record of a finished board is in the graph (or failed to go there).
    void recorded();
    void recordFailed(const QString &boardName, const QString &error);
    // Reservations or runs changed: what can be cancelled or retried may have changed.
    void activityChanged();

private:
    // One run: its queue (on the Bluetooth thread) and what the session knows of it.
    struct Run {
        QPointer<deploy::DeployQueue> queue;
        deploy::ModelPayload model;
        QList<deploy::BoardDeployment> deployments;
        bool finished = false;
        int generation = 0; // the store the model came from, and its records go to
    };

    void startBluetoothThread();
    void startRun(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets, int parallel);
    void onDeploymentChanged(int run, int index, const deploy::BoardDeployment &deployment);
    void onDeploymentFinished(int run, const deploy::BoardDeployment &deployment);
    void onRunFinished(int run);
    // Runs `call` with the run's queue on the Bluetooth thread.
    void onQueue(int run, std::function<void(deploy::DeployQueue *)> call);
    int indexIn(int run, const QString &address) const;
    void release(const QString &address, int run);
    void record(const Run &run, const deploy::BoardDeployment &deployment);

    GraphSession *m_graph;
    QThread m_bluetooth;
    deploy::BoardScanner *m_scanner = nullptr; // on m_bluetooth
    QList<Run> m_runs;
    QHash<QString, int> m_reserved; // address -> run (kReading while the model is read)
    int m_pendingRecords = 0;
};

} // namespace tinyml::gui

Q_DECLARE_METATYPE(tinyml::deploy::OutcomeCounts)
