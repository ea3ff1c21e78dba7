#include "views/DeployView.h"

#include "AppSettings.h"
#include "GraphSession.h"
#include "deploy/BoardScanner.h"
#include "deploy/DeployReport.h"
#include "kg/DeploymentRecords.h"
#include "models/FleetTableModel.h"
#include "models/ItemRoles.h"
#include "views/SortedTable.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tinyml::gui {

namespace {

const QString kParallelKey = QStringLiteral("deploy/parallel");

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
    m_parallel->setValue(appSettings().value(kParallelKey, deploy::DeployQueue::kDefaultParallel).toInt());
    m_parallel->setToolTip(tr("How many boards receive the model at the same time"));
    auto *parallelLabel = new QLabel(tr("Parallel &uploads:"));
    parallelLabel->setBuddy(m_parallel);
    connect(m_parallel, &QSpinBox::valueChanged, this, [](int n) { appSettings().setValue(kParallelKey, n); });
    m_scan = button(tr("&Scan for boards"), tr("Look for boards advertising the file-transfer service over Bluetooth LE"), QKeySequence(Qt::Key_F5));
    connect(m_scan, &QPushButton::clicked, this, &DeployView::scan);

    auto *top = new QHBoxLayout;
    top->addWidget(modelLabel);
    top->addWidget(m_model, 1);
    top->addWidget(parallelLabel);
    top->addWidget(m_parallel);
    top->addWidget(m_scan);

    m_table = sortedTable(QStringLiteral("fleetTable"), tr("Boards"), sortingProxy(m_fleet, this), FleetTableModel::Address);
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

