#include "deploy/BoardTransfer.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QLoggingCategory>
#include <QLowEnergyController>
#include <QLowEnergyDescriptor>
#include <QLowEnergyService>
#include <QTimer>

namespace tinyml::deploy {

namespace {

// The firmware's error text fills its 128-byte characteristic, padded with NULs.
QString errorText(const QByteArray &value)
{
    const qsizetype end = value.indexOf('\0');
    return QString::fromUtf8(end < 0 ? value : value.left(end)).trimmed();
}

// The part of a notification that survives being cut to the MTU: the state byte.
std::optional<ModelState> notifiedModelState(const QByteArray &value)
{
    if (value.size() < 2 || quint8(value.at(0)) != kModelStatusFormat
        || quint8(value.at(1)) > quint8(ModelState::Failed))
        return std::nullopt;
    return ModelState(quint8(value.at(1)));
}

} // namespace

bool isFinal(TransferState state)
{
    return state == TransferState::Done || state == TransferState::Failed || state == TransferState::Cancelled;
}

void muteQtBluetoothWarnings()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qt.bluetooth*.warning=false"));
}

BoardTransfer::BoardTransfer(const QBluetoothAddress &board, const QString &name, const QByteArray &file,
                             const TransferOptions &options, QObject *parent)
    : QObject(parent), m_address(board), m_name(name), m_file(file), m_checksum(crc32Of(file)), m_options(options)
{
    m_blockCount = int((file.size() + kBlockBytes - 1) / kBlockBytes);
    m_stepTimer = new QTimer(this);
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, &BoardTransfer::onStepTimeout);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &BoardTransfer::beginAttempt);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(TransferState::Failed,
               tr("no confirmation within %1 s").arg(m_options.deadlineMs / 1000.0)
                   + (m_error.isEmpty() ? QString() : QStringLiteral(" (") + m_error + QLatin1Char(')')));
    });
}

BoardTransfer::~BoardTransfer()
{
    releaseLink();
}

void BoardTransfer::start()
{
    if (m_state != TransferState::Queued)
        return;
    if (m_file.isEmpty()) {
        finish(TransferState::Failed, tr("the model file is empty"));
        return;
    }
    m_deadline->start(m_options.deadlineMs);
    beginAttempt();
}

void BoardTransfer::cancel()
{
    if (isFinal(m_state))
        return;
    if (m_step == Step::Loading) {
        // The file is on the board already: only the wait for its status is cancelled.
        finishUnconfirmed(tr("delivered; cancelled while the board loaded the model"));
        return;
    }
    finish(TransferState::Cancelled, tr("cancelled"));
}

TransferProgress BoardTransfer::progress() const
{
    TransferProgress p;
    p.totalBytes = m_file.size();
    p.bytesSent = qMin<qint64>(qint64(m_blocksSent) * kBlockBytes, m_file.size());
    p.attempt = m_attempt;
    const qint64 elapsed = m_sendingClock.isValid() ? m_sendingClock.elapsed() : 0;
    if (m_blocksSent > 0 && elapsed > 0) {
        p.blocksPerSecond = m_blocksSent * 1000.0 / double(elapsed);
        p.secondsLeft = (m_blockCount - m_blocksSent) / p.blocksPerSecond;
    }
    return p;
}

void BoardTransfer::beginAttempt()
{
    if (isFinal(m_state))
        return;
    releaseLink();
    // The previous attempt's link closes first: BlueZ would hand a new controller the old
    // connection, and its late disconnection would cut the new attempt off.
    if (m_closing && m_closing->state() != QLowEnergyController::UnconnectedState) {
        connect(
            m_closing, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, &BoardTransfer::beginAttempt); },
            Qt::SingleShotConnection);
        return;
    }
    ++m_attempt;
    m_blocksSent = 0;
    m_subscribed = 0;
    m_notifying.clear();
    m_hasModelStatus = false;
    m_verdictSuccess = false;
    m_searched = false;
    m_sendingClock.invalidate();
    m_state = TransferState::Connecting;
    emit stateChanged(m_state,
                      m_attempt == 1
                          ? QString()
                          : tr("attempt %1 of %2 after: %3").arg(m_attempt).arg(m_options.attempts).arg(m_error));
    emitProgress(true);

    QBluetoothDeviceInfo info(m_address, m_name, 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    connectTo(info);
}

