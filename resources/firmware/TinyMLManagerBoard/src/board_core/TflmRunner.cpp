#include "TflmRunner.h"

#include "tensorflow/lite/schema/schema_generated.h"
#include "tensorflow/lite/version.h"

#include <cstdio>
#include <cstring>
#include <new>

namespace tinyml {
namespace board {

TflmRunner::TflmRunner(const tflite::MicroOpResolver &resolver, uint8_t *arena, uint32_t arenaBytes,
                       MicrosecondClock clock, CapturingErrorReporter::Log log)
    : m_arena(arena), m_arenaBytes(arenaBytes), m_clock(clock), m_reporter(log), m_resolver(resolver)
{ }

TflmRunner::~TflmRunner()
{
    stop();
}

void TflmRunner::stop()
{
    if (m_interpreter)
        m_interpreter->~MicroInterpreter();
    m_interpreter = nullptr;
}

RunResult TflmRunner::failed(const char *reason)
{
    stop();
    RunResult result;
    std::snprintf(result.error, sizeof result.error, "%s", reason);
    return result;
}

RunResult TflmRunner::run(const uint8_t *model, uint32_t modelBytes)
{
    stop();
    // TFLM trusts the flatbuffer's offsets: bytes that are not a model would make it read
    // anywhere. The verifier bounds every offset by the file first.
    flatbuffers::Verifier verifier(model, modelBytes);
    if (!tflite::VerifyModelBuffer(verifier))
        return failed("not a TensorFlow Lite model: the file is not a valid TFLite flatbuffer");
    const tflite::Model *parsed = tflite::GetModel(model);
    if (parsed->version() != TFLITE_SCHEMA_VERSION) {
        char reason[kModelErrorBytes + 1];
        std::snprintf(reason, sizeof reason, "model schema version %lu, TFLM 2.4 reads version %d",
                      static_cast<unsigned long>(parsed->version()), TFLITE_SCHEMA_VERSION);
        return failed(reason);
    }

    m_reporter.clear();
    m_interpreter =
        new (m_interpreterStorage) tflite::MicroInterpreter(parsed, m_resolver, m_arena, m_arenaBytes, &m_reporter);
    if (m_interpreter->AllocateTensors() != kTfLiteOk)
        return failed(m_reporter.first()[0] ? m_reporter.first() : "AllocateTensors failed");
    // The figure the desktop's estimate and the paper's measurements give: after AllocateTensors.
    const size_t arenaUsedBytes = m_interpreter->arena_used_bytes();
    for (size_t i = 0; i < m_interpreter->inputs_size(); ++i) {
        TfLiteTensor *input = m_interpreter->input(i);
        std::memset(input->data.raw, 0, input->bytes);
    }
    const uint32_t started = m_clock();
    const TfLiteStatus invoked = m_interpreter->Invoke();
    const uint32_t invokeUs = m_clock() - started;
    if (invoked != kTfLiteOk)
        return failed(m_reporter.first()[0] ? m_reporter.first() : "Invoke failed");

    RunResult result;
    result.running = true;
    result.arenaUsedBytes = uint32_t(arenaUsedBytes);
    result.invokeUs = invokeUs;
    return result;
}

} // namespace board
} // namespace tinyml
