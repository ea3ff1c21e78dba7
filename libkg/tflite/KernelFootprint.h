// What TensorFlow Lite Micro keeps per operator at the arena's tail: the parsed builtin options
// and the kernel's own state (OpData, per-channel quantisation arrays).
#pragma once

#include <cstdint>

namespace tinyml::tflite {

struct KernelFootprint {
    enum class PerChannel : uint8_t { None, FilterDim0, FilterDim3 };
    // How the figures are known: matched byte for byte against TFLM's reported arena for the
    // reference models, or read from TFLM's kernel sources without such a measurement.
    enum class Basis : uint8_t { Measured, FromSource };

    uint16_t paramsBytes = 0; // parsed builtin options struct (0: none allocated)
    uint8_t paramsAlign = 4;
    uint16_t opDataBytes = 0; // kernel state allocated in Init (0: none), 16-byte aligned
    PerChannel perChannel = PerChannel::None; // two int32 arrays (multiplier, shift) per channel
    Basis basis = Basis::Measured;
};

// The footprint of a builtin operator's reference kernel, or nullptr when we do not know it.
const KernelFootprint *kernelFootprint(int32_t builtinCode);

} // namespace tinyml::tflite
