// firmware-check: a generated project's Arduino-free code (src/board_core, src/model) on the
// emulated Cortex-M4, as `tinyml-kg codegen --check` builds it. The board's core boots with the
// project's model built in and its op resolver and arena, as the sketch does; then the input
// code is run against the model's input tensor and the model is invoked on what it wrote.
// Prints one fact per line, then `done`; the desktop reads them, so their format stays:
//   arena_bytes N            the generated tensor arena
//   arena_used N             TFLM's arena_used_bytes() after AllocateTensors
//   load_failed TEXT         the model did not load (TFLM's first message)
//   input_ok N               N elements written by model_input::setValue and read back exactly
//   input_mismatch TEXT      the generated input constants are not the tensor's
//   invoke_ok US             Invoke returned kTfLiteOk, in US microseconds of emulated time
//   invoke_failed N          it did not
//   output TOP VALUE [LABEL] the largest output value
#include "BoardCore.h"
#include "BoardLayout.h"
#include "RamModelSlot.h"
#include "TflmRunner.h"
#include "emulated_clock.h"
#include "model_data.h"
#include "model_input.h"
#include "model_output.h"
#include "model_settings.h"
#include "op_resolver.h"

#include <cstdio>

extern "C" void initialise_monitor_handles(void);

namespace {

using namespace tinyml::board;

class QuietOutputs : public BoardOutputs
{
public:
    void transferStatus(TransferStatus) override { }
    void errorMessage(const uint8_t *, uint32_t) override { }
    void modelStatus(const uint8_t *, uint32_t) override { }
};

alignas(16) uint8_t g_arena[model::kTensorArenaBytes];

// A value the input's type holds exactly, different for neighbouring elements.
float exactValue(int index)
{
#if defined(MODEL_INPUT_QUANTIZED)
    const long long span = (long long)model_input::kMaximum - model_input::kMinimum + 1;
    const long long q = model_input::kMinimum + ((long long)index * 37) % span;
    return model_input::kScale * float(q - model_input::kZeroPoint);
#elif defined(MODEL_INPUT_INTEGER)
    return float(index % 17);
#else
    return float(index % 17 - 8) * 0.125f;
#endif
}

// Writes every element and reads it back: the setter quantises with the tensor's own scale and
// zero point, rounding to the nearest step.
bool inputRoundTrips(TfLiteTensor *input)
{
    for (int i = 0; i < model_input::kElements; ++i) {
        const float exact = exactValue(i);
#ifdef MODEL_INPUT_QUANTIZED
        // A third of a step off: the setter must round back to the same step.
        model_input::setValue(input, i, exact + model_input::kScale / 3);
#else
        model_input::setValue(input, i, exact);
#endif
        if (model_input::valueAt(input, i) != exact) {
            std::printf("input_mismatch element %d reads back as %g, not %g\n", i,
                        double(model_input::valueAt(input, i)), double(exact));
            return false;
        }
    }
    return true;
}

} // namespace

int main()
{
    initialise_monitor_handles();
    static model::OpResolver resolver;
    static RamModelSlot slot(kSlotBytes, kFlashPageBytes);
    static QuietOutputs outputs;
    static TflmRunner runner(resolver, g_arena, sizeof g_arena, emulated_micros);
    static BoardCore core(slot, runner, outputs);
    core.setBuiltinModel(model::kModel, model::kModelBytes);
    core.begin();
    while (core.loadPending())
        core.loop();

    const ModelStatus &status = core.modelStatus();
    std::printf("arena_bytes %lu\n", static_cast<unsigned long>(status.arenaBytes));
    if (!resolver.complete())
        std::printf("load_failed the op resolver could not register every operator\n");
    if (status.state != ModelState::Running) {
        std::printf("load_failed %s\n", status.error);
        std::printf("done\n");
        return 0;
    }
    std::printf("arena_used %lu\n", static_cast<unsigned long>(status.arenaUsedBytes));

    tflite::MicroInterpreter *interpreter = runner.interpreter();
    TfLiteTensor *input = interpreter->input(0);
    const char *why = "";
    if (!model_input::matches(input, &why))
        std::printf("input_mismatch %s\n", why);
    else if (inputRoundTrips(input))
        std::printf("input_ok %d\n", model_input::kElements);

    const uint32_t started = emulated_micros();
    const TfLiteStatus invoked = interpreter->Invoke();
    const uint32_t took = emulated_micros() - started;
    if (invoked != kTfLiteOk) {
        std::printf("invoke_failed %d\n", int(invoked));
    } else {
        std::printf("invoke_ok %lu\n", static_cast<unsigned long>(took));
        const TfLiteTensor *output = interpreter->output(0);
        if (!model_output::matches(output, &why)) {
            std::printf("output_mismatch %s\n", why);
        } else {
            const int top = model_output::topIndex(output);
            const char *label = model_output::labelOf(top);
            std::printf("output %d %g %s\n", top, double(model_output::valueAt(output, top)), label ? label : "");
        }
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