void BoardTransfer::connectTo(const QBluetoothDeviceInfo &info)
{
    m_controller = QLowEnergyController::createCentral(info, this);
    connect(m_controller, &QLowEnergyController::connected, this, &BoardTransfer::onConnected);
    connect(m_controller, &QLowEnergyController::disconnected, this,
            [this] { attemptFailed(tr("the link to the board was lost")); });
    connect(m_controller, &QLowEnergyController::errorOccurred, this, [this](QLowEnergyController::Error error) {
        if (error == QLowEnergyController::UnknownRemoteDeviceError && m_step == Step::Connecting && !m_searched) {
            findBoard();
            return;
        }
        attemptFailed(m_step == Step::Connecting ? tr("could not connect: %1").arg(m_controller->errorString())
                                                 : tr("Bluetooth error: %1").arg(m_controller->errorString()));
    });
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, &BoardTransfer::onServiceDiscoveryFinished);
    setStep(Step::Connecting, m_options.connectTimeoutMs);
    m_controller->connectToDevice();
}

void BoardTransfer::findBoard()
{
    // BlueZ knows only the devices it saw lately: look for this board, then connect to it.
    releaseLink();
    m_searched = true;
    m_state = TransferState::Connecting;
    emit stateChanged(m_state, tr("looking for the board"));
    setStep(Step::Finding, m_options.findTimeoutMs + 2000);
    m_finder = new QBluetoothDeviceDiscoveryAgent(this);
    m_finder->setLowEnergyDiscoveryTimeout(m_options.findTimeoutMs);
    auto consider = [this](const QBluetoothDeviceInfo &info) {
        if (m_step != Step::Finding || info.address() != m_address)
            return;
        m_step = Step::Connecting;
        // Not from inside the agent's own signal: it may come while the agent is starting.
        QTimer::singleShot(0, this, [this, info] {
            stopFinder();
            if (m_step == Step::Connecting)
                connectTo(info);
        });
    };
    connect(m_finder, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this, consider);
    connect(m_finder, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [consider](const QBluetoothDeviceInfo &info) { consider(info); });
    auto notFound = [this] {
        if (m_step == Step::Finding)
            attemptFailed(tr("the board was not found nearby (is it on and in range?)"));
    };
    connect(m_finder, &QBluetoothDeviceDiscoveryAgent::finished, this, notFound);
    connect(m_finder, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, [this] {
        if (m_step == Step::Finding)
            attemptFailed(tr("Bluetooth scan failed: %1").arg(m_finder->errorString()));
    });
    m_finder->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void BoardTransfer::stopFinder()
{
    if (!m_finder)
        return;
    m_finder->disconnect(this);
    if (m_finder->isActive())
        m_finder->stop();
    m_finder->deleteLater();
    m_finder = nullptr;
}

void BoardTransfer::setStep(Step step, int timeoutMs)
{
    m_step = step;
    m_stepTimer->start(timeoutMs >= 0 ? timeoutMs : m_options.stepTimeoutMs);
}

void BoardTransfer::onConnected()
{
    setStep(Step::DiscoveringService);
    m_controller->discoverServices();
}

void BoardTransfer::onServiceDiscoveryFinished()
{
    if (m_step != Step::DiscoveringService)
        return;
    if (!m_controller->services().contains(fileTransferServiceUuid())) {
        attemptFailed(tr("the board does not offer the file-transfer service"), false);
        return;
    }
    m_service = m_controller->createServiceObject(fileTransferServiceUuid(), this);
    if (!m_service) {
        attemptFailed(tr("the file-transfer service could not be opened"));
        return;
    }
    connect(m_service, &QLowEnergyService::stateChanged, this, &BoardTransfer::onServiceStateChanged);
    connect(m_service, &QLowEnergyService::descriptorWritten, this, &BoardTransfer::onDescriptorWritten);
    connect(m_service, &QLowEnergyService::characteristicRead, this, &BoardTransfer::onCharacteristicRead);
    connect(m_service, &QLowEnergyService::characteristicWritten, this, &BoardTransfer::onCharacteristicWritten);
    connect(m_service, &QLowEnergyService::characteristicChanged, this, &BoardTransfer::onCharacteristicChanged);
    connect(m_service, &QLowEnergyService::errorOccurred, this, [this](QLowEnergyService::ServiceError error) {
        if (error == QLowEnergyService::CharacteristicWriteError || error == QLowEnergyService::DescriptorWriteError)
            attemptFailed(tr("a write to the board failed"));
        else if (error == QLowEnergyService::CharacteristicReadError || error == QLowEnergyService::DescriptorReadError)
            attemptFailed(tr("a read from the board failed"));
        else
            attemptFailed(tr("the file-transfer service failed"));
    });
    setStep(Step::DiscoveringDetails);
    // The values are read when needed; reading them all here would only slow every attempt.
    m_service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
}

void BoardTransfer::onServiceStateChanged()
{
    if (m_step != Step::DiscoveringDetails || m_service->state() != QLowEnergyService::RemoteServiceDiscovered)
        return;
    for (TransferCharacteristic id :
         {TransferCharacteristic::FileBlock, TransferCharacteristic::FileLength, TransferCharacteristic::MaximumLength,
          TransferCharacteristic::Checksum, TransferCharacteristic::Command, TransferCharacteristic::Status,
          TransferCharacteristic::ErrorMessage}) {
        if (!characteristic(id).isValid()) {
            attemptFailed(tr("the board's file-transfer service lacks characteristic %1")
                              .arg(quint16(id), 4, 16, QLatin1Char('0')),
                          false);
            return;
        }
    }
    m_notifying = {TransferCharacteristic::Status, TransferCharacteristic::ErrorMessage};
    // Optional: the paper's firmware has no model status, and still takes files.
    m_hasModelStatus = characteristic(TransferCharacteristic::ModelStatus)
                           .descriptor(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)
                           .isValid();
    if (m_hasModelStatus)
        m_notifying << TransferCharacteristic::ModelStatus;
    setStep(Step::Subscribing);
    subscribeNext();
}

void BoardTransfer::subscribeNext()
{
    if (m_subscribed == m_notifying.size()) {
        setStep(Step::ReadingMaximum);
        read(TransferCharacteristic::MaximumLength);
        return;
    }
    const QLowEnergyDescriptor cccd =
        characteristic(m_notifying.at(m_subscribed))
            .descriptor(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);
    if (!cccd.isValid()) {
        attemptFailed(tr("the board cannot notify characteristic %1")
                          .arg(quint16(m_notifying.at(m_subscribed)), 4, 16, QLatin1Char('0')),
                      false);
        return;
    }
    setStep(Step::Subscribing);
    m_service->writeDescriptor(cccd, QLowEnergyCharacteristic::CCCDEnableNotification);
}

void BoardTransfer::onDescriptorWritten()
{
    if (m_step != Step::Subscribing)
        return;
    ++m_subscribed;
    subscribeNext();
}

void BoardTransfer::onCharacteristicRead(const QLowEnergyCharacteristic &c, const QByteArray &value)
{
    if (m_step == Step::ReadingMaximum && c.uuid() == characteristicUuid(TransferCharacteristic::MaximumLength)) {
        const std::optional<quint32> maximum = uint32Value(value);
        if (!maximum) {
            attemptFailed(tr("the board's maximum file length is not a 32-bit number"), false);
        } else if (quint64(m_file.size()) > *maximum) {
            attemptFailed(
                tr("the model is %1 bytes; the board takes at most %2 bytes").arg(m_file.size()).arg(*maximum), false);
        } else {
            // A dropped link leaves the firmware inside a transfer: cancel whatever is there.
            // Its answer ("cancelled", or nothing when there was nothing to cancel) is ignored:
            // the start is judged by the status read after it.
            setStep(Step::Clearing);
            write(TransferCharacteristic::Command, uint32Bytes(quint32(TransferCommand::Cancel)));
        }
    } else if (m_step == Step::CheckingStart && c.uuid() == characteristicUuid(TransferCharacteristic::Status)) {
        const quint32 status = uint32Value(value).value_or(quint32(-1));
        if (status == quint32(TransferStatus::InProgress))
            startSending();
        else if (status == quint32(TransferStatus::Error))
            boardReportedError();
        else
            attemptFailed(
                tr("the board did not start the transfer (status %1)").arg(QString::fromLatin1(value.toHex())));
    } else if (m_step == Step::ReadingVerdict && c.uuid() == characteristicUuid(TransferCharacteristic::Status)) {
        onStatus(uint32Value(value).value_or(quint32(-1)));
        if (m_step == Step::ReadingVerdict)
            attemptFailed(tr("the board did not confirm the file within %1 s").arg(m_options.verifyTimeoutMs / 1000.0));
    } else if (m_step == Step::ReadingErrorText
               && c.uuid() == characteristicUuid(TransferCharacteristic::ErrorMessage)) {
        finishWithBoardError(errorText(value));
    } else if (m_step == Step::Loading && c.uuid() == characteristicUuid(TransferCharacteristic::ModelStatus)) {
        onModelStatus(value);
    }
}

void BoardTransfer::onCharacteristicWritten(const QLowEnergyCharacteristic &c)
{
    const auto is = [&c](TransferCharacteristic id) { return c.uuid() == characteristicUuid(id); };
    switch (m_step) {
    case Step::Clearing:
        if (is(TransferCharacteristic::Command)) {
            setStep(Step::WritingLength);
            write(TransferCharacteristic::FileLength, uint32Bytes(quint32(m_file.size())));
        }
        break;
    case Step::WritingLength:
        if (is(TransferCharacteristic::FileLength)) {
            setStep(Step::WritingChecksum);
            write(TransferCharacteristic::Checksum, uint32Bytes(m_checksum));
        }
        break;
    case Step::WritingChecksum:
        if (is(TransferCharacteristic::Checksum)) {
            setStep(Step::Starting);
            write(TransferCharacteristic::Command, uint32Bytes(quint32(TransferCommand::Start)));
        }
        break;
    case Step::Starting:
        // The firmware answers the start before the write is acknowledged; the status it holds
        // now is its answer.
        if (is(TransferCharacteristic::Command)) {
            setStep(Step::CheckingStart);
            read(TransferCharacteristic::Status);
        }
        break;
    case Step::SendingBlocks:
        if (is(TransferCharacteristic::FileBlock)) {
            ++m_blocksSent;
            emitProgress(m_blocksSent == m_blockCount);
            if (m_blocksSent < m_blockCount) {
                sendNextBlock();
            } else if (m_verdictSuccess) {
                succeed();
            } else {
                m_state = TransferState::Verifying;
                emit stateChanged(m_state, QString());
                setStep(Step::Verifying, m_options.verifyTimeoutMs);
            }
        }
        break;
    default: break;
    }
}

void BoardTransfer::onCharacteristicChanged(const QLowEnergyCharacteristic &c, const QByteArray &value)
{
    if (c.uuid() == characteristicUuid(TransferCharacteristic::ErrorMessage)) {
        if (m_step == Step::AwaitingErrorText)
            finishWithBoardError(errorText(value));
    } else if (c.uuid() == characteristicUuid(TransferCharacteristic::Status)) {
        const std::optional<quint32> status = uint32Value(value);
        if (status)
            onStatus(*status);
    } else if (c.uuid() == characteristicUuid(TransferCharacteristic::ModelStatus)) {
        onModelStatusNotified(value);
    }
}

void BoardTransfer::onStatus(quint32 status)
{
    switch (m_step) {
    case Step::Starting:
    case Step::CheckingStart:
        // Decided by the status read once the start is acknowledged: a notification now may
        // still be the answer to the clearing cancel.
        break;
    case Step::SendingBlocks:
        // Success counts only once every block is acknowledged: the last write's answer may
        // still be on its way.
        if (status == quint32(TransferStatus::Success))
            m_verdictSuccess = true;
        else if (status == quint32(TransferStatus::Error))
            boardReportedError();
        break;
    case Step::Verifying:
    case Step::ReadingVerdict:
        if (status == quint32(TransferStatus::Success))
            succeed();
        else if (status == quint32(TransferStatus::Error))
            boardReportedError();
        break;
    default: break; // before the start (the clearing cancel's answer) or after an error: not ours
    }
}

void BoardTransfer::startSending()
{
    m_state = TransferState::Sending;
    emit stateChanged(m_state, QString());
    m_sendingClock.start();
    m_progressClock.start();
    setStep(Step::SendingBlocks);
    sendNextBlock();
}

void BoardTransfer::sendNextBlock()
{
    setStep(Step::SendingBlocks);
    write(TransferCharacteristic::FileBlock, m_file.mid(qsizetype(m_blocksSent) * kBlockBytes, kBlockBytes));
}

void BoardTransfer::boardReportedError()
{
    // The text follows the status in a second notification, or only sits in the characteristic.
    setStep(Step::AwaitingErrorText, m_options.errorTextWaitMs);
}

void BoardTransfer::finishWithBoardError(const QString &text)
{
    attemptFailed(tr("the board reported an error: %1").arg(text.isEmpty() ? tr("(no message)") : text));
}

void BoardTransfer::startLoading()
{
    // The file is on the board: the transfer's deadline is met; the load has its own timeout.
    m_deadline->stop();
    m_error.clear();
    m_state = TransferState::Loading;
    emit stateChanged(m_state, QString());
    setStep(Step::Loading, m_options.loadTimeoutMs);
    // The board may have finished before the subscription saw it: its value is the answer then.
    read(TransferCharacteristic::ModelStatus);
}

void BoardTransfer::onModelStatusNotified(const QByteArray &value)
{
    if (m_step != Step::Loading)
        return;
    // A notification may be cut to the link's MTU (the error text, even the figures): a final
    // state is worth reading whole.
    const std::optional<ModelState> state = notifiedModelState(value);
    if (state == ModelState::Running || state == ModelState::Failed)
        read(TransferCharacteristic::ModelStatus);
}

void BoardTransfer::onModelStatus(const QByteArray &value)
{
    const std::optional<ModelStatus> status = parseModelStatus(value);
    // An earlier model's status, or this one's still loading: the notification of the final
    // one is still to come.
    if (!status || !status->isFinal() || !status->describes(m_file))
        return;
    m_modelStatus = status;
    if (status->state == ModelState::Running) {
        m_outcome = DeployOutcome::Running;
        finish(TransferState::Done, QString());
        return;
    }
    m_outcome = DeployOutcome::LoadFailed;
    // The same file fails the same way again: no retry.
    finish(
        TransferState::Failed,
        tr("the board could not load the model: %1").arg(status->error.isEmpty() ? tr("(no message)") : status->error));
}

void BoardTransfer::finishLoadUnanswered(const QString &why)
{
    // A board that reports its model's status and went quiet while loading may have halted (TFLM
    // aborts on some models) or reset: it does not run the model as far as anyone can tell.
    m_outcome = DeployOutcome::LoadFailed;
    finish(TransferState::Failed, tr("%1 (it may have halted or reset)").arg(why));
}

void BoardTransfer::finishUnconfirmed(const QString &why)
{
    m_outcome = DeployOutcome::Unconfirmed;
    finish(TransferState::Done, why);
}

void BoardTransfer::onStepTimeout()
{
    switch (m_step) {
    case Step::Loading:
        finishLoadUnanswered(tr("the board said it was loading the model and reported nothing more within %1 s")
                                 .arg(m_options.loadTimeoutMs / 1000.0));
        break;
    case Step::Connecting:
        attemptFailed(tr("no connection within %1 s").arg(m_options.connectTimeoutMs / 1000.0));
        break;
    case Step::Finding: attemptFailed(tr("the board was not found nearby (is it on and in range?)")); break;
    case Step::AwaitingErrorText:
        setStep(Step::ReadingErrorText);
        read(TransferCharacteristic::ErrorMessage);
        break;
    case Step::Verifying:
        setStep(Step::ReadingVerdict);
        read(TransferCharacteristic::Status);
        break;
    case Step::ReadingErrorText: finishWithBoardError(QString()); break;
    default: attemptFailed(tr("the board stopped answering")); break;
    }
}

void BoardTransfer::write(TransferCharacteristic id, const QByteArray &value)
{
    // With response: the firmware's write-only characteristics drop ATT write commands.
    m_service->writeCharacteristic(characteristic(id), value, QLowEnergyService::WriteWithResponse);
}

void BoardTransfer::read(TransferCharacteristic id)
{
    m_service->readCharacteristic(characteristic(id));
}

QLowEnergyCharacteristic BoardTransfer::characteristic(TransferCharacteristic id) const
{
    return m_service ? m_service->characteristic(characteristicUuid(id)) : QLowEnergyCharacteristic();
}

void BoardTransfer::attemptFailed(const QString &reason, bool retry)
{
    if (m_step == Step::Idle)
        return; // the link already went with an earlier failure
    if (m_step == Step::Loading) {
        // The file arrived: sending it again would not tell more than the board already knows.
        finishLoadUnanswered(tr("the board stopped answering while loading the model: %1").arg(reason));
        return;
    }
    m_step = Step::Idle;
    m_stepTimer->stop();
    m_error = reason;
    releaseLink();
    if (!retry || m_attempt >= m_options.attempts) {
        finish(TransferState::Failed, m_attempt > 1 ? tr("%1 (after %2 attempts)").arg(reason).arg(m_attempt) : reason);
        return;
    }
    m_state = TransferState::Connecting;
    emit stateChanged(m_state, tr("retrying after: %1").arg(reason));
    m_retryTimer->start(m_options.backoffMs << qMin(m_attempt - 1, 6));
}

void BoardTransfer::succeed()
{
    if (m_blocksSent != m_blockCount)
        return;
    m_error.clear();
    if (m_hasModelStatus) {
        startLoading();
        return;
    }
    finishUnconfirmed(tr("delivered; the board does not report whether the model runs"));
}

void BoardTransfer::finish(TransferState state, const QString &error)
{
    m_step = Step::Idle;
    m_stepTimer->stop();
    m_retryTimer->stop();
    m_deadline->stop();
    releaseLink();
    m_state = state;
    m_error = error;
    if (state == TransferState::Cancelled)
        m_outcome = DeployOutcome::Cancelled;
    else if (state == TransferState::Failed && m_outcome != DeployOutcome::LoadFailed)
        m_outcome = DeployOutcome::TransferFailed;
    else if (state == TransferState::Done && m_outcome == DeployOutcome::Pending)
        m_outcome = DeployOutcome::Unconfirmed;
    emitProgress(true);
    emit stateChanged(state, error);
    emit finished(state == TransferState::Done, error);
}

void BoardTransfer::releaseLink()
{
    stopFinder();
    // Signals from the old link must not reach a later attempt.
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
    }
    if (m_controller) {
        m_controller->disconnect(this);
        if (m_controller->state() == QLowEnergyController::UnconnectedState) {
            m_controller->deleteLater();
        } else {
            // Goes once BlueZ confirms the disconnection (or gives up on it).
            // It outlives this transfer when need be, so that it is not destroyed while connected.
            QLowEnergyController *controller = m_controller;
            controller->setParent(nullptr);
            m_closing = controller;
            connect(controller, &QLowEnergyController::disconnected, controller, &QObject::deleteLater);
            connect(controller, &QLowEnergyController::errorOccurred, controller, &QObject::deleteLater);
            QTimer::singleShot(3000, controller, &QObject::deleteLater);
            controller->disconnectFromDevice();
        }
    }
    m_service = nullptr;
    m_controller = nullptr;
}

void BoardTransfer::emitProgress(bool force)
{
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < 100)
        return;
    if (m_progressClock.isValid())
        m_progressClock.restart();
    emit progressChanged(progress());
}

} // namespace tinyml::deploy
