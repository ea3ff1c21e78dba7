#include "ModelStatus.h"

#include <cstring>

namespace tinyml {
namespace board {

void putUint32(uint8_t *bytes, uint32_t value)
{
    bytes[0] = uint8_t(value);
    bytes[1] = uint8_t(value >> 8);
    bytes[2] = uint8_t(value >> 16);
    bytes[3] = uint8_t(value >> 24);
}

uint32_t uint32At(const uint8_t *bytes)
{
    return uint32_t(bytes[0]) | uint32_t(bytes[1]) << 8 | uint32_t(bytes[2]) << 16 | uint32_t(bytes[3]) << 24;
}

void ModelStatus::setError(const char *text)
{
    std::memset(error, 0, sizeof error);
    std::strncpy(error, text, kModelErrorBytes);
    // A cut must not leave half of a UTF-8 sequence: drop continuation bytes and their lead.
    size_t length = std::strlen(error);
    if (length == kModelErrorBytes && (uint8_t(text[length]) & 0xc0u) == 0x80u) {
        while (length > 0 && (uint8_t(error[length - 1]) & 0xc0u) == 0x80u)
            error[--length] = 0;
        if (length > 0 && (uint8_t(error[length - 1]) & 0x80u))
            error[--length] = 0;
    }
}

void encodeModelStatus(const ModelStatus &status, uint8_t value[kModelStatusBytes])
{
    std::memset(value, 0, kModelStatusBytes);
    value[0] = kModelStatusFormat;
    value[1] = uint8_t(status.state);
    putUint32(value + 4, status.crc32);
    std::memcpy(value + 8, status.sha256Prefix, sizeof status.sha256Prefix);
    putUint32(value + 16, status.arenaUsedBytes);
    putUint32(value + 20, status.arenaBytes);
    putUint32(value + 24, status.invokeUs);
    putUint32(value + 28, status.modelBytes);
    std::memcpy(value + kModelStatusHeaderBytes, status.error, std::strlen(status.error));
}

} // namespace board
} // namespace tinyml
