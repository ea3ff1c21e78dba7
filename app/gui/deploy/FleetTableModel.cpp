#include "FleetTableModel.h"

#include "widgets/TableCells.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace tinyml::gui {

namespace {

// The board's own figures, when it reported them: "arena 81,984 B · inference 52.1 ms".
QString boardFigures(const deploy::BoardDeployment &d)
{
    QStringList figures;
    if (d.arenaUsedBytes >= 0)
        figures << FleetTableModel::tr("arena %1 B").arg(QLocale().toString(d.arenaUsedBytes));
    if (d.invokeUs >= 0)
        figures << FleetTableModel::tr("inference %1 ms").arg(QLocale().toString(d.invokeUs / 1000.0, 'f', 1));
    return figures.join(QStringLiteral(" · "));
}

QString outcomeWords(const deploy::BoardDeployment &d)
{
    const QString seconds = QLocale().toString(d.started.msecsTo(d.ended) / 1000.0, 'f', 1);
    switch (d.outcome) {
    case deploy::DeployOutcome::Running: {
        const QString figures = boardFigures(d);
        return figures.isEmpty() ? FleetTableModel::tr("running, sent in %1 s").arg(seconds)
                                 : FleetTableModel::tr("running · %1").arg(figures);
    }
    case deploy::DeployOutcome::LoadFailed:
        return FleetTableModel::tr("load failed: %1").arg(d.boardReason.isEmpty() ? d.detail : d.boardReason);
    case deploy::DeployOutcome::Unconfirmed:
        return FleetTableModel::tr("delivered in %1 s, not confirmed (the board reports no model status)").arg(seconds);
    case deploy::DeployOutcome::TransferFailed: return FleetTableModel::tr("failed: %1").arg(d.detail);
    case deploy::DeployOutcome::Cancelled: return FleetTableModel::tr("cancelled");
    case deploy::DeployOutcome::Pending: break;
    }
    return QString();
}

} // namespace

QString deploymentText(const deploy::BoardDeployment &d)
{
    using deploy::TransferState;
    if (d.outcome != deploy::DeployOutcome::Pending) {
        const QString text = outcomeWords(d);
        return d.attempts > 1 && d.outcome != deploy::DeployOutcome::TransferFailed
            ? FleetTableModel::tr("%1, at attempt %2").arg(text).arg(d.attempts)
            : text;
    }
    switch (d.state) {
    case TransferState::Queued: return FleetTableModel::tr("queued");
    case TransferState::Connecting:
        return d.detail.isEmpty() ? FleetTableModel::tr("connecting")
                                  : FleetTableModel::tr("connecting (%1)").arg(d.detail);
    case TransferState::Sending: {
        const int percent = d.progress.totalBytes > 0 ? int(d.progress.bytesSent * 100 / d.progress.totalBytes) : 0;
        QString text = FleetTableModel::tr("sending %1 %").arg(percent);
        if (d.progress.blocksPerSecond > 0)
            text +=
                QStringLiteral(" · ") + FleetTableModel::tr("%1 blocks/s").arg(d.progress.blocksPerSecond, 0, 'f', 0);
        if (d.progress.secondsLeft >= 0)
            text += QStringLiteral(" · ")
                + FleetTableModel::tr("%n s left", nullptr, int(std::lround(d.progress.secondsLeft)));
        return text;
    }
    case TransferState::Verifying: return FleetTableModel::tr("verifying");
    case TransferState::Loading: return FleetTableModel::tr("loading the model");
    case TransferState::Done: return FleetTableModel::tr("delivered");
    case TransferState::Failed: return FleetTableModel::tr("failed: %1").arg(d.detail);
    case TransferState::Cancelled: return FleetTableModel::tr("cancelled");
    }
    return QString();
}

QString runSummaryText(const deploy::OutcomeCounts &counts)
{
    QStringList parts;
    if (counts.running > 0)
        parts << FleetTableModel::tr("%n running", nullptr, counts.running);
    if (counts.loadFailed > 0)
        parts << FleetTableModel::tr("%n load failed", nullptr, counts.loadFailed);
    if (counts.unconfirmed > 0)
        parts << FleetTableModel::tr("%n delivered without confirmation", nullptr, counts.unconfirmed);
    if (counts.transferFailed > 0)
        parts << FleetTableModel::tr("%n failed", nullptr, counts.transferFailed);
    if (counts.cancelled > 0)
        parts << FleetTableModel::tr("%n cancelled", nullptr, counts.cancelled);
    return parts.join(QStringLiteral(", "));
}

QString recordOutcomeText(const kg::DeploymentRecord &r)
{
    using Outcome = kg::DeploymentRecord::Outcome;
    switch (r.outcome) {
    case Outcome::Running: return FleetTableModel::tr("running");
    case Outcome::LoadFailed: return FleetTableModel::tr("load failed");
    case Outcome::DeliveredUnconfirmed: return FleetTableModel::tr("delivered, not confirmed");
    case Outcome::Failed: return FleetTableModel::tr("failed");
    case Outcome::Cancelled: return FleetTableModel::tr("cancelled");
    }
    return QString();
}

