#include "CapturingErrorReporter.h"

#include <cstdio>
#include <cstring>

namespace tinyml {
namespace board {

int CapturingErrorReporter::Report(const char *format, va_list args)
{
    char text[256];
    const int length = std::vsnprintf(text, sizeof text, format, args);
    size_t end = std::strlen(text);
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        text[--end] = 0;
    // TFLM's checks start with __FILE__, the build machine's whole path: the status has room for
    // 96 bytes, which "kernel_util.cpp:NN ..." uses better.
    if (const char *colon = std::strchr(text, ':')) {
        const char *base = text;
        for (const char *c = text; c < colon; ++c) {
            if (*c == '/' || *c == '\\')
                base = c + 1;
        }
        if (base != text)
            std::memmove(text, base, std::strlen(base) + 1);
    }
    if (m_first[0] == 0) {
        std::strncpy(m_first, text, sizeof m_first - 1);
        m_first[sizeof m_first - 1] = 0;
    }
    if (m_log)
        m_log(text);
    return length;
}

} // namespace board
} // namespace tinyml
