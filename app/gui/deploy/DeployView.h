// Deploy: the fleet (boards of the graph with a Bluetooth address and boards found by a scan),
// a model to send, and what became of it on each board. The view shows and asks; the
// DeploySession scans, sends and records. Before anything is sent the fit gate asks the graph
// whether the model fits each board, and the user (through UserPrompts) when it does not.
#pragma once

#include "deploy/DeployOutcomes.h"
#include "kg/Catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace tinyml::gui {

class DeploySession;
class FleetTableModel;
class GraphSession;
class UserPrompts;

class DeployView : public QWidget
{
    Q_OBJECT
public:
    DeployView(DeploySession *deployments, GraphSession *graph, QWidget *parent = nullptr);

    // Who answers the fit gate (the window's prompts); modal dialogs when none is set.
    void setPrompts(UserPrompts *prompts) { m_prompts = prompts; }

    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    // Looks for boards advertising the file-transfer service.
    void scan();
    // Chooses the model; given addresses, deploys it to them once the fit gate lets it.
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
    // A Deploy press ran its course: how many boards run the model (running, or delivered
    // without confirmation), of how many.
    void deploymentFinished(int delivered, int total);
    // Every record of a finished board is in the graph (or failed to go there).
    void recorded();
    // The user wants the selected found board linked to a board of the graph.
    void linkRequested(const QString &address, const QString &advertisedName);
    // Generate firmware project… for the chosen model, on the selected board of the graph (an
    // empty IRI when none is).
    void firmwareRequested(const QString &modelIri, const QString &boardIri);
    void message(bool ok, const QString &text);

private:
    const kg::ModelEntry *modelOf(const QString &iri) const;
    // The targets the fit gate lets through, after asking the user when the model does not fit
    // some; nullopt when the user cancelled. *warning names the boards of unknown fit.
    std::optional<QList<deploy::DeployTarget>> passFitGate(const kg::ModelEntry &model, const QStringList &addresses,
                                                           QString *warning);
    QStringList selectedAddresses() const;
    void onRunFinished(const QString &modelName, const deploy::OutcomeCounts &counts);
    void refreshCurrent();
    void refreshHistory();
    void updateActions();
    void chooseReport();

    DeploySession *m_deployments;
    GraphSession *m_graph;
    UserPrompts *m_prompts = nullptr;
    std::shared_ptr<const kg::Catalogue> m_catalogue;
    FleetTableModel *m_fleet;

    QComboBox *m_model;
    QSpinBox *m_parallel;
    QPushButton *m_scan;
    QPushButton *m_deploy;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QPushButton *m_retry;
    QPushButton *m_report;
    QPushButton *m_link;
    QPushButton *m_firmware;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_boardRuns;
    QTreeWidget *m_history;
};

} // namespace tinyml::gui
