#include "MockBluez.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <QtEndian>

#include <cstdio>

using InterfaceMap = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, InterfaceMap>;
Q_DECLARE_METATYPE(InterfaceMap)
Q_DECLARE_METATYPE(ManagedObjects)

namespace tinyml::boardsim {

namespace {

const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");
const QString kIntrospectable = QStringLiteral("org.freedesktop.DBus.Introspectable");
const QString kAdapter = QStringLiteral("org.bluez.Adapter1");
const QString kDevice = QStringLiteral("org.bluez.Device1");
const QString kService = QStringLiteral("org.bluez.GattService1");
const QString kCharacteristic = QStringLiteral("org.bluez.GattCharacteristic1");
const QString kDescriptor = QStringLiteral("org.bluez.GattDescriptor1");
const QString kFailed = QStringLiteral("org.bluez.Error.Failed");

QString cccdUuid()
{
    return QStringLiteral("00002902-0000-1000-8000-00805f9b34fb");
}

struct CharacteristicShape {
    Characteristic id;
    QStringList flags;
};

// The sketch's characteristics and their properties (BLEWrite, BLERead, BLENotify).
const QList<CharacteristicShape> &characteristicShapes()
{
    static const QList<CharacteristicShape> shapes = {
        {Characteristic::FileBlock, {QStringLiteral("write")}},
        {Characteristic::FileLength, {QStringLiteral("read"), QStringLiteral("write")}},
        {Characteristic::MaximumLength, {QStringLiteral("read")}},
        {Characteristic::Checksum, {QStringLiteral("read"), QStringLiteral("write")}},
        {Characteristic::Command, {QStringLiteral("write")}},
        {Characteristic::TransferStatus, {QStringLiteral("read"), QStringLiteral("notify")}},
        {Characteristic::ErrorMessage, {QStringLiteral("read"), QStringLiteral("notify")}},
        {Characteristic::ModelStatus, {QStringLiteral("read"), QStringLiteral("notify")}},
    };
    return shapes;
}

// A notification carries at most the ATT MTU less 3 bytes; with the smallest MTU (23) a model
// status arrives cut after its figures' start, and the central reads the rest.
constexpr int kNotificationBytes = 20;

// What a final model status says, for the simulator's log.
QString describeModelStatus(const QByteArray &value)
{
    if (value.size() < 32 || value.at(0) != 1)
        return QStringLiteral("no model status");
    const char *bytes = value.constData();
    const auto at = [bytes](int offset) { return qFromLittleEndian<quint32>(bytes + offset); };
    switch (ModelState(quint8(bytes[1]))) {
    case ModelState::Running:
        return QStringLiteral("running arena %1 of %2 invoke_us %3").arg(at(16)).arg(at(20)).arg(at(24));
    case ModelState::Failed: {
        QByteArray text = value.mid(32);
        text.truncate(text.indexOf('\0') < 0 ? text.size() : text.indexOf('\0'));
        return QStringLiteral("failed arena %1: %2").arg(at(20)).arg(QString::fromUtf8(text));
    }
    case ModelState::Empty: return QStringLiteral("empty");
    case ModelState::Loading: return QStringLiteral("loading");
    }
    return QStringLiteral("state %1").arg(quint8(bytes[1]));
}

QString hex4(int n)
{
    return QStringLiteral("%1").arg(n, 4, 16, QLatin1Char('0'));
}

} // namespace

MockBluez::MockBluez(const QDBusConnection &bus, const QString &saveDirectory, QObject *parent)
    : QDBusVirtualObject(parent), m_bus(bus), m_saveDirectory(saveDirectory)
{
    qDBusRegisterMetaType<InterfaceMap>();
    qDBusRegisterMetaType<ManagedObjects>();
    addNode(adapterPath(), kAdapter,
            {{QStringLiteral("Address"), QStringLiteral("00:1A:7D:DA:71:13")},
             {QStringLiteral("AddressType"), QStringLiteral("public")},
             {QStringLiteral("Name"), QStringLiteral("tinyml-board-sim")},
             {QStringLiteral("Alias"), QStringLiteral("tinyml-board-sim")},
             {QStringLiteral("Powered"), true},
             {QStringLiteral("Discoverable"), false},
             {QStringLiteral("Pairable"), false},
             {QStringLiteral("Discovering"), false},
             {QStringLiteral("UUIDs"), QStringList()}});
}

MockBluez::~MockBluez() = default;

QString MockBluez::adapterPath()
{
    return QStringLiteral("/org/bluez/hci0");
}

void MockBluez::setFirmwareRunner(FirmwareRunner *runner)
{
    m_runner = runner;
    connect(runner, &FirmwareRunner::finished, this, &MockBluez::onLoaded);
}

void MockBluez::addBoard(const BoardSpec &spec)
{
    const int index = int(m_boards.size());
    auto board = std::make_unique<Board>();
    board->spec = spec;
    board->devicePath =
        adapterPath() + QStringLiteral("/dev_") + QString(spec.address).replace(QLatin1Char(':'), QLatin1Char('_'));
    const bool runsModels = m_runner && !spec.legacy;
    board->firmware = std::make_unique<SimulatedBoard>(
        spec.faults, runsModels ? quint32(spec.arenaKb) * 1024 : 0,
        [this, index](Characteristic c, const QByteArray &value) { notify(index, c, value); },
        [this, index](const QByteArray &file) { saveFile(index, file); });
    board->dropTimer = new QTimer(this);
    board->dropTimer->setSingleShot(true);
    connect(board->dropTimer, &QTimer::timeout, this, [this, index] { dropLink(*m_boards[size_t(index)]); });
    board->forgetTimer = new QTimer(this);
    board->forgetTimer->setSingleShot(true);
    connect(board->forgetTimer, &QTimer::timeout, this, [this, index] { forget(*m_boards[size_t(index)]); });

    // No "Class": Qt then takes the device for a Bluetooth LE one.
    addNode(board->devicePath, kDevice,
            {{QStringLiteral("Address"), spec.address},
             {QStringLiteral("AddressType"), QStringLiteral("public")},
             {QStringLiteral("Name"), spec.name},
             {QStringLiteral("Alias"), spec.name},
             {QStringLiteral("Adapter"), QVariant::fromValue(QDBusObjectPath(adapterPath()))},
             {QStringLiteral("UUIDs"), QStringList{serviceUuid()}},
             {QStringLiteral("RSSI"), QVariant::fromValue(qint16(-42 - index % 40))},
             {QStringLiteral("Paired"), false},
             {QStringLiteral("Trusted"), false},
             {QStringLiteral("Blocked"), false},
             {QStringLiteral("Connected"), false},
             {QStringLiteral("ServicesResolved"), false}},
            index);

    int handle = 0x000a;
    const QString servicePath = board->devicePath + QStringLiteral("/service") + hex4(handle);
    addNode(servicePath, kService,
            {{QStringLiteral("UUID"), serviceUuid()},
             {QStringLiteral("Primary"), true},
             {QStringLiteral("Device"), QVariant::fromValue(QDBusObjectPath(board->devicePath))}},
            index);
    for (const CharacteristicShape &shape : characteristicShapes()) {
        if (shape.id == Characteristic::ModelStatus && !runsModels)
            continue;
        handle += 1;
        const QString path = servicePath + QStringLiteral("/char") + hex4(handle);
        QVariantMap properties = {{QStringLiteral("UUID"), characteristicUuid(shape.id)},
                                  {QStringLiteral("Service"), QVariant::fromValue(QDBusObjectPath(servicePath))},
                                  {QStringLiteral("Value"), QByteArray()},
                                  {QStringLiteral("Flags"), shape.flags}};
        const bool notifies = shape.flags.contains(QStringLiteral("notify"));
        if (notifies)
            properties.insert(QStringLiteral("Notifying"), false);
        addNode(path, kCharacteristic, properties, index);
        m_nodes[path].characteristic = shape.id;
        m_nodes[path].isCharacteristic = true;
        board->characteristicPaths.insert(shape.id, path);
        handle += 1;
        if (notifies) {
            handle += 1;
            addNode(path + QStringLiteral("/desc") + hex4(handle), kDescriptor,
                    {{QStringLiteral("UUID"), cccdUuid()},
                     {QStringLiteral("Characteristic"), QVariant::fromValue(QDBusObjectPath(path))},
                     {QStringLiteral("Value"), QByteArray(2, '\0')}},
                    index);
        }
    }
    m_boards.push_back(std::move(board));
}

void MockBluez::addNode(const QString &path, const QString &interface, const QVariantMap &properties, int board)
{
    Node &node = m_nodes[path];
    node.interfaces.insert(interface, properties);
    node.board = board;
}

void MockBluez::setProperty(const QString &path, const QString &interface, const QString &name, const QVariant &value)
{
    m_nodes[path].interfaces[interface].insert(name, value);
    sendPropertyChanged(path, interface, name, value);
}

void MockBluez::sendPropertyChanged(const QString &path, const QString &interface, const QString &name,
                                    const QVariant &value)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, kProperties, QStringLiteral("PropertiesChanged"));
    signal << interface << QVariantMap{{name, value}} << QStringList();
    m_bus.send(signal);
}

