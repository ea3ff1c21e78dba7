// Deploy: the fleet (boards of the graph with a Bluetooth address and boards found by a scan),
// a model to send, and one deployment queue per Deploy press. Every finished board is recorded
// in the graph; the selected board's history shows below.
//
// The scanner and the queues live on a thread of their own: Qt's BlueZ backend makes blocking
// D-Bus calls (one per GATT operation), which must not hold the window up. The view follows
// them through queued signals that carry each board's state, and keeps a board reserved from
// the Deploy press until its deployment ends, so that two deployments never meet on one board.
#pragma once

#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"

#include <QHash>
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace tinyml::deploy {
class BoardScanner;
}

namespace tinyml::gui {

class FleetTableModel;
class GraphSession;

class DeployView : public QWidget
{
    Q_OBJECT
public:
    explicit DeployView(GraphSession *session, QWidget *parent = nullptr);
    ~DeployView() override;

    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    // Looks for boards advertising the file-transfer service.
    void scan();
    // Chooses the model; given addresses, deploys it to them at once.
    void deployModel(const QString &modelIri, const QStringList &addresses = {});
    void selectBoards(const QStringList &addresses);
    void deployToSelected();
    void cancelSelected();
    void cancelAll();
    void retryFailed();
    // The report of the latest deployment, CSV or JSON by extension.
    bool saveReport(const QString &path, QString *error) const;

    FleetTableModel *fleet() const { return m_fleet; }
    QTableView *table() const { return m_table; }
    QTreeWidget *history() const { return m_history; }
    bool isDeploying() const;
    // Cancels what runs, waits for the records of what ended to be handed to the graph
    // session, and stops the Bluetooth thread. Called when the window closes.
    void shutdown();

signals:
    // A Deploy press ran its course: how many boards confirmed the model, of how many.
    void deploymentFinished(int succeeded, int total);
    // Every record of a finished board is in the graph (or failed to go there).
    void recorded();
    // The user wants the selected found board linked to a board of the graph.
    void linkRequested(const QString &address, const QString &advertisedName);
    void message(bool ok, const QString &text);

private:
    // One Deploy press: its queue (on the Bluetooth thread) and what the view knows of it.
    struct Run {
        QPointer<deploy::DeployQueue> queue;
        deploy::ModelPayload model;
        QList<deploy::BoardDeployment> deployments;
        bool finished = false;
    };

    QStringList selectedAddresses() const;
    void startBluetoothThread();
    void startRun(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets);
    void onDeploymentChanged(int run, int index, const deploy::BoardDeployment &deployment);
    void onDeploymentFinished(int run, const deploy::BoardDeployment &deployment);
    void onRunFinished(int run);
    // Runs `call` with the run's queue on the Bluetooth thread.
    void onQueue(int run, std::function<void(deploy::DeployQueue *)> call);
    int indexIn(int run, const QString &address) const;
    void release(const QString &address, int run);
    void record(const deploy::ModelPayload &model, const deploy::BoardDeployment &deployment);
    void refreshCurrent();
    void refreshHistory();
    void updateActions();
    void chooseReport();

    GraphSession *m_session;
    std::shared_ptr<const kg::Catalogue> m_catalogue;
    FleetTableModel *m_fleet;
    QThread m_bluetooth;
    deploy::BoardScanner *m_scanner = nullptr; // on m_bluetooth
    QList<Run> m_runs;
    QHash<QString, int> m_reserved; // address -> run (kNoRunYet while the model is read)
    int m_pendingRecords = 0;

    QComboBox *m_model;
    QSpinBox *m_parallel;
    QPushButton *m_scan;
    QPushButton *m_deploy;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QPushButton *m_retry;
    QPushButton *m_report;
    QPushButton *m_link;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_boardRuns;
    QTreeWidget *m_history;
};

} // namespace tinyml::gui
