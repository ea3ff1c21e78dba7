// The smallest firmware that runs a model with a chosen set of operators: what TFLM 2.4 costs in
// Flash on a Cortex-M4 for that set. link-probe.sh compiles it with
//   -DTINYML_OPS="X(AddConv2D) X(AddFullyConnected)"   (MicroMutableOpResolver method names)
// and links it with a separately compiled source that defines g_model/g_model_len (a real model,
// or a placeholder for the runtime alone). Exits with the Invoke status under qemu.
#include "tensorflow/lite/micro/micro_error_reporter.h"
#include "tensorflow/lite/micro/micro_interpreter.h"
#include "tensorflow/lite/micro/micro_mutable_op_resolver.h"
#include "tensorflow/lite/schema/schema_generated.h"

#ifndef TINYML_OPS
#define TINYML_OPS
#endif
#ifndef TINYML_ARENA_BYTES
#define TINYML_ARENA_BYTES (1024 * 1024)
#endif

extern "C" const unsigned char g_model[];
extern "C" const unsigned int g_model_len;

namespace {

#define X(op) +1
constexpr unsigned kOpCount = 0 TINYML_OPS;
#undef X

alignas(16) uint8_t g_arena[TINYML_ARENA_BYTES];

} // namespace

int main()
{
    // g_model_len lives in another translation unit, so the compiler keeps the whole runtime
    // below even for the placeholder model (which it does not run: it is no flatbuffer).
    if (g_model_len < 8)
        return 0;
    static tflite::MicroErrorReporter reporter;
    static tflite::MicroMutableOpResolver<(kOpCount > 0 ? kOpCount : 1)> resolver;
#define X(op) resolver.op();
    TINYML_OPS
#undef X
    tflite::MicroInterpreter interpreter(tflite::GetModel(g_model), resolver, g_arena, sizeof g_arena, &reporter);
    if (interpreter.AllocateTensors() != kTfLiteOk)
        return 1;
    return interpreter.Invoke() == kTfLiteOk ? 0 : 1;
}
