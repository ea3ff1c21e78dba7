// TFLM's error reporter for the board: keeps the first message of a load (the cause; TFLM adds
// its own "Failed starting model allocation." after it) for the model status, and passes every
// message on to the board's log.
#pragma once

#include "Protocol.h"

#include "tensorflow/lite/core/api/error_reporter.h"

#include <cstdarg>

namespace tinyml {
namespace board {

class CapturingErrorReporter : public tflite::ErrorReporter
{
public:
    using Log = void (*)(const char *line);

    explicit CapturingErrorReporter(Log log = nullptr) : m_log(log) { }

    int Report(const char *format, va_list args) override;

    void clear() { m_first[0] = 0; }
    // The first message since clear(), without its trailing newline; empty if none.
    const char *first() const { return m_first; }

private:
    Log m_log;
    char m_first[kModelErrorBytes + 1] = {};
};

} // namespace board
} // namespace tinyml
