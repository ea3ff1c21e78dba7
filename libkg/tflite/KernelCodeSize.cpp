#include "KernelCodeSize.h"

#include <cstring>

namespace tinyml::tflite {

uint64_t cortexM4CodeBytes(const std::set<std::string> &operators, std::vector<std::string> *unknown)
{
    using namespace cortexm4;
    uint64_t wanted = 0;
    size_t known = 0;
    for (const std::string &name : operators) {
        size_t i = 0;
        while (i < kOperatorCount && std::strcmp(kOperators[i], name.c_str()) != 0)
            ++i;
        if (i == kOperatorCount) {
            unknown->push_back(name);
            continue;
        }
        wanted |= uint64_t(1) << i;
        ++known;
    }
    uint64_t bytes = kBaseBytes;
    if (known)
        bytes += kResolverFirstBytes + uint64_t(kResolverEachBytes) * (known - 1);
    for (size_t g = 0; g < kGroupCount; ++g) {
        if (kGroups[g].operators & wanted)
            bytes += kGroups[g].bytes;
    }
    return bytes;
}

} // namespace tinyml::tflite