FleetTableModel::FleetTableModel(QObject *parent) : QAbstractTableModel(parent) { }

int FleetTableModel::rowOf(const QString &address) const
{
    for (int i = 0; i < m_boards.size(); ++i) {
        if (m_boards.at(i).address == address)
            return i;
    }
    return -1;
}

int FleetTableModel::ensureRow(const QString &address)
{
    int row = rowOf(address);
    if (row >= 0)
        return row;
    row = int(m_boards.size());
    beginInsertRows({}, row, row);
    FleetBoard board;
    board.address = address;
    m_boards << board;
    endInsertRows();
    return row;
}

void FleetTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetTableModel::setCatalogue(const std::shared_ptr<const kg::Catalogue> &catalogue)
{
    if (!catalogue)
        return;
    // A board that lost its address in the graph (or left it) stays only if it was found.
    beginResetModel();
    QList<FleetBoard> kept;
    for (FleetBoard board : std::as_const(m_boards)) {
        if (!board.rssi && !board.deployment)
            continue;
        board.boardIri.clear();
        kept << board;
    }
    m_boards = kept;
    for (const kg::BoardEntry &entry : catalogue->boards) {
        if (entry.bleAddress.isEmpty())
            continue;
        const QString address = entry.bleAddress.toUpper();
        int row = rowOf(address);
        if (row < 0) {
            row = int(m_boards.size());
            FleetBoard board;
            board.address = address;
            m_boards << board;
        }
        m_boards[row].name = entry.name;
        m_boards[row].boardIri = entry.iri;
    }
    endResetModel();
    setCurrentDeployments(m_current);
}

void FleetTableModel::setFound(const deploy::FoundBoard &found)
{
    const int row = ensureRow(found.address.toString());
    FleetBoard &board = m_boards[row];
    board.rssi = found.rssi;
    if (board.boardIri.isEmpty() && !found.name.isEmpty())
        board.name = found.name;
    rowChanged(row);
}

void FleetTableModel::clearSignals()
{
    for (int row = 0; row < m_boards.size(); ++row) {
        m_boards[row].rssi.reset();
        rowChanged(row);
    }
}

void FleetTableModel::setCurrentDeployments(const QList<kg::DeploymentRecord> &current)
{
    m_current = current;
    QHash<QString, const kg::DeploymentRecord *> byAddress;
    for (const kg::DeploymentRecord &r : m_current)
        byAddress.insert(r.bleAddress.toUpper(), &r);
    for (int row = 0; row < m_boards.size(); ++row) {
        FleetBoard &board = m_boards[row];
        const kg::DeploymentRecord *r = byAddress.value(board.address);
        board.runs = r ? r->modelName : QString();
        board.runsConfirmed = r && r->outcome == kg::DeploymentRecord::Outcome::Running;
        board.runsSince = r ? r->ended : QDateTime();
        rowChanged(row);
    }
}

void FleetTableModel::setDeployment(const deploy::BoardDeployment &deployment)
{
    const int row = ensureRow(deployment.target.address.toString());
    if (m_boards[row].name.isEmpty())
        m_boards[row].name = deployment.target.name;
    m_boards[row].deployment = deployment;
    rowChanged(row);
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FleetBoard &board = m_boards.at(index.row());
    if (role == IriRole)
        return board.boardIri;
    switch (index.column()) {
    case Board:
        if (role == Qt::ToolTipRole)
            return board.boardIri.isEmpty() ? tr("Found over Bluetooth; not linked to a board of the graph")
                                            : board.boardIri;
        return textCell(board.name.isEmpty() ? tr("(unnamed)") : board.name, role);
    case Address: return textCell(board.address, role);
    case Signal:
        if (role == SortRole)
            return board.rssi ? int(*board.rssi) : -1000;
        if (role == Qt::DisplayRole)
            return board.rssi ? tr("%1 dBm").arg(*board.rssi) : tr("not seen");
        break;
    case Runs:
        if (role == Qt::ToolTipRole && board.runsSince.isValid())
            return tr("Deployed %1").arg(QLocale().toString(board.runsSince.toLocalTime(), QLocale::ShortFormat));
        return textCell(
            board.runs.isEmpty() || board.runsConfirmed ? board.runs : tr("%1 (not confirmed)").arg(board.runs), role);
    case Deployment: {
        if (!board.deployment)
            return textCell(QString(), role);
        const QString text = deploymentText(*board.deployment);
        if (role == Qt::ToolTipRole)
            return text;
        if (role == Qt::DecorationRole) {
            const deploy::DeployOutcome outcome = board.deployment->outcome;
            if (outcome == deploy::DeployOutcome::Running)
                return fitsIcon(true);
            if (outcome == deploy::DeployOutcome::LoadFailed || outcome == deploy::DeployOutcome::TransferFailed)
                return fitsIcon(false);
        }
        return textCell(text, role);
    }
    default: break;
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Board: return tr("Board");
    case Address: return tr("Bluetooth address");
    case Signal: return tr("Signal");
    case Runs: return tr("Runs");
    case Deployment: return tr("Deployment and outcome");
    default: return {};
    }
}

} // namespace tinyml::gui
