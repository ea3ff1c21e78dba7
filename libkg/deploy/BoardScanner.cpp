#include "deploy/BoardScanner.h"

#include "deploy/FileTransferProtocol.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>

namespace tinyml::deploy {

BoardScanner::BoardScanner(QObject *parent) : QObject(parent) { }

BoardScanner::~BoardScanner() = default;

void BoardScanner::start(int timeoutMs)
{
    // A new agent per scan: one whose adapter failed does not recover.
    delete m_agent;
    m_agent = new QBluetoothDeviceDiscoveryAgent(this);
    m_agent->setLowEnergyDiscoveryTimeout(timeoutMs);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this, &BoardScanner::consider);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info) { consider(info); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] { emit finished(QString()); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this, [this] { emit finished(QString()); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error) {
                emit finished(tr("Bluetooth scan failed: %1").arg(m_agent->errorString()));
            });
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void BoardScanner::stop()
{
    if (isActive())
        m_agent->stop();
}

bool BoardScanner::isActive() const
{
    return m_agent && m_agent->isActive();
}

void BoardScanner::consider(const QBluetoothDeviceInfo &info)
{
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    if (!info.serviceUuids().contains(fileTransferServiceUuid()))
        return;
    emit found(FoundBoard{info.address(), info.name(), info.rssi()});
}

} // namespace tinyml::deploy