void MockBluez::announce(const QString &path, const QString &interface, const QString &name, const QVariant &value)
{
    m_nodes[path].interfaces[interface].insert(name, value);
    QTimer::singleShot(0, this,
                       [this, path, interface, name, value] { sendPropertyChanged(path, interface, name, value); });
}

bool MockBluez::isVisible(const QString &path) const
{
    const auto node = m_nodes.constFind(path);
    return node != m_nodes.cend() && (node->board < 0 || m_boards[size_t(node->board)]->published);
}

void MockBluez::publish(Board &board)
{
    board.forgetTimer->stop();
    if (board.published)
        return;
    board.published = true;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) { // parents before children
        if (!it.key().startsWith(board.devicePath))
            continue;
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesAdded"));
        signal << QVariant::fromValue(QDBusObjectPath(it.key())) << QVariant::fromValue(it->interfaces);
        m_bus.send(signal);
    }
}

void MockBluez::forget(Board &board)
{
    if (!board.published || board.connected)
        return;
    board.published = false;
    QStringList paths;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.key().startsWith(board.devicePath))
            paths.prepend(it.key()); // children before parents
    }
    for (const QString &path : std::as_const(paths)) {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesRemoved"));
        signal << QVariant::fromValue(QDBusObjectPath(path)) << QStringList(m_nodes[path].interfaces.keys());
        m_bus.send(signal);
    }
}

