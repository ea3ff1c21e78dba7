// board-firmware MODEL ARENA_BYTES: the board firmware's core (resources/firmware) on an
// emulated Cortex-M4, with MODEL (read through semihosting) sent to it as the desktop's central
// would send it, into a model slot of the Nano 33 BLE's size, with a tensor arena of ARENA_BYTES.
// Prints one line per value the core publishes, then `done`:
//   transfer_status N     the transfer status characteristic (0 success, 1 error, 2 in progress)
//   error_message TEXT    the error message characteristic, up to its first NUL
//   model_status HEX      the model status characteristic's bytes, in hexadecimal
// bin/run-board-firmware.sh runs it under qemu-system-arm; tests and the simulated board read
// these lines, so their format stays as it is.
#include "semihosting.h"

#include "BoardCore.h"
#include "BoardLayout.h"
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

class PrintedOutputs : public BoardOutputs
{
public:
    void transferStatus(TransferStatus status) override { std::printf("transfer_status %u\n", unsigned(status)); }
    void errorMessage(const uint8_t *text, uint32_t size) override
    {
        std::printf("error_message %.*s\n", int(strnlen(reinterpret_cast<const char *>(text), size)),
                    reinterpret_cast<const char *>(text));
    }
    void modelStatus(const uint8_t *value, uint32_t size) override
    {
        std::printf("model_status ");
        for (uint32_t i = 0; i < size; ++i)
            std::printf("%02x", unsigned(value[i]));
        std::printf("\n");
    }
};

} // namespace

int main(int argc, char **argv)
{
    initialise_monitor_handles();
    if (argc != 3) {
        std::printf("error: usage: board-firmware MODEL ARENA_BYTES\n");
        return 2;
    }
    uint8_t *file = nullptr;
    uint32_t length = 0;
    if (!readHostFile(argv[1], &file, &length)) {
        std::printf("error: cannot read %s\n", argv[1]);
        return 2;
    }
    char *end = nullptr;
    const unsigned long arenaBytes = std::strtoul(argv[2], &end, 10);
    // newlib's aligned_alloc needs posix_memalign, which rdimon lacks.
    auto *arena = arenaBytes > 0 && *end == 0 ? static_cast<uint8_t *>(memalign(16, arenaBytes)) : nullptr;
    if (!arena) {
        std::printf("error: not an arena size this emulation can give: %s\n", argv[2]);
        return 2;
    }

    static RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    static PrintedOutputs outputs;
    static tflite::AllOpsResolver resolver;
    static TflmRunner runner(resolver, arena, uint32_t(arenaBytes), emulated_micros);
    static BoardCore core(slot, runner, outputs);
    core.begin();
    sendFile(core, file, length);
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
