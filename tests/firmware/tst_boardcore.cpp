// The board firmware's core on the host, with TensorFlow Lite Micro 2.4 as the Arduino library
// builds it: a reference model sent as the desktop's central sends it, into a RamModelSlot that
// keeps flash's rules, loaded and run; the protocol's errors with the simulated board's texts;
// a reset; bytes that are no model. CRC-32 and SHA-256 are checked against zlib and Qt.
#include "BoardCore.h"
#include "BoardLayout.h"
#include "Crc32.h"
#include "ModelStatus.h"
#include "RamModelSlot.h"
#include "Sha256.h"
#include "TflmRunner.h"

#include "tensorflow/lite/micro/all_ops_resolver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

#include <zlib.h>

using namespace tinyml::board;

namespace {

struct Published {
    enum Kind { TransferStatusValue, ErrorMessageValue, ModelStatusValue } kind;
    QByteArray value;
};

class RecordingOutputs : public BoardOutputs
{
public:
    void transferStatus(TransferStatus status) override
    {
        events.append({Published::TransferStatusValue, QByteArray::number(quint32(status))});
    }
    void errorMessage(const uint8_t *text, uint32_t size) override
    {
        QCOMPARE(size, kErrorMessageBytes);
        events.append({Published::ErrorMessageValue, QByteArray(reinterpret_cast<const char *>(text), int(size))});
    }
    void modelStatus(const uint8_t *value, uint32_t size) override
    {
        QCOMPARE(size, kModelStatusBytes);
        events.append({Published::ModelStatusValue, QByteArray(reinterpret_cast<const char *>(value), int(size))});
    }

    QList<QByteArray> values(Published::Kind kind) const
    {
        QList<QByteArray> found;
        for (const Published &event : events)
            if (event.kind == kind)
                found << event.value;
        return found;
    }
    // The transfer statuses and error texts in order, as "2", "1 transfer cancelled", ...
    QStringList transferLog() const
    {
        QStringList log;
        for (const Published &event : events) {
            if (event.kind == Published::TransferStatusValue)
                log << QString::fromLatin1(event.value);
            else if (event.kind == Published::ErrorMessageValue)
                log.last() += QLatin1Char(' ') + QString::fromUtf8(event.value.left(event.value.indexOf('\0')));
        }
        return log;
    }

    QList<Published> events;
};

// The model status characteristic decoded by the contract's offsets (FileTransferProtocol.h).
struct DecodedStatus {
    int format = -1;
    int state = -1;
    quint32 crc = 0;
    QByteArray shaPrefix;
    quint32 arenaUsed = 0;
    quint32 arena = 0;
    quint32 invokeUs = 0;
    quint32 modelBytes = 0;
    QString error;
};

DecodedStatus decode(const QByteArray &value)
{
    DecodedStatus status;
    const char *bytes = value.constData();
    status.format = quint8(bytes[0]);
    status.state = quint8(bytes[1]);
    status.crc = qFromLittleEndian<quint32>(bytes + 4);
    status.shaPrefix = value.mid(8, 8);
    status.arenaUsed = qFromLittleEndian<quint32>(bytes + 16);
    status.arena = qFromLittleEndian<quint32>(bytes + 20);
    status.invokeUs = qFromLittleEndian<quint32>(bytes + 24);
    status.modelBytes = qFromLittleEndian<quint32>(bytes + 28);
    const QByteArray text = value.mid(32);
    status.error = QString::fromUtf8(text.left(text.indexOf('\0')));
    return status;
}

QList<int> states(const RecordingOutputs &outputs)
{
    QList<int> found;
    for (const QByteArray &value : outputs.values(Published::ModelStatusValue))
        found << decode(value).state;
    return found;
}

uint32_t hostMicros()
{
    using namespace std::chrono;
    return uint32_t(duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count());
}

// What a reset in the middle of a load does to the core: it never returns.
struct SimulatedReset { };

// The board's runner, counting the models it was asked to run.
class CountingRunner : public ModelRunner
{
public:
    explicit CountingRunner(uint32_t arenaBytes)
        : m_arena(arenaBytes / sizeof(std::max_align_t) + 1),
          m_runner(m_resolver, reinterpret_cast<uint8_t *>(m_arena.data()), arenaBytes, hostMicros)
    { }
    uint32_t arenaBytes() const override { return m_runner.arenaBytes(); }
    RunResult run(const uint8_t *model, uint32_t modelBytes) override
    {
        ++runs;
        if (resetsDuringRun)
            throw SimulatedReset();
        return m_runner.run(model, modelBytes);
    }
    void stop() override { m_runner.stop(); }