void MockBluez::reply(const QDBusMessage &message, const QVariantList &arguments)
{
    QDBusMessage answer = message.createReply();
    answer.setArguments(arguments);
    m_bus.send(answer);
}

void MockBluez::replyError(const QDBusMessage &message, const QString &name, const QString &text)
{
    m_bus.send(message.createErrorReply(name, text));
}

QString MockBluez::introspect(const QString &path) const
{
    QString xml;
    const auto node = m_nodes.constFind(path);
    if (node != m_nodes.cend()) {
        for (auto it = node->interfaces.cbegin(); it != node->interfaces.cend(); ++it)
            xml += QStringLiteral("<interface name=\"%1\"/>").arg(it.key());
    }
    xml += QStringLiteral("<interface name=\"%1\"/>").arg(kProperties);
    // Children one level down, so that tools such as busctl can walk the tree.
    const QString prefix = path == QLatin1String("/") ? path : path + QLatin1Char('/');
    QStringList children;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString child = it.key().mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
        if (!children.contains(child))
            children << child;
    }
    for (const QString &child : children)
        xml += QStringLiteral("<node name=\"%1\"/>").arg(child);
    return xml;
}

bool MockBluez::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    const QString interface = message.interface();
    if (interface == kProperties)
        return handleProperties(message);
    if (interface == kObjectManager)
        return handleObjectManager(message);
    if (interface == kIntrospectable) {
        reply(message, {QStringLiteral("<node>%1</node>").arg(introspect(message.path()))});
        return true;
    }
    if (!isVisible(message.path())) {
        replyError(message, QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                   QStringLiteral("No such object %1").arg(message.path()));
        return true;
    }
    const auto node = m_nodes.constFind(message.path());
    if (node == m_nodes.cend() || !node->interfaces.contains(interface))
        return false;
    if (interface == kAdapter)
        return handleAdapter(message);
    Board &board = *m_boards[size_t(node->board)];
    if (interface == kDevice)
        return handleDevice(message, board);
    if (interface == kCharacteristic)
        return handleCharacteristic(message, board, node->characteristic);
    if (interface == kDescriptor) {
        if (!board.connected)
            replyError(message, kFailed, QStringLiteral("Not connected"));
        else if (message.member() == QLatin1String("ReadValue"))
            reply(message, {node->interfaces.value(kDescriptor).value(QStringLiteral("Value"))});
        else // BlueZ keeps the CCCD to itself: StartNotify is the way to subscribe.
            replyError(message, QStringLiteral("org.bluez.Error.NotPermitted"), QStringLiteral("Write not permitted"));
        return true;
    }
    return false;
}

