// board-core-tests MODEL LARGE_MODEL: the board firmware core's protocol scenarios on the
// emulated Cortex-M4 (TFLM 2.4 with CMSIS-NN, as the board builds it), with MODEL (a small
// reference model) as the file, and LARGE_MODEL (one needing more than 64 KiB of arena) for the
// arena scenario. Prints `PASS NAME` or `FAIL NAME: WHAT` per scenario, then `done`; tst_boardfirmware
// checks that every scenario passed.
#include "BoardCore.h"
#include "BoardLayout.h"
#include "Crc32.h"
#include "RamModelSlot.h"
#include "TflmRunner.h"
#include "central_writes.h"
#include "emulated_clock.h"
#include "semihosted_file.h"

#include "tensorflow/lite/micro/all_ops_resolver.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

extern "C" void initialise_monitor_handles(void);

namespace {

using namespace tinyml::board;

constexpr int kMaxEvents = 16;

class RecordingOutputs : public BoardOutputs
{
public:
    void transferStatus(TransferStatus status) override
    {
        if (transfers < kMaxEvents)
            transfer[transfers++] = int(status);
    }
    void errorMessage(const uint8_t *text, uint32_t size) override
    {
        std::memcpy(error, text, size < sizeof error ? size : sizeof error - 1);
    }
    void modelStatus(const uint8_t *value, uint32_t size) override
    {
        if (models < kMaxEvents)
            state[models++] = value[1];
        std::memcpy(lastModel, value, size);
    }
    void clear() { *this = RecordingOutputs(); }

    int transfer[kMaxEvents] = {};
    int transfers = 0;
    int state[kMaxEvents] = {};
    int models = 0;
    char error[kErrorMessageBytes + 1] = {};
    uint8_t lastModel[kModelStatusBytes] = {};
};

class CountingRunner : public ModelRunner
{
public:
    CountingRunner(uint8_t *arena, uint32_t arenaBytes) : m_runner(m_resolver, arena, arenaBytes, emulated_micros) { }
    uint32_t arenaBytes() const override { return m_runner.arenaBytes(); }
    RunResult run(const uint8_t *model, uint32_t modelBytes) override
    {
        ++runs;
        return m_runner.run(model, modelBytes);
    }
    void stop() override { m_runner.stop(); }

    int runs = 0;

private:
    tflite::AllOpsResolver m_resolver;
    TflmRunner m_runner;
};

uint8_t *g_file = nullptr;
uint32_t g_length = 0;
uint8_t *g_large = nullptr;
uint32_t g_largeLength = 0;
alignas(16) uint8_t g_arena[kDefaultArenaBytes];
int g_failures = 0;

// One scenario's verdict: its first failed check, or a pass.
class Scenario
{
public:
    explicit Scenario(const char *name) : m_name(name) { }
    ~Scenario()
    {
        if (m_failure) {
            std::printf("FAIL %s: %s\n", m_name, m_failure);
            ++g_failures;
        } else {
            std::printf("PASS %s\n", m_name);
        }
    }
    void check(bool condition, const char *what)
    {
        if (!condition && !m_failure)
            m_failure = what;
    }

private:
    const char *m_name;
    const char *m_failure = nullptr;
};

bool sequence(const int *values, int count, const int *expected, int expectedCount)
{
    return count == expectedCount && std::memcmp(values, expected, sizeof(int) * size_t(count)) == 0;
}

void modelRuns()
{
    Scenario scenario("model_runs");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    sendFile(core, g_file, g_length);
    const int transfers[] = {2, 0};
    const int states[] = {0, 0, 1, 2};
    scenario.check(sequence(outputs.transfer, outputs.transfers, transfers, 2), "transfer statuses not 2, 0");
    scenario.check(sequence(outputs.state, outputs.models, states, 4),
                   "model states not Empty, Empty, Loading, Running");
    scenario.check(runner.runs == 1, "the runner did not run once");
    scenario.check(uint32At(outputs.lastModel + 4) == crc32Of(g_file, g_length), "CRC-32 differs");
    scenario.check(uint32At(outputs.lastModel + 16) > 0, "arena_used_bytes is 0");
    scenario.check(uint32At(outputs.lastModel + 20) == sizeof g_arena, "arena_bytes differs");
    scenario.check(uint32At(outputs.lastModel + 28) == g_length, "model_bytes differs");
}

void corruptedBlock()
{
    Scenario scenario("corrupted_block");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    startTransfer(core, g_length, crc32Of(g_file, g_length) ^ 1u);
    sendBlocks(core, g_file, g_length);
    while (core.loadPending())
        core.loop();
    const int transfers[] = {2, 1};
    scenario.check(sequence(outputs.transfer, outputs.transfers, transfers, 2), "transfer statuses not 2, 1");
    scenario.check(std::strncmp(outputs.error, "checksum mismatch: computed ", 28) == 0, "no checksum mismatch text");
    scenario.check(runner.runs == 0, "the runner ran a file that failed its CRC");
    scenario.check(outputs.models == 2 && outputs.state[1] == 0, "the model status is not left Empty");
}

void cancel()
{
    Scenario scenario("cancel");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    startTransfer(core, g_length, crc32Of(g_file, g_length));
    core.write(Characteristic::FileBlock, g_file, kBlockBytes);
    writeUint32(core, Characteristic::Command, uint32_t(TransferCommand::Cancel));
    const int transfers[] = {2, 1};
    scenario.check(sequence(outputs.transfer, outputs.transfers, transfers, 2), "transfer statuses not 2, 1");
    scenario.check(std::strcmp(outputs.error, "transfer cancelled") == 0, "no cancel text");
    scenario.check(!core.transferInProgress() && !core.loadPending() && runner.runs == 0, "the transfer went on");
}

void tooLong()
{
    Scenario scenario("too_long");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    scenario.check(core.maximumLength() == kSlotBytes - kFlashPageBytes, "maximum length is not the slot's capacity");
    startTransfer(core, core.maximumLength() + 1, 0);
    const int transfers[] = {1};
    scenario.check(sequence(outputs.transfer, outputs.transfers, transfers, 1), "transfer status not 1");
    char expected[80];
    std::snprintf(expected, sizeof expected, "file too large: %lu bytes, maximum %lu",
                  static_cast<unsigned long>(core.maximumLength() + 1),
                  static_cast<unsigned long>(core.maximumLength()));
    scenario.check(std::strcmp(outputs.error, expected) == 0, "not the too-large text");
}

void arenaTooSmall()
{
    Scenario scenario("arena_too_small");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, 64 * 1024);
    BoardCore core(slot, runner, outputs);
    core.begin();
    sendFile(core, g_large, g_largeLength);
    const int states[] = {0, 0, 1, 3};
    scenario.check(sequence(outputs.state, outputs.models, states, 4),
                   "model states not Empty, Empty, Loading, Failed");
    const char *text = reinterpret_cast<const char *>(outputs.lastModel + kModelStatusHeaderBytes);
    scenario.check(std::strncmp(text, "Arena size is too small for all buffers. Needed ", 48) == 0,
                   "not TFLM's arena text");
    scenario.check(uint32At(outputs.lastModel + 16) == 0, "arena_used_bytes is not 0 on a failure");
}