    int runs = 0;
    bool resetsDuringRun = false;

private:
    std::vector<std::max_align_t> m_arena; // 16-byte aligned on x86-64, as TFLM wants
    tflite::AllOpsResolver m_resolver;
    TflmRunner m_runner;
};

// One board: its slot outlives a core, as flash outlives a reset.
struct Board {
    explicit Board(RamModelSlot &slot, uint32_t arenaBytes = kDefaultArenaBytes, const QByteArray *builtin = nullptr)
        : runner(arenaBytes), core(slot, runner, outputs)
    {
        if (builtin)
            core.setBuiltinModel(reinterpret_cast<const uint8_t *>(builtin->constData()), uint32_t(builtin->size()));
        core.begin();
        runLoop();
    }
    void runLoop()
    {
        while (core.loadPending())
            core.loop();
    }
    void writeUint32(Characteristic c, quint32 value)
    {
        uint8_t bytes[4];
        putUint32(bytes, value);
        core.write(c, bytes, 4);
    }
    void start(quint32 length, quint32 crc)
    {
        writeUint32(Characteristic::FileLength, length);
        writeUint32(Characteristic::Checksum, crc);
        writeUint32(Characteristic::Command, quint32(TransferCommand::Start));
    }
    void block(const QByteArray &bytes)
    {
        core.write(Characteristic::FileBlock, reinterpret_cast<const uint8_t *>(bytes.constData()),
                   uint32_t(bytes.size()));
    }
    // As the central: length, checksum, start, then 128-byte blocks while the transfer lasts.
    void send(const QByteArray &file, quint32 crc)
    {
        start(quint32(file.size()), crc);
        for (qsizetype offset = 0; offset < file.size() && core.transferInProgress(); offset += kBlockBytes)
            block(file.mid(offset, kBlockBytes));
        runLoop();
    }

    RecordingOutputs outputs;
    CountingRunner runner;
    BoardCore core;
};

quint32 zlibCrc(const QByteArray &bytes)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

// The build's reference folder; the environment overrides it, as for the other tests.
QString referenceDir()
{
    return qEnvironmentVariable("TINYML_REFERENCE_DIR", QStringLiteral(TINYML_REFERENCE_DIR));
}

QByteArray referenceModel(const QString &name)
{
    QFile file(referenceDir() + QStringLiteral("/models/%1.tflite").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString missingModel(const QString &name)
{
    return QStringLiteral("the reference model %1.tflite is not in %2/models (../shared/reference)")
        .arg(name, referenceDir());
}

#define REFERENCE_MODEL(variable, name) \
    const QByteArray variable = referenceModel(QStringLiteral(name)); \
    if (variable.isEmpty()) \
    QSKIP(qPrintable(missingModel(QStringLiteral(name))))

constexpr int kEmpty = int(ModelState::Empty), kLoading = int(ModelState::Loading), kRunning = int(ModelState::Running),
              kFailed = int(ModelState::Failed);

} // namespace

class TestBoardCore : public QObject
{
    Q_OBJECT

private slots:
    void crcAndShaAgreeWithZlibAndQt();
    void modelStatusCutsErrorTextAtACharacter();
    void referenceModelArrivesAndRuns_data();
    void referenceModelArrivesAndRuns();
    void pagesAreErasedAsBlocksArrive();
    void corruptedBlockNeverReachesTheRunner();
    void cancelEndsTheTransfer();
    void tooLongAFileIsRefused();
    void protocolErrorsAsTheSimulatedBoard();
    void tooSmallAnArenaFailsWithTflmsText();
    void verifiedModelSurvivesAReset();
    void builtinModelRunsUntilOneArrives();
    void damagedOrUnfinishedSlotBootsEmpty();
    void loadCutShortByAResetIsNotRetried();
    void garbageWithACorrectCrcFailsClearly();
};

void TestBoardCore::crcAndShaAgreeWithZlibAndQt()
{
    QByteArray bytes(5000, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    for (const int length : {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 5000}) {
        const QByteArray part = bytes.left(length);
        const auto *data = reinterpret_cast<const uint8_t *>(part.constData());
        QCOMPARE(crc32Of(data, size_t(part.size())), zlibCrc(part));
        Sha256 sha;
        // In uneven pieces, as a caller may feed it.
        for (qsizetype offset = 0; offset < part.size(); offset += 37)
            sha.update(data + offset, size_t(qMin<qsizetype>(37, part.size() - offset)));
        uint8_t digest[Sha256::kDigestBytes];
        sha.finish(digest);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(digest), Sha256::kDigestBytes),
                 QCryptographicHash::hash(part, QCryptographicHash::Sha256));
    }
}

void TestBoardCore::modelStatusCutsErrorTextAtACharacter()
{
    ModelStatus status;
    // 95 ASCII bytes, then a two-byte character that would straddle the 96-byte limit.
    const QByteArray text = QByteArray(95, 'x') + QByteArray("\xc3\xa4 more");
    status.setError(text.constData());
    uint8_t value[kModelStatusBytes];
    encodeModelStatus(status, value);
    const QByteArray encoded(reinterpret_cast<const char *>(value), kModelStatusBytes);
    QCOMPARE(encoded.mid(32), QByteArray(95, 'x') + QByteArray(1, '\0'));
    QCOMPARE(quint8(value[0]), quint8(kModelStatusFormat));
}

void TestBoardCore::referenceModelArrivesAndRuns_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Hello_World") << QStringLiteral("Hello_World");
    QTest::newRow("Micro_Speech_Yes_No_1") << QStringLiteral("Micro_Speech_Yes_No_1");
    QTest::newRow("Person_Detection") << QStringLiteral("Person_Detection");
}

