// The model runner on TensorFlow Lite Micro 2.4 (the Arduino_TensorFlowLite library): the model
// read in place, one static arena, and the sketch's op resolver: the AllOpsResolver in the stock
// firmware (any model the library can run, runs), a MicroMutableOpResolver with exactly a model's
// operators in a generated project (only their kernels are linked).
#pragma once

#include "CapturingErrorReporter.h"
#include "ModelRunner.h"

#include "tensorflow/lite/micro/micro_interpreter.h"
#include "tensorflow/lite/micro/micro_op_resolver.h"

#include <cstdint>

namespace tinyml {
namespace board {

class TflmRunner : public ModelRunner
{
public:
    // Microseconds from any origin; wrapping around is fine for spans under 71 minutes.
    using MicrosecondClock = uint32_t (*)();

    // `resolver` and `arena` (16-byte aligned) outlive the runner; `log` receives TFLM's messages.
    TflmRunner(const tflite::MicroOpResolver &resolver, uint8_t *arena, uint32_t arenaBytes, MicrosecondClock clock,
               CapturingErrorReporter::Log log = nullptr);
    ~TflmRunner() override;
    TflmRunner(const TflmRunner &) = delete;
    TflmRunner &operator=(const TflmRunner &) = delete;

    uint32_t arenaBytes() const override { return m_arenaBytes; }
    RunResult run(const uint8_t *model, uint32_t modelBytes) override;
    void stop() override;

    // The running model's interpreter, for the sketch's own inferences; null unless running.
    tflite::MicroInterpreter *interpreter() { return m_interpreter; }

private:
    RunResult failed(const char *reason);

    uint8_t *m_arena;
    uint32_t m_arenaBytes;
    MicrosecondClock m_clock;
    CapturingErrorReporter m_reporter;
    const tflite::MicroOpResolver &m_resolver;
    // Constructed in place for each model: no heap on the board.
    alignas(tflite::MicroInterpreter) unsigned char m_interpreterStorage[sizeof(tflite::MicroInterpreter)];
    tflite::MicroInterpreter *m_interpreter = nullptr;
};

} // namespace board
} // namespace tinyml
