// tflm-arena MODEL.tflite [--breakdown]: what TensorFlow Lite Micro 2.4 (CMSIS-NN kernels, all
// operators) needs of a model on a Cortex-M4, run under qemu-system-arm's mps2-an386.
//
// Prints machine-readable lines for tests/support/EmulatedBoard:
//   allocate_status N          (then `error: TEXT` for each message of the error reporter)
//   arena_used_bytes N         MicroInterpreter::arena_used_bytes() after AllocateTensors
//   invoke_status N            after filling every input with zero bytes
//   output I TYPE BYTES HEX    the first bytes of each output tensor
//   recorded TYPE used N requested N count N   (--breakdown: the recording allocator's buckets,
//   arena_head_bytes N, arena_tail_bytes N      and the arena's two ends)
//   done
#include "semihosting.h"

#include "tensorflow/lite/micro/all_ops_resolver.h"
#include "tensorflow/lite/micro/micro_interpreter.h"
#include "tensorflow/lite/micro/recording_micro_interpreter.h"
#include "tensorflow/lite/schema/schema_generated.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

extern "C" void initialise_monitor_handles(void);

namespace {

// Large enough for every reference model (the largest needs ~200 kB) and far from the 16 MiB of
// RAM, so that a failure to allocate is the model's, not the harness's.
constexpr size_t kArenaBytes = 8 * 1024 * 1024;
alignas(16) uint8_t g_arena[kArenaBytes];

constexpr size_t kOutputHexBytes = 64;

// Every message of TFLM on its own `error: ` line, for the test to show.
class LineErrorReporter : public tflite::ErrorReporter
{
public:
    int Report(const char *format, va_list args) override
    {
        char text[256];
        vsnprintf(text, sizeof text, format, args);
        // Many of TFLM's messages end with their own newline.
        size_t length = std::strlen(text);
        while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r'))
            text[--length] = 0;
        std::printf("error: %s\n", text);
        return 0;
    }
};

// The model in one 16-byte aligned block, as a board would keep it in flash.
uint8_t *readModel(const char *path)
{
    FILE *file = std::fopen(path, "rb");
    if (!file)
        return nullptr;
    std::fseek(file, 0, SEEK_END);
    const long size = std::ftell(file);
    std::fseek(file, 0, SEEK_SET);
    // newlib's aligned_alloc needs posix_memalign, which rdimon lacks.
    auto *bytes = size > 0 ? static_cast<uint8_t *>(memalign(16, size)) : nullptr;
    const bool read = bytes && std::fread(bytes, 1, size, file) == static_cast<size_t>(size);
    std::fclose(file);
    if (!read) {
        std::free(bytes);
        return nullptr;
    }
    return bytes;
}

void printBreakdown(const tflite::RecordingMicroAllocator &allocator)
{
    using Type = tflite::RecordedAllocationType;
    static const struct {
        Type type;
        const char *name;
    } kTypes[] = {
        {Type::kTfLiteEvalTensorData, "TfLiteEvalTensorData"},
        {Type::kPersistentTfLiteTensorData, "PersistentTfLiteTensorData"},
        {Type::kPersistentTfLiteTensorQuantizationData, "PersistentTfLiteTensorQuantizationData"},
        {Type::kPersistentBufferData, "PersistentBufferData"},
        {Type::kTfLiteTensorVariableBufferData, "TfLiteTensorVariableBufferData"},
        {Type::kNodeAndRegistrationArray, "NodeAndRegistrationArray"},
        {Type::kOpData, "OpData"},
    };
    for (const auto &t : kTypes) {
        const tflite::RecordedAllocation a = allocator.GetRecordedAllocation(t.type);
        std::printf("recorded %s used %u requested %u count %u\n", t.name, unsigned(a.used_bytes),
                    unsigned(a.requested_bytes), unsigned(a.count));
    }
    const tflite::RecordingSimpleMemoryAllocator *memory = allocator.GetSimpleMemoryAllocator();
    // The head holds the planned (non-persistent) tensors, the tail everything persistent.
    std::printf("arena_head_bytes %u\n", unsigned(memory->GetHeadUsedBytes()));
    std::printf("arena_tail_bytes %u\n", unsigned(memory->GetTailUsedBytes()));
}

int run(tflite::MicroInterpreter &interpreter, bool breakdown)
{
    const TfLiteStatus allocated = interpreter.AllocateTensors();
    std::printf("allocate_status %d\n", int(allocated));
    if (allocated != kTfLiteOk)
        return 1;
    std::printf("arena_used_bytes %u\n", unsigned(interpreter.arena_used_bytes()));
    if (breakdown)
        printBreakdown(static_cast<tflite::RecordingMicroInterpreter &>(interpreter).GetMicroAllocator());

    for (size_t i = 0; i < interpreter.inputs_size(); ++i) {
        TfLiteTensor *input = interpreter.input(i);
        std::memset(input->data.raw, 0, input->bytes);
    }
    const TfLiteStatus invoked = interpreter.Invoke();
    std::printf("invoke_status %d\n", int(invoked));
    for (size_t i = 0; i < interpreter.outputs_size(); ++i) {
        const TfLiteTensor *output = interpreter.output(i);
        std::printf("output %u %s %u ", unsigned(i), TfLiteTypeGetName(output->type), unsigned(output->bytes));
        const size_t shown = output->bytes < kOutputHexBytes ? output->bytes : kOutputHexBytes;
        for (size_t b = 0; b < shown; ++b)
            std::printf("%02x", static_cast<unsigned>(static_cast<uint8_t>(output->data.raw[b])));
        std::printf("\n");
    }
    return invoked == kTfLiteOk ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // rdimon's stdio and fopen need their handles before first use; our startup code, not
    // rdimon's crt0, runs before main (see startup.c).
    initialise_monitor_handles();
    const bool breakdown = argc > 2 && std::strcmp(argv[2], "--breakdown") == 0;
    if (argc < 2 || (argc > 2 && !breakdown)) {
        std::printf("error: usage: tflm-arena MODEL.tflite [--breakdown]\n");
        return 2;
    }
    const uint8_t *bytes = readModel(argv[1]);
    if (!bytes) {
        std::printf("error: cannot read %s\n", argv[1]);
        return 2;
    }

    static LineErrorReporter reporter;
    static tflite::AllOpsResolver resolver;
    const tflite::Model *model = tflite::GetModel(bytes);
    int status;
    // The recording interpreter adds its own bookkeeping to the arena: the plain interpreter's
    // figure is the one boards see.
    if (breakdown) {
        tflite::RecordingMicroInterpreter interpreter(model, resolver, g_arena, kArenaBytes, &reporter);
        status = run(interpreter, true);
    } else {
        tflite::MicroInterpreter interpreter(model, resolver, g_arena, kArenaBytes, &reporter);
        status = run(interpreter, false);
    }
    std::printf("done\n");
    std::fflush(stdout);
    return status;
}