    m_deploy = button(tr("Deploy to se&lected"), tr("Send the model to the selected boards"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deploy->setObjectName(QStringLiteral("deployToSelected"));
    m_cancel = button(tr("&Cancel selected"), tr("Stop the deployments to the selected boards"));
    m_cancelAll = button(tr("Cancel &all"), tr("Stop every deployment"));
    m_retry = button(tr("Retr&y failed"), tr("Send the model again to the boards that failed or were cancelled"));
    m_report = button(tr("Save &report…"), tr("Write the latest deployment's outcome per board as CSV or JSON"));
    m_link = button(tr("Lin&k to board…"), tr("Record the selected board's Bluetooth address on a board of the knowledge graph"));
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

    m_runs = new QLabel;
    m_runs->setObjectName(QStringLiteral("boardRuns"));
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
    historyLayout->addWidget(m_runs);
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
    // Transfers end with their links; records not yet written are not waited for.
    for (const auto &queue : std::as_const(m_queues)) {
        if (queue)
            queue->disconnect(this);
    }
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
    if (!m_scanner) {
        m_scanner = new deploy::BoardScanner(this);
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
    m_scanner->start();
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

deploy::DeployQueue *DeployView::queueOf(const QString &address) const
{
    for (auto it = m_queues.crbegin(); it != m_queues.crend(); ++it) {
        if (*it && (*it)->indexOf(QBluetoothAddress(address)) >= 0)
            return *it;
    }
    return nullptr;
}

bool DeployView::isDeploying() const
{
    for (const auto &queue : m_queues) {
        if (queue && !queue->isFinished())
            return true;
    }
    return false;
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
        m_status->setText(model ? tr("Select the boards to send %1 to, then press Deploy.").arg(model->name) : tr("Choose a model first."));
        return;
    }
    QList<deploy::DeployTarget> targets;
    QStringList busy;
    for (const QString &address : addresses) {
        const int row = m_fleet->rowOf(address.toUpper());
        const FleetBoard board = row >= 0 ? m_fleet->boards().at(row) : FleetBoard{address.toUpper(), {}, {}, {}, {}, {}, {}};
        if (board.deployment && !deploy::isFinal(board.deployment->state)) {
            busy << board.name;
            continue;
        }
        targets << deploy::DeployTarget{QBluetoothAddress(board.address), board.name, board.boardIri};
    }
    if (!busy.isEmpty())
        emit message(false, tr("Already receiving a model, so left out: %1").arg(busy.join(QStringLiteral(", "))));
    if (targets.isEmpty())
        return;
    // The file comes from the repository beside the store, read on the worker.
    const deploy::ModelPayload payload{QByteArray(), model->name, model->sha256, model->iri};
    m_status->setText(tr("Reading %1…").arg(model->name));
    m_session->run<LoadedModel>(this, [sha = model->sha256, name = model->name](kg::KnowledgeGraph &graph) {
        LoadedModel loaded;
        QFile file(QDir(graph.repositoryDirectory()).filePath(sha + QStringLiteral(".tflite")));
        if (!file.open(QIODevice::ReadOnly))
            loaded.error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        else
            loaded.bytes = file.readAll();
        return loaded;
    }, [this, payload, targets](LoadedModel loaded) {
        if (loaded.bytes.isEmpty()) {
            const QString text = tr("The model %1 could not be read: %2").arg(payload.name, loaded.error.isEmpty() ? tr("no store is open") : loaded.error);
            m_status->setText(text);
            emit message(false, text);
            return;
        }
        deploy::ModelPayload withBytes = payload;
        withBytes.bytes = loaded.bytes;
        startQueue(withBytes, targets);
    });
}

void DeployView::startQueue(const deploy::ModelPayload &model, const QList<deploy::DeployTarget> &targets)
{
    auto *queue = new deploy::DeployQueue(model, deploy::TransferOptions(), m_parallel->value(), this);
    m_queues << queue;
    connect(queue, &deploy::DeployQueue::deploymentChanged, this, [this, queue](int i) {
        m_fleet->setDeployment(queue->deployments().at(i));
        updateActions();
    });
    connect(queue, &deploy::DeployQueue::deploymentFinished, this, [this, queue](int i) { record(queue, i); });
    connect(queue, &deploy::DeployQueue::finished, this, [this, queue] {
        const int done = queue->count(deploy::TransferState::Done);
        const int total = int(queue->deployments().size());
        const QString text = tr("%1: %2 of %n board(s) confirmed the model.", nullptr, total).arg(queue->model().name).arg(done);
        m_status->setText(text);
        emit message(done == total, text);
        emit deploymentFinished(done, total);
        updateActions();
    });
    m_status->setText(tr("Deploying %1 to %n board(s)…", nullptr, int(targets.size())).arg(model.name));
    queue->add(targets);
}

void DeployView::record(deploy::DeployQueue *queue, int index)
{
    const deploy::BoardDeployment &d = queue->deployments().at(index);
    if (!d.started.isValid())
        return; // cancelled before it started: nothing was tried
    kg::DeploymentRecord r;
    r.boardIri = d.target.boardIri;
    r.bleAddress = d.target.address.toString();
    r.boardName = d.target.name;
    r.modelIri = queue->model().modelIri;
    r.modelName = queue->model().name;
    r.modelSha256 = queue->model().sha256;
    r.started = d.started;
    r.ended = d.ended;
    r.succeeded = d.state == deploy::TransferState::Done;
    r.error = d.detail;
    r.attempts = d.attempts;
    ++m_pendingRecords;
    // History, not an edit: committed straight to the store, outside the undo stack.
    m_session->run<QString>(this, [r](kg::KnowledgeGraph &graph) {
        QString error;
        if (!graph.store().commit(kg::deploymentRecordChange({r}), &error) && error.isEmpty())
            error = QStringLiteral("unknown error");
        return error;
    }, [this, name = r.boardName](QString error) {
        if (!error.isEmpty())
            emit message(false, tr("The deployment to %1 could not be recorded: %2").arg(name, error));
        refreshCurrent();
        refreshHistory();
        if (--m_pendingRecords == 0)
            emit recorded();
    });
}

void DeployView::refreshCurrent()
{
    m_session->run<QList<kg::DeploymentRecord>>(this, [](kg::KnowledgeGraph &graph) {
        QString error;
        return kg::currentDeployments(graph.store(), &error).value_or(QList<kg::DeploymentRecord>());
    }, [this](QList<kg::DeploymentRecord> current) { m_fleet->setCurrentDeployments(current); });
}

void DeployView::refreshHistory()
{
    const QStringList addresses = selectedAddresses();
    if (addresses.size() != 1) {
        m_history->clear();
        m_runs->setText(addresses.isEmpty() ? tr("Select a board to see its deployments.") : QString());
        return;
    }
    const FleetBoard board = m_fleet->boards().at(m_fleet->rowOf(addresses.first()));
    m_session->run<QList<kg::DeploymentRecord>>(this, [board](kg::KnowledgeGraph &graph) {
        QString error;
        return kg::deploymentHistory(graph.store(), board.boardIri, board.address, &error).value_or(QList<kg::DeploymentRecord>());
    }, [this, board](QList<kg::DeploymentRecord> history) {
        if (selectedAddresses() != QStringList{board.address})
            return; // the selection moved on meanwhile
        m_history->clear();
        for (const kg::DeploymentRecord &r : history) {
            auto *item = new QTreeWidgetItem(m_history, {QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat), r.modelName,
                                                         r.succeeded ? tr("succeeded") : tr("failed"), QString::number(r.attempts), r.error});
            item->setIcon(2, fitsIcon(r.succeeded));
            item->setToolTip(4, r.error);
        }
        const FleetBoard &now = m_fleet->boards().at(m_fleet->rowOf(board.address));
        m_runs->setText(now.runs.isEmpty() ? tr("%1 runs no model deployed from here.").arg(now.name)
                                           : tr("%1 runs %2, deployed %3.").arg(now.name, now.runs, QLocale().toString(now.runsSince.toLocalTime(), QLocale::ShortFormat)));
    });
}

void DeployView::cancelSelected()
{
    for (const QString &address : selectedAddresses()) {
        if (deploy::DeployQueue *queue = queueOf(address))
            queue->cancel(queue->indexOf(QBluetoothAddress(address)));
    }
}

void DeployView::cancelAll()
{
    for (const auto &queue : std::as_const(m_queues)) {
        if (queue)
            queue->cancelAll();
    }
}

void DeployView::retryFailed()
{
    for (const auto &queue : std::as_const(m_queues)) {
        if (queue && queue->isFinished())
            queue->retryFailed();
    }
}

bool DeployView::saveReport(const QString &path, QString *error) const
{
    for (auto it = m_queues.crbegin(); it != m_queues.crend(); ++it) {
        if (*it)
            return deploy::writeDeployReport(path, (*it)->model(), (*it)->deployments(), error);
    }
    *error = tr("nothing has been deployed yet");
    return false;
}

void DeployView::chooseReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save deployment report"), QDir::homePath() + QStringLiteral("/deployment.csv"),
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
    bool anyFinished = false;
    bool anyFailed = false;
    bool running = false;
    for (const auto &queue : std::as_const(m_queues)) {
        if (!queue)
            continue;
        running = running || !queue->isFinished();
        anyFinished = anyFinished || queue->isFinished();
        anyFailed = anyFailed || (queue->isFinished() && (queue->count(deploy::TransferState::Failed) + queue->count(deploy::TransferState::Cancelled)) > 0);
    }
    m_deploy->setEnabled(!selected.isEmpty() && m_model->count() > 0);
    m_cancel->setEnabled(running && !selected.isEmpty());
    m_cancelAll->setEnabled(running);
    m_retry->setEnabled(anyFailed);
    m_report->setEnabled(anyFinished || running);
    const int row = selected.size() == 1 ? m_fleet->rowOf(selected.first()) : -1;
    m_link->setEnabled(row >= 0 && m_fleet->boards().at(row).boardIri.isEmpty());
}

} // namespace tinyml::gui
