// A stand-in for bluetoothd on a D-Bus bus: org.bluez with one adapter and one device per
// simulated board, each serving the file-transfer GATT service, as BlueZ's D-Bus API presents
// a remote LE device to a central. Qt Bluetooth's BlueZ backend talks to it exactly as it talks
// to bluetoothd; only the radio is missing.
#pragma once

#include "FirmwareRunner.h"
#include "SimulatedBoard.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QMap>
#include <QVariantMap>

#include <memory>
#include <vector>

class QTimer;

namespace tinyml::boardsim {

// 256 KiB of RAM on a Nano 33 BLE Sense, less the 64 KiB the sketch itself needs (an estimate).
constexpr int kDefaultArenaKb = 192;
// Our firmware's model slot: the top 448 KiB of the flash less its header page
// (resources/firmware, BoardLayout.h). The firmware refuses a larger file at the start.
constexpr quint32 kModelSlotBytes = 444 * 1024;

struct BoardSpec {
    QString address; // "C0:FF:EE:00:00:01"
    QString name;
    FaultPlan faults;
    int arenaKb = kDefaultArenaKb; // the tensor arena, when the board runs models
    bool legacy = false;           // the paper's firmware: no model status even when models run
};

class MockBluez : public QDBusVirtualObject
{
    Q_OBJECT
public:
    // Files that arrive whole go to `saveDirectory` (when set) as <address>-<n>.tflite.
    MockBluez(const QDBusConnection &bus, const QString &saveDirectory, QObject *parent = nullptr);
    ~MockBluez() override;

    // With a runner, every board but the legacy ones serves the model status and runs the models
    // it receives on it. Set before adding boards.
    void setFirmwareRunner(FirmwareRunner *runner);
    void addBoard(const BoardSpec &spec);
    static QString adapterPath();
    // As bluetoothd, boards appear when a discovery sees them advertising and are forgotten
    // this long after the discovery ends, unless connected.
    void setForgetAfterMs(int ms) { m_forgetAfterMs = ms; }

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

signals:
    void fileReceived(const QString &address, const QString &path, int bytes);
    void loadingStarted(const QString &address, int bytes, quint32 crc);
    // `result`: "running arena ...", "failed arena ...", or what stopped the emulation.
    void loadEnded(const QString &address, const QString &result);

private:
    struct Node {
        QMap<QString, QVariantMap> interfaces;
        int board = -1;
        Characteristic characteristic = Characteristic::FileBlock;
        bool isCharacteristic = false;
    };
    struct Board {
        BoardSpec spec;
        std::unique_ptr<SimulatedBoard> firmware;
        QString devicePath;
        QMap<Characteristic, QString> characteristicPaths;
        bool connected = false;
        QTimer *dropTimer = nullptr;
        QList<QDBusMessage> pendingReplies; // block writes answered late
        int filesReceived = 0;
        int links = 0;          // links dropped so far
        bool published = false; // seen by a discovery and not forgotten since
        QTimer *forgetTimer = nullptr;
    };

    void addNode(const QString &path, const QString &interface, const QVariantMap &properties, int board = -1);
    void setProperty(const QString &path, const QString &interface, const QString &name, const QVariant &value);
    void sendPropertyChanged(const QString &path, const QString &interface, const QString &name, const QVariant &value);
    // Sets a property at once and announces the change from the event loop, after the reply to
    // the call that caused it, as bluetoothd does.
    void announce(const QString &path, const QString &interface, const QString &name, const QVariant &value);
    bool isVisible(const QString &path) const;
    void publish(Board &board);
    void forget(Board &board);
    void reply(const QDBusMessage &message, const QVariantList &arguments = {});
    void replyError(const QDBusMessage &message, const QString &name, const QString &text);

    bool handleProperties(const QDBusMessage &message);
    bool handleObjectManager(const QDBusMessage &message);
    bool handleAdapter(const QDBusMessage &message);
    bool handleDevice(const QDBusMessage &message, Board &board);
    bool handleCharacteristic(const QDBusMessage &message, Board &board, Characteristic c);
    void connectBoard(Board &board);
    void dropLink(Board &board);
    void notify(int boardIndex, Characteristic c, const QByteArray &value);
    void saveFile(int boardIndex, const QByteArray &file);
    void onLoaded(int boardIndex, quint64 token, const FirmwareRun &run);

    QDBusConnection m_bus;
    QString m_saveDirectory;
    QMap<QString, Node> m_nodes; // by object path
    std::vector<std::unique_ptr<Board>> m_boards;
    int m_forgetAfterMs = 30000;
    bool m_discovering = false;
    FirmwareRunner *m_runner = nullptr;
};

} // namespace tinyml::boardsim
