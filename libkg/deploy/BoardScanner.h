// Finds boards that advertise the file-transfer service over Bluetooth LE.
#pragma once

#include <QBluetoothAddress>
#include <QObject>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothDeviceInfo;

namespace tinyml::deploy {

struct FoundBoard {
    QBluetoothAddress address;
    QString name;
    qint16 rssi = 0;
};

class BoardScanner : public QObject
{
    Q_OBJECT
public:
    explicit BoardScanner(QObject *parent = nullptr);
    ~BoardScanner() override;

    // Scans for `timeoutMs`; found() for each board (again when its signal changes).
    void start(int timeoutMs = 8000);
    void stop();
    bool isActive() const;

signals:
    void found(const tinyml::deploy::FoundBoard &board);
    void finished(const QString &error); // empty when the scan ran its course

private:
    void consider(const QBluetoothDeviceInfo &info);

    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
};

} // namespace tinyml::deploy

Q_DECLARE_METATYPE(tinyml::deploy::FoundBoard)
