#include "DeployView.h"

#include "deploy/DeploySession.h"
#include "deploy/DeployTargets.h"
#include "deploy/FitGate.h"
#include "deploy/FitQuestion.h"
#include "deploy/FleetTableModel.h"
#include "kg/DeploymentRecords.h"
#include "mainwindow/UserPrompts.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "widgets/SortedTable.h"
#include "widgets/TableCells.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tinyml::gui {

namespace {

QPushButton *button(const QString &text, const QString &tip, const QKeySequence &key = {})
{
    auto *b = new QPushButton(text);
    if (!key.isEmpty())
        b->setShortcut(key);
    b->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace

DeployView::DeployView(DeploySession *deployments, GraphSession *graph, QWidget *parent)
    : QWidget(parent), m_deployments(deployments), m_graph(graph), m_fleet(new FleetTableModel(this))
{
    setObjectName(QStringLiteral("deployView"));
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("deployModel"));
    m_model->setMinimumContentsLength(30);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *modelLabel = new QLabel(tr("&Model:"));
    modelLabel->setBuddy(m_model);
    m_parallel = new QSpinBox;
    m_parallel->setRange(1, 32);
    m_parallel->setValue(settings::deployParallel.value(deploy::DeployQueue::kDefaultParallel));
    m_parallel->setToolTip(tr("How many boards receive the model at the same time"));
    auto *parallelLabel = new QLabel(tr("Parallel &uploads:"));
    parallelLabel->setBuddy(m_parallel);
    connect(m_parallel, &QSpinBox::valueChanged, this, [](int n) { settings::deployParallel.setValue(n); });
    m_scan =
        button(tr("&Scan for boards"), tr("Look for boards advertising the file-transfer service over Bluetooth LE"),
               QKeySequence(Qt::Key_F5));
    connect(m_scan, &QPushButton::clicked, this, &DeployView::scan);

    auto *top = new QHBoxLayout;
    top->addWidget(modelLabel);
    top->addWidget(m_model, 1);
    top->addWidget(parallelLabel);
    top->addWidget(m_parallel);
    top->addWidget(m_scan);

    m_table =
        sortedTable(QStringLiteral("fleetTable"), tr("Boards"), sortingProxy(m_fleet, this), FleetTableModel::Address);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FleetTableModel::Address, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetTableModel::Signal, QHeaderView::ResizeToContents);
    header->resizeSection(FleetTableModel::Board, 240);
    header->resizeSection(FleetTableModel::Runs, 240);
    header->setSectionResizeMode(FleetTableModel::Deployment, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        refreshHistory();
    });

    m_deploy = button(tr("Deploy to se&lected"), tr("Send the model to the selected boards"),
                      QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deploy->setObjectName(QStringLiteral("deployToSelected"));
    m_cancel = button(tr("&Cancel selected"), tr("Stop the deployments to the selected boards"));
    m_cancelAll = button(tr("Cancel &all"), tr("Stop every deployment"));
    m_retry = button(tr("Retr&y failed"), tr("Send the model again to the boards that failed or were cancelled"));
    m_report = button(tr("Save &report…"), tr("Write the latest deployment's outcome per board as CSV or JSON"));
    m_link = button(tr("Lin&k to board…"),
                    tr("Record the selected board's Bluetooth address on a board of the knowledge graph"));
    m_firmware = button(tr("Generate &firmware project…"),
                        tr("Write the firmware that runs the chosen model on the selected board, to build and flash"));
    m_firmware->setObjectName(QStringLiteral("generateFirmware"));
    connect(m_firmware, &QPushButton::clicked, this, [this] {
        const QStringList addresses = selectedAddresses();
        const int row = addresses.size() == 1 ? m_fleet->rowOf(addresses.first()) : -1;
        emit firmwareRequested(m_model->currentData().toString(),
                               row >= 0 ? m_fleet->boards().at(row).boardIri : QString());
    });
    connect(m_deploy, &QPushButton::clicked, this, &DeployView::deployToSelected);
    connect(m_cancel, &QPushButton::clicked, this, &DeployView::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, this, &DeployView::cancelAll);
    connect(m_retry, &QPushButton::clicked, this, &DeployView::retryFailed);
    connect(m_report, &QPushButton::clicked, this, &DeployView::chooseReport);
    connect(m_link, &QPushButton::clicked, this, [this] {
        const QStringList addresses = selectedAddresses();
        if (addresses.size() == 1) {
            const FleetBoard &board = m_fleet->boards().at(m_fleet->rowOf(addresses.first()));
            emit linkRequested(board.address, board.name);
        }
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_deploy, m_cancel, m_cancelAll, m_retry, m_report, m_link, m_firmware})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("deployStatus"));
    m_status->setWordWrap(true);

    m_boardRuns = new QLabel;
    m_boardRuns->setObjectName(QStringLiteral("boardRuns"));
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("deployHistory"));
    m_history->setAccessibleName(tr("Deployment history of the selected board"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels(
        {tr("Started"), tr("Model"), tr("Outcome"), tr("Attempts"), tr("Arena used"), tr("Inference"), tr("Reason")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    auto *historyBox = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_boardRuns);
    historyLayout->addWidget(m_history);

    auto *upper = new QWidget;
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_deployments, &DeploySession::found, m_fleet, &FleetTableModel::setFound);
    connect(m_deployments, &DeploySession::scanFinished, this, [this](const QString &error) {
        m_scan->setEnabled(true);
        m_status->setText(error.isEmpty() ? tr("Scan finished.") : error);
        if (!error.isEmpty())
            emit message(false, error);
    });
    connect(m_deployments, &DeploySession::runStarted, this, [this](const QString &model, int boards) {
        m_status->setText(tr("Deploying %1 to %n board(s)…", nullptr, boards).arg(model));
    });
    connect(m_deployments, &DeploySession::runRefused, this, [this](const QString &model, const QString &error) {
        const QString text = tr("The model %1 could not be read: %2").arg(model, error);
        m_status->setText(text);
        emit message(false, text);
    });
    connect(m_deployments, &DeploySession::deploymentChanged, m_fleet, &FleetTableModel::setDeployment);
    connect(m_deployments, &DeploySession::runFinished, this, &DeployView::onRunFinished);
    connect(m_deployments, &DeploySession::recordFailed, this, [this](const QString &board, const QString &error) {
        emit message(false, tr("The deployment to %1 could not be recorded: %2").arg(board, error));
    });
    connect(m_deployments, &DeploySession::recorded, this, [this] {
        refreshCurrent();
        refreshHistory();
        emit recorded();
    });
    connect(m_deployments, &DeploySession::activityChanged, this, &DeployView::updateActions);
    updateActions();
}

void DeployView::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    const QString chosen = m_model->currentData().toString();
    QList<const kg::ModelEntry *> models;
    for (const kg::ModelEntry &m : m_catalogue->models)
        models << &m;
    std::sort(models.begin(), models.end(), [](const kg::ModelEntry *a, const kg::ModelEntry *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    m_model->clear();
    for (const kg::ModelEntry *m : models)
        m_model->addItem(m->name, m->iri);
    m_model->setCurrentIndex(qMax(0, m_model->findData(chosen)));
    m_fleet->setCatalogue(m_catalogue);
    refreshCurrent();
    updateActions();
}

void DeployView::scan()
{
    m_fleet->clearSignals();
    m_scan->setEnabled(false);
    m_status->setText(tr("Scanning for boards…"));
    m_deployments->scan();
}

QStringList DeployView::selectedAddresses() const
{
    QStringList addresses;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(FleetTableModel::Address))
        addresses << index.data().toString();
    return addresses;
}

void DeployView::selectBoards(const QStringList &addresses)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    QItemSelection selection;
    for (const QString &address : addresses) {
        const int row = m_fleet->rowOf(address.toUpper());
        if (row >= 0) {
            const QModelIndex index = proxy->mapFromSource(m_fleet->index(row, 0));
            selection.select(index, index);
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool DeployView::isDeploying() const
{
    return m_deployments->isDeploying();
}

void DeployView::deployToSelected()
{
    deployModel(m_model->currentData().toString(), selectedAddresses());
}

const kg::ModelEntry *DeployView::modelOf(const QString &iri) const
{
    for (const kg::ModelEntry &m : m_catalogue ? m_catalogue->models : QList<kg::ModelEntry>()) {
        if (m.iri == iri)
            return &m;
    }
    return nullptr;
}

void DeployView::deployModel(const QString &modelIri, const QStringList &addresses)
{
    const int choice = m_model->findData(modelIri);
    if (choice >= 0)
        m_model->setCurrentIndex(choice);
    const kg::ModelEntry *model = modelOf(modelIri);
    if (addresses.isEmpty() || !model) {
        m_status->setText(model ? tr("Select the boards to send %1 to, then press Deploy.").arg(model->name)
                                : tr("Choose a model first."));
        return;
    }
    const kg::ModelEntry chosen = *model; // the catalogue may be replaced while the user is asked
    QString warning;
    const auto targets = passFitGate(chosen, addresses, &warning);
    if (!targets || targets->isEmpty()) {
        m_status->setText(tr("Nothing was sent."));
        return;
    }
    const QStringList busy = m_deployments->deploy(chosen, *targets, m_parallel->value());
    if (!busy.isEmpty()) {
        const QString leftOut = tr("Already receiving a model, so left out: %1").arg(busy.join(QStringLiteral(", ")));
        emit message(false, leftOut);
        if (busy.size() == targets->size()) {
            m_status->setText(leftOut);
            return;
        }
    }
    // Unknown boards are sent to: the graph cannot say no, only that it does not know them.
    if (!warning.isEmpty())
        emit message(false, warning);
    m_status->setText(QStringList{tr("Reading %1…").arg(chosen.name), warning}.join(QLatin1Char(' ')).trimmed());
}

std::optional<QList<deploy::DeployTarget>> DeployView::passFitGate(const kg::ModelEntry &model,
                                                                   const QStringList &addresses, QString *warning)
{
    QList<deploy::DeployTarget> targets;
    for (const QString &text : addresses) {
        const int row = m_fleet->rowOf(text.toUpper());
        targets << deploy::resolveTarget(m_catalogue.get(), QBluetoothAddress(text),
                                         row >= 0 ? m_fleet->boards().at(row).name : QString());
    }
    const QList<deploy::TargetFit> fits = deploy::judgeFit(*m_catalogue, model, targets);
    const FitQuestion question = FitQuestion::of(model.name, fits);
    bool anyway = false;
    if (question.mustAsk()) {
        DialogPrompts dialogs;
        UserPrompts *prompts = m_prompts ? m_prompts : &dialogs;
        switch (prompts->askFit(this, question)) {
        case FitQuestion::Answer::Cancel: return std::nullopt;
        case FitQuestion::Answer::OnlyBoardsThatFit: break;
        case FitQuestion::Answer::DeployAnyway: anyway = true; break;
        }
    }
    if (!question.unknown.isEmpty())
        *warning = tr("Fit unknown for %1: not boards of the knowledge graph.")
                       .arg(question.unknown.join(QStringLiteral(", ")));
    return deploy::targetsToSend(fits, anyway);
}

void DeployView::onRunFinished(const QString &modelName, const deploy::OutcomeCounts &counts)
{
    const QString text = tr("%1 on %n board(s): %2.", nullptr, counts.total).arg(modelName, runSummaryText(counts));
    m_status->setText(text);
    emit message(counts.runs() == counts.total, text);
    emit deploymentFinished(counts.runs(), counts.total);
    updateActions();
}

void DeployView::refreshCurrent()
{
    m_graph->run<QList<kg::DeploymentRecord>>(
        this,
        [](kg::KnowledgeGraph &graph) {
            QString error;
            return kg::currentDeployments(graph.store(), &error).value_or(QList<kg::DeploymentRecord>());
        },
        [this](QList<kg::DeploymentRecord> current) { m_fleet->setCurrentDeployments(current); });
}

void DeployView::refreshHistory()
{
    const QStringList addresses = selectedAddresses();
    if (addresses.size() != 1) {
        m_history->clear();
        m_boardRuns->setText(addresses.isEmpty() ? tr("Select a board to see its deployments.") : QString());
        return;
    }
    const FleetBoard board = m_fleet->boards().at(m_fleet->rowOf(addresses.first()));
    m_graph->run<QList<kg::DeploymentRecord>>(
        this,
        [board](kg::KnowledgeGraph &graph) {
            QString error;
            return kg::deploymentHistory(graph.store(), board.boardIri, board.address, &error)
                .value_or(QList<kg::DeploymentRecord>());
        },
        [this, board](QList<kg::DeploymentRecord> history) {
            if (selectedAddresses() != QStringList{board.address})
                return; // the selection moved on meanwhile
            m_history->clear();
            for (const kg::DeploymentRecord &r : history) {
                QStringList reasons;
                if (!r.error.isEmpty())
                    reasons << r.error;
                if (!r.acceptedMisfit.isEmpty())
                    reasons << tr("deployed despite: %1").arg(r.acceptedMisfit);
                const QString reason = reasons.join(QStringLiteral("; "));
                auto *item = new QTreeWidgetItem(
                    m_history,
                    {QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat), r.modelName,
                     recordOutcomeText(r), QString::number(r.attempts),
                     r.arenaUsedBytes >= 0 ? tr("%1 B").arg(QLocale().toString(r.arenaUsedBytes)) : QString(),
                     r.invokeUs >= 0 ? tr("%1 ms").arg(QLocale().toString(r.invokeUs / 1000.0, 'f', 1)) : QString(),
                     reason});
                if (r.outcome != kg::DeploymentRecord::Outcome::DeliveredUnconfirmed)
                    item->setIcon(2, fitsIcon(r.outcome == kg::DeploymentRecord::Outcome::Running));
                item->setToolTip(6, reason);
            }
            const FleetBoard &now = m_fleet->boards().at(m_fleet->rowOf(board.address));
            const QString since = QLocale().toString(now.runsSince.toLocalTime(), QLocale::ShortFormat);
            m_boardRuns->setText(now.runs.isEmpty()      ? tr("%1 runs no model deployed from here.").arg(now.name)
                                     : now.runsConfirmed ? tr("%1 runs %2, deployed %3.").arg(now.name, now.runs, since)
                                                         : tr("%1 runs %2 as far as is known: delivered %3, the board "
                                                              "does not confirm it.")
                                                               .arg(now.name, now.runs, since));
        });
}

void DeployView::cancelSelected()
{
    m_deployments->cancel(selectedAddresses());
}

void DeployView::cancelAll()
{
    m_deployments->cancelAll();
}

void DeployView::retryFailed()
{
    m_deployments->retryFailed();
}

bool DeployView::saveReport(const QString &path, QString *error) const
{
    return m_deployments->saveReport(path, error);
}

void DeployView::chooseReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save deployment report"),
                                                      QDir::homePath() + QStringLiteral("/deployment.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReport(path, &error))
        emit message(true, tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        emit message(false, tr("The report could not be saved: %1").arg(error));
}

void DeployView::updateActions()
{
    const QStringList selected = selectedAddresses();
    const bool running = isDeploying();
    m_deploy->setEnabled(!selected.isEmpty() && m_model->count() > 0);
    m_cancel->setEnabled(running && !selected.isEmpty());
    m_cancelAll->setEnabled(running);
    m_retry->setEnabled(m_deployments->canRetry());
    m_report->setEnabled(m_deployments->hasRuns());
    const int row = selected.size() == 1 ? m_fleet->rowOf(selected.first()) : -1;
    m_link->setEnabled(row >= 0 && m_fleet->boards().at(row).boardIri.isEmpty());
    m_firmware->setEnabled(m_model->count() > 0);
}

} // namespace tinyml::gui
