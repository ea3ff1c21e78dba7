#include "DeployView.h"

#include "analysis/FileDigest.h"
#include "deploy/BoardScanner.h"
#include "deploy/DeployReport.h"
#include "deploy/FleetTableModel.h"
#include "kg/DeploymentRecords.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "widgets/SortedTable.h"
#include "widgets/TableCells.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

constexpr int kNoRunYet = -2; // a board reserved while its model is read

struct LoadedModel {
    QByteArray bytes;
    QString error;
};

QPushButton *button(const QString &text, const QString &tip, const QKeySequence &key = {})
{
    auto *b = new QPushButton(text);
    if (!key.isEmpty())
        b->setShortcut(key);
    b->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace

DeployView::DeployView(GraphSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_fleet(new FleetTableModel(this))
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
    for (QPushButton *b : {m_deploy, m_cancel, m_cancelAll, m_retry, m_report, m_link})
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
    m_history->setHeaderLabels({tr("Started"), tr("Model"), tr("Result"), tr("Attempts"), tr("Reason")});
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
    updateActions();
}

DeployView::~DeployView()
{
    shutdown();
}

void DeployView::startBluetoothThread()
{
    if (m_bluetooth.isRunning())
        return;
    m_bluetooth.setObjectName(QStringLiteral("bluetooth"));
    m_bluetooth.start();
}

void DeployView::shutdown()
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
    startBluetoothThread();
    if (!m_scanner) {
        m_scanner = new deploy::BoardScanner;
        m_scanner->moveToThread(&m_bluetooth);
        connect(m_scanner, &deploy::BoardScanner::found, m_fleet, &FleetTableModel::setFound);
        connect(m_scanner, &deploy::BoardScanner::finished, this, [this](const QString &error) {
            m_scan->setEnabled(true);
            m_status->setText(error.isEmpty() ? tr("Scan finished.") : error);
            if (!error.isEmpty())
                emit message(false, error);
        });
    }
    m_fleet->clearSignals();
    m_scan->setEnabled(false);
    m_status->setText(tr("Scanning for boards…"));
    QMetaObject::invokeMethod(m_scanner, [scanner = m_scanner] { scanner->start(); });
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

int DeployView::indexIn(int run, const QString &address) const
{
    const QList<deploy::BoardDeployment> &deployments = m_runs.at(run).deployments;
    for (int i = 0; i < deployments.size(); ++i) {
        if (deployments.at(i).target.address.toString() == address)
            return i;
    }
    return -1;
}

bool DeployView::isDeploying() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const Run &run) { return !run.finished; });
}

void DeployView::onQueue(int run, std::function<void(deploy::DeployQueue *)> call)
{
    if (deploy::DeployQueue *queue = m_runs.at(run).queue)
        QMetaObject::invokeMethod(queue, [queue, call = std::move(call)] { call(queue); });
}

void DeployView::release(const QString &address, int run)
{
    const auto reserved = m_reserved.constFind(address);
    if (reserved != m_reserved.cend() && *reserved == run)
        m_reserved.erase(reserved);
}

void DeployView::deployToSelected()
{
    deployModel(m_model->currentData().toString(), selectedAddresses());
}

