// The radio boundary for deployment tests: a private D-Bus system bus (a dbus-daemon of our own
// on a unix socket in a temporary folder) and tinyml-board-sim serving org.bluez on it. Both are
// stopped by PID when the objects go.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tinyml::test {

// The address of the n-th board tinyml-board-sim serves with --boards (n from 1).
QString simulatedBoardAddress(int n);

class PrivateSystemBus
{
public:
    PrivateSystemBus() = default;
    ~PrivateSystemBus();
    // Starts dbus-daemon; false with *error when it cannot.
    bool start(QString *error);
    QString address() const { return m_address; }
    // Points this process's Qt Bluetooth at the bus (call before any Bluetooth object exists).
    void useForThisProcess() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_daemon;
    QString m_address;
};

class BoardSimulator
{
public:
    explicit BoardSimulator(const PrivateSystemBus &bus) : m_bus(bus) { }
    ~BoardSimulator();

    // Starts tinyml-board-sim (TINYML_BOARD_SIM names it) with `arguments` plus --save-dir, and
    // waits until it serves its boards.
    bool start(const QStringList &arguments, QString *error);
    void stop();
    QString saveDirectory() const { return m_saveDir.path(); }
    // The files each board received whole, in order, read from the save folder.
    QList<QByteArray> filesReceivedBy(const QString &address) const;
    QString output() const;

private:
    const PrivateSystemBus &m_bus;
    QTemporaryDir m_saveDir;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
};

} // namespace tinyml::test
