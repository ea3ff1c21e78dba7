#include "BoardSimulator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <csignal>

#include <sys/prctl.h>

namespace tinyml::test {

namespace {

// The bus and the simulator end with the test even when it is killed or aborts.
void endWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

} // namespace

QString simulatedBoardAddress(int n)
{
    return QStringLiteral("C0:FF:EE:00:%1:%2")
        .arg(n / 256, 2, 16, QLatin1Char('0'))
        .arg(n % 256, 2, 16, QLatin1Char('0'))
        .toUpper();
}

PrivateSystemBus::~PrivateSystemBus()
{
    stopProcess(m_daemon.get());
}

bool PrivateSystemBus::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for the bus");
        return false;
    }
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    // A bus for this test alone: anyone may own names and send anything.
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig>\n"
                              "  <type>custom</type>\n"
                              "  <listen>unix:path=%1</listen>\n"
                              "  <auth>EXTERNAL</auth>\n"
                              "  <policy context=\"default\">\n"
                              "    <allow user=\"*\"/>\n"
                              "    <allow own=\"*\"/>\n"
                              "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                              "    <allow eavesdrop=\"true\"/>\n"
                              "  </policy>\n"
                              "</busconfig>\n")
                   .arg(m_dir.filePath(QStringLiteral("bus")))
                   .toUtf8());
    file.close();
    m_daemon = std::make_unique<QProcess>();
    endWithParent(m_daemon.get());
    m_daemon->setProgram(QStringLiteral("dbus-daemon"));
    m_daemon->setArguments(
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    m_daemon->start();
    if (!m_daemon->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start dbus-daemon: %1").arg(m_daemon->errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_daemon->canReadLine() && !deadline.hasExpired() && m_daemon->state() == QProcess::Running)
        m_daemon->waitForReadyRead(200);
    m_address = QString::fromUtf8(m_daemon->readLine()).trimmed();
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon did not print its address: %1")
                     .arg(QString::fromUtf8(m_daemon->readAllStandardError()));
        return false;
    }
    return true;
}

void PrivateSystemBus::useForThisProcess() const
{
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    // The mock is not bluetoothd: tell Qt which BlueZ it speaks to instead of asking the process.
    qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", "5.66");
}

BoardSimulator::~BoardSimulator()
{
    stop();
}

bool BoardSimulator::start(const QStringList &arguments, QString *error)
{
    stop();
    const QString program = qEnvironmentVariable("TINYML_BOARD_SIM");
    if (program.isEmpty()) {
        *error = QStringLiteral("TINYML_BOARD_SIM does not name tinyml-board-sim");
        return false;
    }
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    endWithParent(m_process.get());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, QStringList(arguments) << QStringLiteral("--save-dir") << m_saveDir.path());
    QDeadlineTimer deadline(15000);
    while (!m_output.contains("ready:") && !deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        m_output += m_process->readAll();
    }
    if (!m_output.contains("ready:")) {
        *error = QStringLiteral("tinyml-board-sim did not start: %1")
                     .arg(QString::fromUtf8(m_output + m_process->readAll()));
        stop();
        return false;
    }
    return true;
}

void BoardSimulator::stop()
{
    if (m_process)
        m_output += m_process->readAll();
    stopProcess(m_process.get());
    m_process.reset();
}

QList<QByteArray> BoardSimulator::filesReceivedBy(const QString &address) const
{
    QList<QByteArray> files;
    const QString prefix = QString(address).replace(QLatin1Char(':'), QLatin1Char('_')) + QLatin1Char('-');
    for (int n = 1;; ++n) {
        QFile file(QDir(m_saveDir.path()).filePath(prefix + QString::number(n) + QStringLiteral(".tflite")));
        if (!file.open(QIODevice::ReadOnly))
            break;
        files << file.readAll();
    }
    return files;
}

QString BoardSimulator::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output);
}

} // namespace tinyml::test