void DeployView::deployModel(const QString &modelIri, const QStringList &addresses)
{
    const int choice = m_model->findData(modelIri);
    if (choice >= 0)
        m_model->setCurrentIndex(choice);
    const kg::ModelEntry *model = nullptr;
    for (const kg::ModelEntry &m : m_catalogue ? m_catalogue->models : QList<kg::ModelEntry>()) {
        if (m.iri == modelIri)
            model = &m;
    }
    if (addresses.isEmpty() || !model) {
        m_status->setText(model ? tr("Select the boards to send %1 to, then press Deploy.").arg(model->name)
                                : tr("Choose a model first."));
        return;
    }
    QList<deploy::DeployTarget> targets;
    QStringList busy;
    for (const QString &text : addresses) {
        const QString address = text.toUpper();
        const int row = m_fleet->rowOf(address);
        FleetBoard board;
        board.address = address;
        if (row >= 0)
            board = m_fleet->boards().at(row);
        if (m_reserved.contains(address)) {
            busy << (board.name.isEmpty() ? address : board.name);
            continue;
        }
        m_reserved.insert(address, kNoRunYet);
        targets << deploy::DeployTarget{QBluetoothAddress(address), board.name, board.boardIri, QString()};
    }
    if (!busy.isEmpty())
        emit message(false, tr("Already receiving a model, so left out: %1").arg(busy.join(QStringLiteral(", "))));
    if (targets.isEmpty())
        return;
    // The file comes from the repository beside the store, read and checked on the worker.
    const deploy::ModelPayload payload{QByteArray(), model->name, model->sha256, model->iri};
    m_status->setText(tr("Reading %1…").arg(model->name));
    m_session->run<LoadedModel>(
        this,
        [sha = model->sha256](kg::KnowledgeGraph &graph) {
            LoadedModel loaded;
            QFile file(QDir(graph.repositoryDirectory()).filePath(sha + QStringLiteral(".tflite")));
            if (!file.open(QIODevice::ReadOnly)) {
                loaded.error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
                return loaded;
            }
            loaded.bytes = file.readAll();
            if (sha256Hex(loaded.bytes) != sha) {
                loaded.error = QStringLiteral("%1: the file is not the one the graph describes (its SHA-256 differs)")
                                   .arg(file.fileName());
                loaded.bytes.clear();
            }
            return loaded;
        },
        [this, payload, targets](LoadedModel loaded) {
            if (loaded.bytes.isEmpty()) {
                for (const deploy::DeployTarget &t : targets)
                    release(t.address.toString(), kNoRunYet);
                const QString text =
                    tr("The model %1 could not be read: %2")
                        .arg(payload.name, loaded.error.isEmpty() ? tr("no store is open") : loaded.error);
                m_status->setText(text);
                emit message(false, text);
                return;
            }
            deploy::ModelPayload withBytes = payload;
            withBytes.bytes = loaded.bytes;
            startRun(withBytes, targets);
        });
}

void DeployView::startRun(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets)
{
    startBluetoothThread();
    const int run = int(m_runs.size());
    auto *queue = new deploy::DeployQueue(model, deploy::TransferOptions(), m_parallel->value());
    queue->moveToThread(&m_bluetooth);
    m_runs << Run{queue, model, {}, false};
    for (const deploy::DeployTarget &t : targets)
        m_reserved.insert(t.address.toString(), run);
    connect(queue, &deploy::DeployQueue::deploymentChanged, this,
            [this, run](int index, const deploy::BoardDeployment &d) { onDeploymentChanged(run, index, d); });
    connect(queue, &deploy::DeployQueue::deploymentFinished, this,
            [this, run](int, const deploy::BoardDeployment &d) { onDeploymentFinished(run, d); });
    connect(queue, &deploy::DeployQueue::finished, this, [this, run] { onRunFinished(run); });
    m_status->setText(tr("Deploying %1 to %n board(s)…", nullptr, int(targets.size())).arg(model.name));
    onQueue(run, [targets](deploy::DeployQueue *q) { q->add(targets); });
    updateActions();
}

void DeployView::onDeploymentChanged(int run, int index, const deploy::BoardDeployment &deployment)
{
    QList<deploy::BoardDeployment> &deployments = m_runs[run].deployments;
    while (deployments.size() <= index)
        deployments << deploy::BoardDeployment();
    deployments[index] = deployment;
    m_fleet->setDeployment(deployment);
    updateActions();
}

void DeployView::onDeploymentFinished(int run, const deploy::BoardDeployment &deployment)
{
    release(deployment.target.address.toString(), run);
    record(m_runs.at(run).model, deployment);
    updateActions();
}

void DeployView::onRunFinished(int run)
{
    Run &r = m_runs[run];
    r.finished = true;
    const int total = int(r.deployments.size());
    const int done =
        int(std::count_if(r.deployments.cbegin(), r.deployments.cend(),
                          [](const deploy::BoardDeployment &d) { return d.state == deploy::TransferState::Done; }));
    const QString text = tr("%1: %2 of %n board(s) confirmed the model.", nullptr, total).arg(r.model.name).arg(done);
    m_status->setText(text);
    emit message(done == total, text);
    emit deploymentFinished(done, total);
    updateActions();
}

