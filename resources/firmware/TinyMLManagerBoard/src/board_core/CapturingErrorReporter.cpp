#include "CapturingErrorReporter.h"

#include <cstdio>
#include <cstring>

namespace tinyml {
namespace board {

int CapturingErrorReporter::Report(const char *format, va_list args)
{
    char text[160];
    const int length = std::vsnprintf(text, sizeof text, format, args);
    size_t end = std::strlen(text);
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        text[--end] = 0;
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