void TestBoardCore::referenceModelArrivesAndRuns()
{
    QFETCH(QString, name);
    const QByteArray model = referenceModel(name);
    if (model.isEmpty())
        QSKIP(qPrintable(missingModel(name)));
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    QCOMPARE(states(board.outputs), QList<int>{kEmpty}); // at boot, nothing stored
    board.outputs.events.clear();

    board.send(model, zlibCrc(model));
    QCOMPARE(board.outputs.transferLog(), QStringList({QStringLiteral("2"), QStringLiteral("0")}));
    QCOMPARE(states(board.outputs), QList<int>({kEmpty, kLoading, kRunning}));
    QCOMPARE(board.runner.runs, 1);

    const QByteArray sha = QCryptographicHash::hash(model, QCryptographicHash::Sha256).left(8);
    const QList<QByteArray> published = board.outputs.values(Published::ModelStatusValue);
    const DecodedStatus loading = decode(published.at(1));
    const DecodedStatus running = decode(published.at(2));
    for (const DecodedStatus &status : {loading, running}) {
        QCOMPARE(status.format, 1);
        QCOMPARE(status.crc, zlibCrc(model));
        QCOMPARE(status.shaPrefix, sha);
        QCOMPARE(status.modelBytes, quint32(model.size()));
        QCOMPARE(status.arena, kDefaultArenaBytes);
        QVERIFY(status.error.isEmpty());
    }
    QCOMPARE(loading.arenaUsed, 0u);
    QVERIFY2(running.arenaUsed > 0 && running.arenaUsed <= kDefaultArenaBytes,
             qPrintable(QString::number(running.arenaUsed)));
    // The empty status at the start names no model.
    const DecodedStatus empty = decode(published.at(0));
    QCOMPARE(empty.crc, 0u);
    QCOMPARE(empty.modelBytes, 0u);
    QCOMPARE(empty.shaPrefix, QByteArray(8, '\0'));
    // What the status reports is what the core holds.
    QCOMPARE(board.core.modelStatus().arenaUsedBytes, running.arenaUsed);
}

void TestBoardCore::pagesAreErasedAsBlocksArrive()
{
    REFERENCE_MODEL(model, "Micro_Speech_Yes_No_1");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    const uint32_t before = slot.erasedPages();
    board.start(quint32(model.size()), zlibCrc(model));
    QCOMPARE(slot.erasedPages() - before, 1u); // the header page only: the old model is gone
    board.block(model.left(kBlockBytes));
    QCOMPARE(slot.erasedPages() - before, 2u);
    for (qsizetype offset = kBlockBytes; offset < model.size(); offset += kBlockBytes)
        board.block(model.mid(offset, kBlockBytes));
    const uint32_t modelPages = (uint32_t(model.size()) + kFlashPageBytes - 1) / kFlashPageBytes;
    QCOMPARE(slot.erasedPages() - before, 1 + modelPages);
    QCOMPARE(board.outputs.transferLog().last(), QStringLiteral("0"));
}