void DeployView::record(const deploy::ModelPayload &model, const deploy::BoardDeployment &d)
{
    if (!d.started.isValid())
        return; // cancelled before it started: nothing was tried
    const kg::DeploymentRecord r = deploy::deploymentRecordOf(model, d);
    ++m_pendingRecords;
    // History, not an edit: committed straight to the store, outside the undo stack.
    m_session->run<QString>(
        this,
        [r](kg::KnowledgeGraph &graph) {
            QString error;
            if (!graph.store().commit(kg::deploymentRecordChange({r}), &error) && error.isEmpty())
                error = QStringLiteral("unknown error");
            return error;
        },
        [this, name = r.boardName](QString error) {
            if (!error.isEmpty())
                emit message(false, tr("The deployment to %1 could not be recorded: %2").arg(name, error));
            // Boards ending together: one refresh after the last of their records.
            if (--m_pendingRecords > 0)
                return;
            refreshCurrent();
            refreshHistory();
            emit recorded();
        });
}

void DeployView::refreshCurrent()
{
    m_session->run<QList<kg::DeploymentRecord>>(
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
    m_session->run<QList<kg::DeploymentRecord>>(
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
                auto *item = new QTreeWidgetItem(m_history,
                                                 {QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat),
                                                  r.modelName, r.delivered() ? tr("succeeded") : tr("failed"),
                                                  QString::number(r.attempts), r.error});
                item->setIcon(2, fitsIcon(r.delivered()));
                item->setToolTip(4, r.error);
            }
            const FleetBoard &now = m_fleet->boards().at(m_fleet->rowOf(board.address));
            m_boardRuns->setText(now.runs.isEmpty()
                                     ? tr("%1 runs no model deployed from here.").arg(now.name)
                                     : tr("%1 runs %2, deployed %3.")
                                           .arg(now.name, now.runs,
                                                QLocale().toString(now.runsSince.toLocalTime(), QLocale::ShortFormat)));
        });
}

void DeployView::cancelSelected()
{
    for (const QString &address : selectedAddresses()) {
        const int run = m_reserved.value(address, -1);
        const int index = run >= 0 ? indexIn(run, address) : -1;
        if (index >= 0)
            onQueue(run, [index](deploy::DeployQueue *q) { q->cancel(index); });
    }
}

void DeployView::cancelAll()
{
    for (int run = 0; run < m_runs.size(); ++run) {
        if (!m_runs.at(run).finished)
            onQueue(run, [](deploy::DeployQueue *q) { q->cancelAll(); });
    }
}

void DeployView::retryFailed()
{
    // Each board's latest deployment only, and none that is receiving a model meanwhile.
    for (const FleetBoard &board : m_fleet->boards()) {
        if (!board.deployment || m_reserved.contains(board.address))
            continue;
        if (board.deployment->state != deploy::TransferState::Failed
            && board.deployment->state != deploy::TransferState::Cancelled)
            continue;
        for (int run = int(m_runs.size()) - 1; run >= 0; --run) {
            const int index = indexIn(run, board.address);
            if (index < 0)
                continue;
            m_reserved.insert(board.address, run);
            m_runs[run].finished = false;
            onQueue(run, [index](deploy::DeployQueue *q) { q->retry(index); });
            break;
        }
    }
    updateActions();
}

bool DeployView::saveReport(const QString &path, QString *error) const
{
    if (m_runs.isEmpty()) {
        *error = tr("nothing has been deployed yet");
        return false;
    }
    const Run &latest = m_runs.constLast();
    return deploy::writeDeployReport(path, latest.model, latest.deployments, error);
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
    const bool anyFailed =
        std::any_of(m_fleet->boards().cbegin(), m_fleet->boards().cend(), [this](const FleetBoard &b) {
            return b.deployment && !m_reserved.contains(b.address)
                && (b.deployment->state == deploy::TransferState::Failed
                    || b.deployment->state == deploy::TransferState::Cancelled);
        });
    m_deploy->setEnabled(!selected.isEmpty() && m_model->count() > 0);
    m_cancel->setEnabled(running && !selected.isEmpty());
    m_cancelAll->setEnabled(running);
    m_retry->setEnabled(anyFailed);
    m_report->setEnabled(!m_runs.isEmpty());
    const int row = selected.size() == 1 ? m_fleet->rowOf(selected.first()) : -1;
    m_link->setEnabled(row >= 0 && m_fleet->boards().at(row).boardIri.isEmpty());
}

} // namespace tinyml::gui
