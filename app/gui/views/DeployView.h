// Deploy: the fleet (boards of the graph with a Bluetooth address and boards found by a scan),
// a model to send, and one deployment queue per Deploy press. Every finished board is recorded
// in the graph; the selected board's history shows below.
#pragma once

#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"

#include <QPointer>
#include <QWidget>

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

signals:
    // A Deploy press ran its course: how many boards confirmed the model, of how many.
    void deploymentFinished(int succeeded, int total);
    // Every record of a finished board is in the graph (or failed to go there).
    void recorded();
    // The user wants the selected found board linked to a board of the graph.
    void linkRequested(const QString &address, const QString &advertisedName);
    void message(bool ok, const QString &text);

private:
    QStringList selectedAddresses() const;
    deploy::DeployQueue *queueOf(const QString &address) const;
    void startQueue(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets);
    void record(deploy::DeployQueue *queue, int index);
    void refreshCurrent();
    void refreshHistory();
    void updateActions();
    void chooseReport();

    GraphSession *m_session;
    std::shared_ptr<const kg::Catalogue> m_catalogue;
    FleetTableModel *m_fleet;
    deploy::BoardScanner *m_scanner = nullptr;
    QList<QPointer<deploy::DeployQueue>> m_queues;
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
    QLabel *m_runs;
    QTreeWidget *m_history;
};

} // namespace tinyml::gui