void TestBoardCore::corruptedBlockNeverReachesTheRunner()
{
    REFERENCE_MODEL(model, "Hello_World");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    board.outputs.events.clear();
    QByteArray received = model;
    received[300] = char(received.at(300) ^ 0x40);
    board.send(received, zlibCrc(model));
    QCOMPARE(board.outputs.transferLog(),
             QStringList({QStringLiteral("2"),
                          QStringLiteral("1 checksum mismatch: computed %1, expected %2")
                              .arg(zlibCrc(received), 8, 16, QLatin1Char('0'))
                              .arg(zlibCrc(model), 8, 16, QLatin1Char('0'))}));
    QCOMPARE(board.runner.runs, 0);
    QCOMPARE(states(board.outputs), QList<int>{kEmpty});
    // Nor after a reset: the header was never written.
    Board rebooted(slot);
    QCOMPARE(states(rebooted.outputs), QList<int>{kEmpty});
    QCOMPARE(rebooted.runner.runs, 0);
}

void TestBoardCore::cancelEndsTheTransfer()
{
    REFERENCE_MODEL(model, "Hello_World");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    // Nothing to cancel: no answer, as the demo firmware.
    board.writeUint32(Characteristic::Command, quint32(TransferCommand::Cancel));
    QVERIFY(board.outputs.transferLog().isEmpty());

    board.start(quint32(model.size()), zlibCrc(model));
    board.block(model.left(kBlockBytes));
    board.block(model.mid(kBlockBytes, kBlockBytes));
    board.writeUint32(Characteristic::Command, quint32(TransferCommand::Cancel));
    QVERIFY(!board.core.transferInProgress());
    board.block(model.mid(2 * kBlockBytes, kBlockBytes));
    QCOMPARE(board.outputs.transferLog(),
             QStringList({QStringLiteral("2"), QStringLiteral("1 transfer cancelled"),
                          QStringLiteral("1 block written with no transfer in progress")}));
    board.runLoop();
    QCOMPARE(board.runner.runs, 0);

    // A new transfer after the cancel goes through.
    board.outputs.events.clear();
    board.send(model, zlibCrc(model));
    QCOMPARE(states(board.outputs), QList<int>({kEmpty, kLoading, kRunning}));
}

void TestBoardCore::tooLongAFileIsRefused()
{
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    // The slot less its header page: what the maximum-length characteristic reports.
    QCOMPARE(board.core.maximumLength(), kSlotBytes - kFlashPageBytes);
    const uint32_t erased = slot.erasedPages();
    board.start(board.core.maximumLength() + 1, 0x12345678);
    QCOMPARE(board.outputs.transferLog(),
             QStringList{QStringLiteral("1 file too large: %1 bytes, maximum %2")
                             .arg(board.core.maximumLength() + 1)
                             .arg(board.core.maximumLength())});
    QVERIFY(!board.core.transferInProgress());
    QCOMPARE(slot.erasedPages(), erased); // nothing erased for a refused file
}

void TestBoardCore::protocolErrorsAsTheSimulatedBoard()
{
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    Board board(slot);
    const uint8_t shortCommand[3] = {1, 0, 0};
    board.core.write(Characteristic::Command, shortCommand, 3);
    board.writeUint32(Characteristic::Command, 7);
    board.block(QByteArray(16, 'a'));
    board.start(1000, 0);
    board.start(1000, 0);
    QVERIFY(board.core.transferInProgress()); // a second start leaves the first one running
    board.block(QByteArray(kBlockBytes + 1, 'a'));
    board.start(200, 0);
    board.block(QByteArray(kBlockBytes, 'a'));
    board.block(QByteArray(kBlockBytes, 'a')); // 256 of 200 bytes
    QCOMPARE(
        board.outputs.transferLog(),
        QStringList({QStringLiteral("1 command must be 4 bytes"), QStringLiteral("1 unknown command 7"),
                     QStringLiteral("1 block written with no transfer in progress"), QStringLiteral("2"),
                     QStringLiteral("1 previous transfer is still in progress"), QStringLiteral("1 too many bytes"),
                     QStringLiteral("2"), QStringLiteral("1 too many bytes")}));
    // Every error text fills the characteristic, NUL-padded.
    for (const QByteArray &text : board.outputs.values(Published::ErrorMessageValue))
        QCOMPARE(text.size(), int(kErrorMessageBytes));
    QCOMPARE(board.runner.runs, 0);
}

