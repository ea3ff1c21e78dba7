// tinyml-board-sim: boards that speak the BLE file-transfer protocol of the paper's demo
// firmware, served as a mock BlueZ (org.bluez) on a D-Bus bus, so that TinyML Manager deploys
// to them through Qt Bluetooth's BlueZ backend without a radio. Faults can be injected. With
// --run-models the boards run our firmware's core on an emulated Cortex-M4 on each model they
// receive and report what became of it.
#include "MockBluez.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace tinyml::boardsim;

namespace {

QString addressOf(int index)
{
    return QStringLiteral("C0:FF:EE:00:%1:%2")
        .arg((index + 1) / 256, 2, 16, QLatin1Char('0'))
        .arg((index + 1) % 256, 2, 16, QLatin1Char('0'))
        .toUpper();
}

bool parseInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= 0;
}

// Applies "key=value" (or a bare flag) to a fault plan; false with *error on a bad option.
bool applyFault(const QString &key, const QString &value, FaultPlan *plan, QString *error)
{
    int n = 0;
    const bool numeric = parseInt(value, &n);
    auto needNumber = [&](int *target) {
        if (!numeric) {
            *error = QStringLiteral("%1 needs a whole number, not '%2'").arg(key, value);
            return false;
        }
        *target = n;
        return true;
    };
    if (key == QLatin1String("drop-after-blocks"))
        return needNumber(&plan->dropAfterBlocks);
    if (key == QLatin1String("drop-after-ms"))
        return needNumber(&plan->dropAfterMs);
    if (key == QLatin1String("slow-write-ms"))
        return needNumber(&plan->slowWriteMs);
    if (key == QLatin1String("faulty-connections"))
        return needNumber(&plan->faultyConnections);
    if (key == QLatin1String("max-length")) {
        int length = 0;
        if (!needNumber(&length))
            return false;
        plan->maximumLength = quint32(length);
        plan->maximumLengthGiven = true;
        return true;
    }
    if (key == QLatin1String("corrupt-byte"))
        plan->corruptByte = true;
    else if (key == QLatin1String("refuse-connection"))
        plan->refuseConnection = true;
    else if (key == QLatin1String("stale-transfer"))
        plan->staleTransfer = true;
    else if (key == QLatin1String("silent-error-text"))
        plan->silentErrorText = true;
    else if (key == QLatin1String("silent-verdict"))
        plan->silentVerdict = true;
    else {
        *error = QStringLiteral("unknown fault '%1'").arg(key);
        return false;
    }
    return true;
}

// "C0:FF:EE:00:00:07,drop-after-blocks=10,faulty-connections=1"
bool parseBoard(const QString &text, const BoardSpec &defaults, BoardSpec *spec, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    *spec = defaults;
    spec->address = parts.first().trimmed().toUpper();
    static const QRegularExpression address(QStringLiteral("^([0-9A-F]{2}:){5}[0-9A-F]{2}$"));
    if (!address.match(spec->address).hasMatch()) {
        *error = QStringLiteral("'%1' is not a Bluetooth address (XX:XX:XX:XX:XX:XX)").arg(parts.first());
        return false;
    }
    for (const QString &part : parts.mid(1)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        if (key == QLatin1String("name")) {
            spec->name = part.section(QLatin1Char('='), 1);
            continue;
        }
        if (key == QLatin1String("legacy")) {
            spec->legacy = true;
            continue;
        }
        if (key == QLatin1String("ram-kb")) {
            if (!parseInt(part.section(QLatin1Char('='), 1).trimmed(), &spec->arenaKb) || spec->arenaKb < 1) {
                *error =
                    QStringLiteral("ram-kb needs a number of KiB, not '%1'").arg(part.section(QLatin1Char('='), 1));
                return false;
            }
            continue;
        }
        if (!applyFault(key, part.section(QLatin1Char('='), 1).trimmed(), &spec->faults, error))
            return false;
    }
    return true;
}