void survivesReset()
{
    Scenario scenario("survives_reset");
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    uint32_t arenaUsed = 0;
    {
        RecordingOutputs outputs;
        CountingRunner runner(g_arena, sizeof g_arena);
        BoardCore core(slot, runner, outputs);
        core.begin();
        sendFile(core, g_file, g_length);
        arenaUsed = uint32At(outputs.lastModel + 16);
    }
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    while (core.loadPending())
        core.loop();
    const int states[] = {1, 2};
    scenario.check(sequence(outputs.state, outputs.models, states, 2), "model states at boot not Loading, Running");
    scenario.check(uint32At(outputs.lastModel + 4) == crc32Of(g_file, g_length), "CRC-32 differs after the reset");
    scenario.check(uint32At(outputs.lastModel + 16) == arenaUsed, "arena_used_bytes differs after the reset");
}

void garbageWithCorrectCrc()
{
    Scenario scenario("garbage_with_correct_crc");
    static uint8_t garbage[6000];
    uint32_t x = 12345;
    for (uint8_t &byte : garbage) {
        x = x * 1103515245u + 12345u;
        byte = uint8_t(x >> 16);
    }
    RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    RecordingOutputs outputs;
    CountingRunner runner(g_arena, sizeof g_arena);
    BoardCore core(slot, runner, outputs);
    core.begin();
    sendFile(core, garbage, sizeof garbage);
    const int transfers[] = {2, 0};
    const int states[] = {0, 0, 1, 3};
    scenario.check(sequence(outputs.transfer, outputs.transfers, transfers, 2), "transfer statuses not 2, 0");
    scenario.check(sequence(outputs.state, outputs.models, states, 4),
                   "model states not Empty, Empty, Loading, Failed");
    const char *text = reinterpret_cast<const char *>(outputs.lastModel + kModelStatusHeaderBytes);
    scenario.check(std::strncmp(text, "not a TensorFlow Lite model", 27) == 0, "no clear reason");
}

} // namespace

int main(int argc, char **argv)
{
    initialise_monitor_handles();
    if (argc != 3 || !readHostFile(argv[1], &g_file, &g_length) || !readHostFile(argv[2], &g_large, &g_largeLength)
        || g_length <= kBlockBytes || g_largeLength <= kBlockBytes) {
        std::printf("error: usage: board-core-tests MODEL LARGE_MODEL (readable models of more than one block)\n");
        return 2;
    }
    modelRuns();
    corruptedBlock();
    cancel();
    tooLong();
    arenaTooSmall();
    survivesReset();
    garbageWithCorrectCrc();
    std::printf("done\n");
    std::fflush(stdout);
    return g_failures == 0 ? 0 : 1;
}
