// The fleet: boards the knowledge graph knows a Bluetooth address of, and boards found over
// Bluetooth LE, one row per address, with what each runs and how its deployment goes.
#pragma once

#include "deploy/BoardScanner.h"
#include "deploy/DeployOutcomes.h"
#include "deploy/DeployQueue.h"
#include "kg/Catalogue.h"
#include "kg/DeploymentRecords.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>
#include <optional>

namespace tinyml::gui {

struct FleetBoard {
    QString address; // "C0:FF:EE:00:00:01"
    QString name;    // the graph's name, else the advertised one
    QString boardIri;
    std::optional<qint16> rssi; // found in the last scan
    QString runs;               // the model of the newest delivered deployment
    bool runsConfirmed = false; // the board said it runs it (not merely received it)
    QDateTime runsSince;
    std::optional<deploy::BoardDeployment> deployment; // the latest one started here
};

class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Board, Address, Signal, Runs, Deployment, ColumnCount };

    explicit FleetTableModel(QObject *parent = nullptr);

    // Boards of the graph with an address come first; found ones stay.
    void setCatalogue(const std::shared_ptr<const kg::Catalogue> &catalogue);
    void setFound(const deploy::FoundBoard &found);
    void clearSignals();
    void setCurrentDeployments(const QList<kg::DeploymentRecord> &current);
    void setDeployment(const deploy::BoardDeployment &deployment);

    const QList<FleetBoard> &boards() const { return m_boards; }
    int rowOf(const QString &address) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int ensureRow(const QString &address);
    void rowChanged(int row);

    QList<FleetBoard> m_boards;
    QList<kg::DeploymentRecord> m_current;
};

// "sending 45 % · 120 blocks/s · 12 s left", "running · arena 81,984 B · inference 52.1 ms",
// "load failed: <the board's reason>", "failed: the link to the board was lost", ...
QString deploymentText(const deploy::BoardDeployment &deployment);
// A run's outcome: "3 running, 1 load failed, 1 delivered without confirmation".
QString runSummaryText(const deploy::OutcomeCounts &counts);
// A recorded deployment's outcome in a word or two: "running", "load failed", ...
QString recordOutcomeText(const kg::DeploymentRecord &record);

} // namespace tinyml::gui