void TestBoardCore::tooSmallAnArenaFailsWithTflmsText()
{
    REFERENCE_MODEL(model, "Person_Detection");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    constexpr uint32_t kSmallArena = 64 * 1024;
    Board board(slot, kSmallArena);
    board.outputs.events.clear();
    board.send(model, zlibCrc(model));
    QCOMPARE(board.outputs.transferLog(), QStringList({QStringLiteral("2"), QStringLiteral("0")}));
    QCOMPARE(states(board.outputs), QList<int>({kEmpty, kLoading, kFailed}));
    const DecodedStatus failed = decode(board.outputs.values(Published::ModelStatusValue).last());
    QVERIFY2(failed.error.startsWith(QStringLiteral("Arena size is too small for all buffers. Needed ")),
             qPrintable(failed.error));
    QVERIFY2(failed.error.endsWith(QStringLiteral(" was available.")), qPrintable(failed.error));
    QCOMPARE(failed.arena, kSmallArena);
    QCOMPARE(failed.arenaUsed, 0u);
    QCOMPARE(failed.invokeUs, 0u);
    QCOMPARE(failed.crc, zlibCrc(model));
}

void TestBoardCore::verifiedModelSurvivesAReset()
{
    REFERENCE_MODEL(model, "Micro_Speech_Yes_No_1");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    quint32 arenaUsed = 0;
    {
        Board board(slot);
        board.send(model, zlibCrc(model));
        arenaUsed = board.core.modelStatus().arenaUsedBytes;
        QVERIFY(arenaUsed > 0);
    }
    // A new core on the same flash: it finds the model and runs it at boot.
    Board rebooted(slot);
    QCOMPARE(states(rebooted.outputs), QList<int>({kLoading, kRunning}));
    QCOMPARE(rebooted.runner.runs, 1);
    const DecodedStatus running = decode(rebooted.outputs.values(Published::ModelStatusValue).last());
    QCOMPARE(running.crc, zlibCrc(model));
    QCOMPARE(running.shaPrefix, QCryptographicHash::hash(model, QCryptographicHash::Sha256).left(8));
    QCOMPARE(running.modelBytes, quint32(model.size()));
    QCOMPARE(running.arenaUsed, arenaUsed);
    QVERIFY(rebooted.outputs.transferLog().isEmpty());
}

void TestBoardCore::builtinModelRunsUntilOneArrives()
{
    REFERENCE_MODEL(builtin, "Hello_World");
    REFERENCE_MODEL(sent, "Micro_Speech_Yes_No_1");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    {
        // An empty slot: the generated project's model runs from the first boot.
        Board board(slot, kDefaultArenaBytes, &builtin);
        QCOMPARE(states(board.outputs), QList<int>({kLoading, kRunning}));
        QVERIFY(board.core.runsBuiltinModel());
        const DecodedStatus running = decode(board.outputs.values(Published::ModelStatusValue).last());
        QCOMPARE(running.crc, zlibCrc(builtin));
        QCOMPARE(running.shaPrefix, QCryptographicHash::hash(builtin, QCryptographicHash::Sha256).left(8));
        QCOMPARE(running.modelBytes, quint32(builtin.size()));
        QVERIFY(running.arenaUsed > 0);

        // Deploy replaces it.
        board.send(sent, zlibCrc(sent));
        QVERIFY(!board.core.runsBuiltinModel());
        QCOMPARE(decode(board.outputs.values(Published::ModelStatusValue).last()).crc, zlibCrc(sent));
        QCOMPARE(board.core.modelStatus().state, ModelState::Running);
    }
    // After a reset the slot's model runs, not the built-in one.
    Board rebooted(slot, kDefaultArenaBytes, &builtin);
    QVERIFY(!rebooted.core.runsBuiltinModel());
    QCOMPARE(rebooted.runner.runs, 1);
    QCOMPARE(decode(rebooted.outputs.values(Published::ModelStatusValue).last()).crc, zlibCrc(sent));

    // A transfer that fails leaves the slot empty: at the next boot the built-in model is back.
    rebooted.send(sent, zlibCrc(sent) ^ 1u);
    QCOMPARE(rebooted.core.modelStatus().state, ModelState::Empty);
    Board again(slot, kDefaultArenaBytes, &builtin);
    QVERIFY(again.core.runsBuiltinModel());
    QCOMPARE(again.core.modelStatus().state, ModelState::Running);
}