bool MockBluez::handleProperties(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    const QString interface = arguments.value(0).toString();
    const auto node = m_nodes.constFind(message.path());
    if (node == m_nodes.cend() || !node->interfaces.contains(interface)) {
        replyError(message, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                   QStringLiteral("No such interface '%1'").arg(interface));
        return true;
    }
    const QVariantMap &properties = node->interfaces.value(interface);
    const QString member = message.member();
    if (member == QLatin1String("GetAll")) {
        reply(message, {properties});
    } else if (member == QLatin1String("Get")) {
        const QString name = arguments.value(1).toString();
        if (properties.contains(name))
            reply(message, {QVariant::fromValue(QDBusVariant(properties.value(name)))});
        else
            replyError(message, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                       QStringLiteral("No such property '%1'").arg(name));
    } else if (member == QLatin1String("Set")) {
        const QString name = arguments.value(1).toString();
        setProperty(message.path(), interface, name, arguments.value(2).value<QDBusVariant>().variant());
        reply(message);
    } else {
        return false;
    }
    return true;
}

bool MockBluez::handleObjectManager(const QDBusMessage &message)
{
    if (message.member() != QLatin1String("GetManagedObjects") || message.path() != QLatin1String("/"))
        return false;
    ManagedObjects objects;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (isVisible(it.key()))
            objects.insert(QDBusObjectPath(it.key()), it->interfaces);
    }
    reply(message, {QVariant::fromValue(objects)});
    return true;
}

bool MockBluez::handleAdapter(const QDBusMessage &message)
{
    const QString member = message.member();
    if (member == QLatin1String("StartDiscovery")) {
        m_discovering = true;
        setProperty(adapterPath(), kAdapter, QStringLiteral("Discovering"), true);
        reply(message);
        // Each board advertises: BlueZ adds the ones it did not know and reports a fresh RSSI.
        QTimer::singleShot(20, this, [this] {
            for (size_t i = 0; i < m_boards.size(); ++i) {
                publish(*m_boards[i]);
                setProperty(m_boards[i]->devicePath, kDevice, QStringLiteral("RSSI"),
                            QVariant::fromValue(qint16(-40 - int(i % 40))));
            }
        });
    } else if (member == QLatin1String("StopDiscovery")) {
        m_discovering = false;
        setProperty(adapterPath(), kAdapter, QStringLiteral("Discovering"), false);
        reply(message);
        for (const auto &board : m_boards) {
            if (board->published && !board->connected)
                board->forgetTimer->start(m_forgetAfterMs);
        }
    } else if (member == QLatin1String("SetDiscoveryFilter")) {
        reply(message);
    } else if (member == QLatin1String("RemoveDevice")) {
        const QString path = qdbus_cast<QDBusObjectPath>(message.arguments().value(0)).path();
        for (const auto &board : m_boards) {
            if (board->devicePath == path) {
                dropLink(*board);
                forget(*board);
            }
        }
        reply(message);
    } else {
        return false;
    }
    return true;
}