// SIGTERM and SIGINT end the event loop through a pipe: a signal handler may only write().
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnTermination(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tinyml-board-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated TinyML boards for TinyML Manager: a mock BlueZ (org.bluez) on a D-Bus bus whose boards "
        "receive models over the BLE file-transfer protocol of the paper's demo firmware.\n\n"
        "Run it on a private bus and start TinyML Manager with DBUS_SYSTEM_BUS_ADDRESS pointing to the "
        "same bus and BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66 (packaging/try-deploy.sh does both).\n\n"
        "Faults (as options for every board, or per board in --board): drop-after-blocks=N, drop-after-ms=N, "
        "corrupt-byte, refuse-connection, stale-transfer, silent-error-text, silent-verdict, slow-write-ms=N, "
        "max-length=BYTES, "
        "faulty-connections=N (link faults and corruption hit only the first N connections).\n\n"
        "With --run-models every board serves the model status (0x3007) as our firmware does, and runs each file "
        "it receives whole on the firmware's core under qemu-system-arm (at most two at once), with a tensor arena "
        "of --ram-kb KiB, or ram-kb=N in --board (default 192: the 256 KiB of a Nano 33 BLE Sense less the 64 KiB "
        "the sketch needs, an estimate) and take files up to their model slot's 444 KiB (max-length overrides "
        "it). legacy in --board keeps a board on the paper's firmware: no model "
        "status. Prints 'loading ADDRESS BYTES crc HEX' when a file goes to the loader and "
        "'ran ADDRESS running arena USED of ARENA invoke_us N' or 'ran ADDRESS failed arena ARENA: REASON' "
        "when it is done."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption busOption(
        QStringLiteral("bus"), QStringLiteral("The bus: system (default, as bluetoothd), session, or a D-Bus address."),
        QStringLiteral("BUS"), QStringLiteral("system"));
    const QCommandLineOption boardsOption(
        QStringLiteral("boards"), QStringLiteral("How many boards to simulate (default 1), at C0:FF:EE:00:00:01 on."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption boardOption(
        QStringLiteral("board"),
        QStringLiteral("A board at ADDRESS with its own faults: ADDRESS[,name=NAME][,fault[=value]...]. Repeatable; "
                       "replaces --boards."),
        QStringLiteral("SPEC"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The boards' advertised name."),
                                        QStringLiteral("NAME"), QStringLiteral("Nano 33 BLE Sense"));
    const QCommandLineOption forgetOption(
        QStringLiteral("forget-after-ms"),
        QStringLiteral("Boards appear when a scan sees them and are forgotten this long after it ends unless "
                       "connected, as bluetoothd does (default 30000)."),
        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption saveOption(
        QStringLiteral("save-dir"),
        QStringLiteral("Write each file a board receives whole to DIR/<address>-<n>.tflite."), QStringLiteral("DIR"));
    const QCommandLineOption runModelsOption(
        QStringLiteral("run-models"),
        QStringLiteral("Boards serve the model status and run the models they receive on the emulated Cortex-M4."));
    const QCommandLineOption ramOption(
        QStringLiteral("ram-kb"),
        QStringLiteral("Each board's tensor arena in KiB with --run-models (default %1: 256 KiB of RAM less the "
                       "sketch's 64 KiB).")
            .arg(kDefaultArenaKb),
        QStringLiteral("N"), QString::number(kDefaultArenaKb));
    const QCommandLineOption runnerOption(
        QStringLiteral("firmware-runner"),
        QStringLiteral("The script that runs the firmware core on a model under qemu-system-arm (default: %1).")
            .arg(FirmwareRunner::defaultScript()),
        QStringLiteral("PATH"), FirmwareRunner::defaultScript());
    parser.addOptions({busOption, boardsOption, boardOption, nameOption, forgetOption, saveOption, runModelsOption,
                       ramOption, runnerOption});
    const QStringList numericFaults = {QStringLiteral("drop-after-blocks"), QStringLiteral("drop-after-ms"),
                                       QStringLiteral("slow-write-ms"), QStringLiteral("faulty-connections"),
                                       QStringLiteral("max-length")};
    const QStringList flagFaults = {QStringLiteral("corrupt-byte"), QStringLiteral("refuse-connection"),
                                    QStringLiteral("stale-transfer"), QStringLiteral("silent-error-text"),
                                    QStringLiteral("silent-verdict")};
    for (const QString &fault : numericFaults)
        parser.addOption(
            QCommandLineOption(fault, QStringLiteral("Fault for every board (see above)."), QStringLiteral("N")));
    for (const QString &fault : flagFaults)
        parser.addOption(QCommandLineOption(fault, QStringLiteral("Fault for every board (see above).")));
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "tinyml-board-sim: %s\n", qPrintable(message));
        return 2;
    };
    FaultPlan defaults;
    QString error;
    for (const QString &fault : numericFaults) {
        if (parser.isSet(fault) && !applyFault(fault, parser.value(fault), &defaults, &error))
            return fail(error);
    }
    for (const QString &fault : flagFaults) {
        if (parser.isSet(fault))
            applyFault(fault, QString(), &defaults, &error);
    }
    BoardSpec defaultSpec;
    defaultSpec.name = parser.value(nameOption);
    defaultSpec.faults = defaults;
    if (!parseInt(parser.value(ramOption), &defaultSpec.arenaKb) || defaultSpec.arenaKb < 1)
        return fail(QStringLiteral("--ram-kb needs a number of KiB, not '%1'").arg(parser.value(ramOption)));
    QList<BoardSpec> specs;
    for (const QString &text : parser.values(boardOption)) {
        BoardSpec spec;
        if (!parseBoard(text, defaultSpec, &spec, &error))
            return fail(error);
        specs << spec;
    }
    if (specs.isEmpty()) {
        int count = 0;
        if (!parseInt(parser.value(boardsOption), &count) || count < 1 || count > 65000)
            return fail(QStringLiteral("--boards needs a number from 1 to 65000"));
        for (int i = 0; i < count; ++i) {
            BoardSpec spec = defaultSpec;
            spec.address = addressOf(i);
            specs << spec;
        }
    }
    std::unique_ptr<FirmwareRunner> runner;
    if (parser.isSet(runModelsOption)) {
        const QString script = parser.value(runnerOption);
        if (const QString missing = FirmwareRunner::missing(script); !missing.isEmpty())
            return fail(QStringLiteral("--run-models: %1").arg(missing));
        runner = std::make_unique<FirmwareRunner>(script);
        for (BoardSpec &spec : specs) {
            if (!spec.legacy && !spec.faults.maximumLengthGiven)
                spec.faults.maximumLength = kModelSlotBytes;
        }
    }
    const QString saveDirectory = parser.value(saveOption);
    if (!saveDirectory.isEmpty() && !QDir().mkpath(saveDirectory))
        return fail(QStringLiteral("cannot create the folder %1").arg(saveDirectory));

    const QString bus = parser.value(busOption);
    QDBusConnection connection = bus == QLatin1String("system") ? QDBusConnection::systemBus()
        : bus == QLatin1String("session")                       ? QDBusConnection::sessionBus()
                                          : QDBusConnection::connectToBus(bus, QStringLiteral("tinyml-board-sim"));
    if (!connection.isConnected())
        return fail(QStringLiteral("cannot connect to the %1 bus: %2").arg(bus, connection.lastError().message()));

    int forgetAfterMs = 0;
    if (!parseInt(parser.value(forgetOption), &forgetAfterMs))
        return fail(QStringLiteral("--forget-after-ms needs a number of milliseconds"));
    MockBluez bluez(connection, saveDirectory);
    bluez.setForgetAfterMs(forgetAfterMs);
    if (runner)
        bluez.setFirmwareRunner(runner.get());
    for (const BoardSpec &spec : std::as_const(specs))
        bluez.addBoard(spec);
    if (!connection.registerVirtualObject(QStringLiteral("/"), &bluez, QDBusConnection::SubPath))
        return fail(QStringLiteral("cannot serve objects on the bus: %1").arg(connection.lastError().message()));
    if (!connection.registerService(QStringLiteral("org.bluez")))
        return fail(QStringLiteral(
                        "cannot own the name org.bluez (is bluetoothd or another simulator running on this bus?): %1")
                        .arg(connection.lastError().message()));

    QObject::connect(&bluez, &MockBluez::fileReceived, [](const QString &address, const QString &path, int bytes) {
        std::printf("received %s %d bytes%s%s\n", qPrintable(address), bytes, path.isEmpty() ? "" : " ",
                    qPrintable(path));
        std::fflush(stdout);
    });
    QObject::connect(&bluez, &MockBluez::loadingStarted, [](const QString &address, int bytes, quint32 crc) {
        std::printf("loading %s %d crc %08x\n", qPrintable(address), bytes, crc);
        std::fflush(stdout);
    });
    QObject::connect(&bluez, &MockBluez::loadEnded, [](const QString &address, const QString &result) {
        std::printf("ran %s %s\n", qPrintable(address), qPrintable(result));
        std::fflush(stdout);
    });
    for (const BoardSpec &spec : std::as_const(specs)) {
        const QString firmware = !runner ? QString()
            : spec.legacy                ? QStringLiteral("; legacy firmware, no model status")
                                         : QStringLiteral("; runs models in a %1 KiB arena").arg(spec.arenaKb);
        std::printf("board %s \"%s\": %s%s\n", qPrintable(spec.address), qPrintable(spec.name),
                    qPrintable(spec.faults.describe()), qPrintable(firmware));
    }
    std::printf("ready: %lld board(s) as org.bluez on the %s bus\n", qlonglong(specs.size()), qPrintable(bus));
    std::fflush(stdout);

    quitOnTermination(app);
    return app.exec();
}