void TestBoardCore::damagedOrUnfinishedSlotBootsEmpty()
{
    REFERENCE_MODEL(model, "Hello_World");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    {
        Board board(slot);
        board.send(model, zlibCrc(model));
        QCOMPARE(board.core.modelStatus().state, ModelState::Running);
    }
    // A bit of the stored model flipped: its CRC no longer matches, the board does not run it.
    slot.writableMemory()[kFlashPageBytes + 100] ^= 0x01;
    {
        Board rebooted(slot);
        QCOMPARE(states(rebooted.outputs), QList<int>{kEmpty});
        QCOMPARE(rebooted.runner.runs, 0);
        // A transfer cut short by a reset: started, half the blocks, no verdict.
        rebooted.start(quint32(model.size()), zlibCrc(model));
        for (qsizetype offset = 0; offset < model.size() / 2; offset += kBlockBytes)
            rebooted.block(model.mid(offset, kBlockBytes));
    }
    Board afterCut(slot);
    QCOMPARE(states(afterCut.outputs), QList<int>{kEmpty});
    QCOMPARE(afterCut.runner.runs, 0);
}

void TestBoardCore::loadCutShortByAResetIsNotRetried()
{
    REFERENCE_MODEL(model, "Hello_World");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    {
        Board board(slot);
        board.runner.resetsDuringRun = true;
        QVERIFY_THROWS_EXCEPTION(SimulatedReset, board.send(model, zlibCrc(model)));
        QCOMPARE(board.runner.runs, 1);
    }
    // Loading it again would reset the board again, before it could take another model.
    Board rebooted(slot);
    QCOMPARE(states(rebooted.outputs), QList<int>{kFailed});
    QCOMPARE(rebooted.runner.runs, 0);
    const DecodedStatus failed = decode(rebooted.outputs.values(Published::ModelStatusValue).last());
    QCOMPARE(failed.error,
             QStringLiteral("the board reset while loading this model (TFLM aborted or faulted): "
                            "not loaded again"));
    QCOMPARE(failed.crc, zlibCrc(model));
    QCOMPARE(failed.shaPrefix, QCryptographicHash::hash(model, QCryptographicHash::Sha256).left(8));
    // Another transfer clears it.
    rebooted.outputs.events.clear();
    rebooted.send(model, zlibCrc(model));
    QCOMPARE(states(rebooted.outputs), QList<int>({kEmpty, kLoading, kRunning}));
    Board again(slot);
    QCOMPARE(states(again.outputs), QList<int>({kLoading, kRunning}));
}

void TestBoardCore::garbageWithACorrectCrcFailsClearly()
{
    QByteArray garbage(20000, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : garbage)
        byte = char(generator.bounded(256));
    QList<QByteArray> files{garbage, QByteArray(4096, '\0')};
    const QByteArray model = referenceModel(QStringLiteral("Hello_World"));
    if (!model.isEmpty())
        files << model.left(model.size() / 2); // a real model's first half
    for (const QByteArray &file : files) {
        RamModelSlot slot(kSlotBytes, kFlashPageBytes);
        Board board(slot);
        board.outputs.events.clear();
        board.send(file, zlibCrc(file));
        QCOMPARE(board.outputs.transferLog(), QStringList({QStringLiteral("2"), QStringLiteral("0")}));
        QCOMPARE(states(board.outputs), QList<int>({kEmpty, kLoading, kFailed}));
        const DecodedStatus failed = decode(board.outputs.values(Published::ModelStatusValue).last());
        QCOMPARE(failed.error,
                 QStringLiteral("not a TensorFlow Lite model: the file is not a valid TFLite flatbuffer"));
        QCOMPARE(failed.crc, zlibCrc(file));
    }
}

QTEST_GUILESS_MAIN(TestBoardCore)
#include "tst_boardcore.moc"