bool MockBluez::handleDevice(const QDBusMessage &message, Board &board)
{
    const QString member = message.member();
    if (member == QLatin1String("Connect")) {
        if (board.connected) {
            reply(message);
            return true;
        }
        if (!board.firmware->connect()) {
            replyError(message, kFailed, QStringLiteral("le-connection-abort-by-local"));
            return true;
        }
        connectBoard(board);
        reply(message);
    } else if (member == QLatin1String("Disconnect")) {
        if (board.connected)
            dropLink(board);
        reply(message);
    } else {
        return false;
    }
    return true;
}

void MockBluez::connectBoard(Board &board)
{
    board.connected = true;
    board.forgetTimer->stop();
    setProperty(board.devicePath, kDevice, QStringLiteral("Connected"), true);
    // BlueZ resolves the services after connecting; Qt waits for this before it reports a connection.
    const QString path = board.devicePath;
    QTimer::singleShot(5, this, [this, path, &board] {
        if (board.connected)
            setProperty(path, kDevice, QStringLiteral("ServicesResolved"), true);
    });
    if (board.spec.faults.dropAfterMs >= 0 && board.firmware->linkFaultsActive())
        board.dropTimer->start(board.spec.faults.dropAfterMs);
}

void MockBluez::dropLink(Board &board)
{
    if (!board.connected)
        return;
    board.connected = false;
    ++board.links;
    board.dropTimer->stop();
    for (const QDBusMessage &pending : std::as_const(board.pendingReplies))
        replyError(pending, kFailed, QStringLiteral("Not connected"));
    board.pendingReplies.clear();
    for (const QString &path : std::as_const(board.characteristicPaths)) {
        if (m_nodes[path].interfaces[kCharacteristic].contains(QStringLiteral("Notifying")))
            m_nodes[path].interfaces[kCharacteristic].insert(QStringLiteral("Notifying"), false);
    }
    setProperty(board.devicePath, kDevice, QStringLiteral("ServicesResolved"), false);
    setProperty(board.devicePath, kDevice, QStringLiteral("Connected"), false);
    if (!m_discovering)
        board.forgetTimer->start(m_forgetAfterMs);
}

bool MockBluez::handleCharacteristic(const QDBusMessage &message, Board &board, Characteristic c)
{
    const QString member = message.member();
    const QString path = board.characteristicPaths.value(c);
    if (!board.connected) {
        replyError(message, kFailed, QStringLiteral("Not connected"));
        return true;
    }
    if (member == QLatin1String("ReadValue")) {
        const QByteArray value = board.firmware->read(c);
        // BlueZ stores what it read in "Value", which announces it as a change.
        reply(message, {value});
        announce(path, kCharacteristic, QStringLiteral("Value"), value);
    } else if (member == QLatin1String("WriteValue")) {
        const QByteArray value = message.arguments().value(0).toByteArray();
        const QVariantMap options = qdbus_cast<QVariantMap>(message.arguments().value(1));
        const bool command = options.value(QStringLiteral("type")).toString() == QLatin1String("command");
        const QStringList flags =
            m_nodes[path].interfaces[kCharacteristic].value(QStringLiteral("Flags")).toStringList();
        if (!flags.contains(QStringLiteral("write"))) {
            replyError(message, QStringLiteral("org.bluez.Error.NotPermitted"), QStringLiteral("Write not permitted"));
            return true;
        }
        // The firmware's characteristics take writes with response only; an ATT write command
        // reaches the board and is dropped there, unanswered.
        if (!command)
            board.firmware->write(c, value);
        if (c == Characteristic::FileBlock && !command && board.firmware->dropsAfterBlock()) {
            board.pendingReplies << message;
            dropLink(board);
            return true;
        }
        if (c == Characteristic::FileBlock && board.spec.faults.slowWriteMs > 0) {
            board.pendingReplies << message;
            // Writes come one at a time, so the oldest pending one is this one, unless the link
            // dropped meanwhile (its answer went out as an error then).
            QTimer::singleShot(board.spec.faults.slowWriteMs, this, [this, &board, link = board.links] {
                if (board.links == link && !board.pendingReplies.isEmpty())
                    reply(board.pendingReplies.takeFirst());
            });
            return true;
        }
        reply(message);
    } else if (member == QLatin1String("StartNotify") || member == QLatin1String("StopNotify")) {
        if (!m_nodes[path].interfaces[kCharacteristic].contains(QStringLiteral("Notifying"))) {
            replyError(message, QStringLiteral("org.bluez.Error.NotSupported"),
                       QStringLiteral("Operation is not supported"));
            return true;
        }
        setProperty(path, kCharacteristic, QStringLiteral("Notifying"), member == QLatin1String("StartNotify"));
        reply(message);
    } else {
        return false;
    }
    return true;
}

