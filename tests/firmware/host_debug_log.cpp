// TFLM's DebugLog on the host: the board's serial log goes to stderr.
#include <cstdio>

extern "C" void DebugLog(const char *s)
{
    std::fputs(s, stderr);
}
