// A whole file of the host, read through semihosting, 16-byte aligned as a board keeps a model in
// flash.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>

// False when the file cannot be read or is empty; *bytes is then null.
inline bool readHostFile(const char *path, uint8_t **bytes, uint32_t *length)
{
    *bytes = nullptr;
    *length = 0;
    FILE *file = std::fopen(path, "rb");
    if (!file)
        return false;
    std::fseek(file, 0, SEEK_END);
    const long size = std::ftell(file);
    std::fseek(file, 0, SEEK_SET);
    // newlib's aligned_alloc needs posix_memalign, which rdimon lacks.
    auto *read = size > 0 ? static_cast<uint8_t *>(memalign(16, size_t(size))) : nullptr;
    const bool whole = read && std::fread(read, 1, size_t(size), file) == size_t(size);
    std::fclose(file);
    if (!whole) {
        std::free(read);
        return false;
    }
    *bytes = read;
    *length = uint32_t(size);
    return true;
}