void MockBluez::notify(int boardIndex, Characteristic c, const QByteArray &value)
{
    Board &board = *m_boards[size_t(boardIndex)];
    const QString path = board.characteristicPaths.value(c);
    // A notification is a change of "Value"; BlueZ forwards it only while notifying is on.
    if (board.connected && m_nodes[path].interfaces[kCharacteristic].value(QStringLiteral("Notifying")).toBool())
        announce(path, kCharacteristic, QStringLiteral("Value"),
                 c == Characteristic::ModelStatus ? value.left(kNotificationBytes) : value);
    else
        m_nodes[path].interfaces[kCharacteristic].insert(QStringLiteral("Value"), value);
}

void MockBluez::saveFile(int boardIndex, const QByteArray &file)
{
    Board &board = *m_boards[size_t(boardIndex)];
    ++board.filesReceived;
    QString path;
    if (!m_saveDirectory.isEmpty()) {
        path = QDir(m_saveDirectory)
                   .filePath(QStringLiteral("%1-%2.tflite")
                                 .arg(QString(board.spec.address).replace(QLatin1Char(':'), QLatin1Char('_')))
                                 .arg(board.filesReceived));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size()) {
            std::fprintf(stderr, "tinyml-board-sim: cannot write %s: %s\n", qPrintable(path),
                         qPrintable(out.errorString()));
            path.clear();
        }
    }
    emit fileReceived(board.spec.address, path, int(file.size()));
    if (!m_runner || !board.firmware->servesModelStatus())
        return;
    const quint64 token = board.firmware->beginLoading(file);
    emit loadingStarted(board.spec.address, int(file.size()), crcOf(file));
    m_runner->run(boardIndex, token, file, board.firmware->arenaBytes());
}

void MockBluez::onLoaded(int boardIndex, quint64 token, const FirmwareRun &run)
{
    Board &board = *m_boards[size_t(boardIndex)];
    // A transfer started since: this run's board state is gone, and so is its verdict.
    if (!board.firmware->isCurrentLoad(token))
        return;
    if (run.transferStatus == 1) {
        // The firmware refused the file the simulator took (this board's limits are not the
        // firmware's): the board reports the refusal as a failed load, with the firmware's text.
        board.firmware->failLoading(token, run.errorMessage);
        emit loadEnded(board.spec.address, QStringLiteral("refused: %1").arg(run.errorMessage));
        return;
    }
    if (run.ended && run.modelStatus.size() >= 32) {
        board.firmware->endLoading(token, run.modelStatus);
        emit loadEnded(board.spec.address, describeModelStatus(run.modelStatus));
        return;
    }
    // The firmware stopped on the way (a failed TFLITE_CHECK aborts, a fault): the slot is empty
    // and the board says nothing about the model. A board that stopped is halted, as mbed halts
    // on abort: its radio goes quiet and the link drops.
    board.firmware->endLoading(token, modelStatusValue(ModelState::Empty, {}, board.firmware->arenaBytes()));
    emit loadEnded(
        board.spec.address,
        QStringLiteral("halted: %1").arg(run.failure.isEmpty() ? QStringLiteral("no model status") : run.failure));
    dropLink(board);
}

} // namespace tinyml::boardsim
