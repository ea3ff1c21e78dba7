#include "Runtime.h"

#include "KernelCodeSize.h"
#include "TfliteModel.h"

#include <algorithm>
#include <set>

namespace tinyml::tflite {
namespace {

// What the Arduino library's AllOpsResolver registers: the operators of the Cortex-M4 code-size
// table, which its generator reads from that resolver (all but the Ethos-U NPU's).
std::set<std::string> arduinoAllOps()
{
    return std::set<std::string>(cortexm4::kOperators, cortexm4::kOperators + cortexm4::kOperatorCount);
}

// The paper's measuring program registers the same minus the operators added later.
std::set<std::string> paperAllOps()
{
    std::set<std::string> ops = arduinoAllOps();
    for (const char *later : {"HARD_SWISH", "SHAPE", "SPLIT_V", "REDUCE_MAX", "TFLite_Detection_PostProcess"})
        ops.erase(later);
    return ops;
}

std::vector<Runtime> makeRuntimes()
{
    Runtime x86;
    x86.name = "tflm24-x86-64";
    x86.summary = "TensorFlow Lite Micro of the 2.4 era, reference kernels, x86-64: the paper's "
                  "measuring program and figures (Flash is the model's bytes)";
    x86.allocator = AllocatorDesign::PersistentTensors;
    x86.kernels = KernelSet::ReferenceX86_64;
    x86.allocatorObjectsBytes = 96;
    x86.tensorBytes = 112;
    x86.tensorAlign = 8;
    x86.quantizationBytes = 24;
    x86.quantizationAlign = 8;
    x86.nodeBytes = 80;
    x86.nodeAlign = 8;
    x86.scratchHandleBytes = 24;
    x86.scratchHandleAlign = 8;
    x86.registered = paperAllOps();
    // TfLiteTypeSizeOf of that build knows these alone; a tensor of any other type fails.
    x86.tensorTypes = {TensorType::Float32, TensorType::Int32, TensorType::UInt8,     TensorType::Int64,
                       TensorType::Bool,    TensorType::Int16, TensorType::Complex64, TensorType::Int8};

    Runtime m4;
    m4.name = "tflm24-cortex-m4-cmsis";
    m4.summary = "TensorFlow Lite Micro 2.4 (Arduino library) with CMSIS-NN kernels on an Arm "
                 "Cortex-M4F, as an Arduino Nano 33 BLE runs it (Flash: model + runtime code)";
    m4.allocator = AllocatorDesign::EvalTensors;
    m4.kernels = KernelSet::CmsisNnCortexM4;
    // 32-bit sizes with one-byte enums: SimpleMemoryAllocator 28 + MicroAllocator 24;
    // TfLiteEvalTensor (data, dims, type) 12; TfLiteNode 24 + registration pointer 4;
    // ScratchBufferHandle (data) 4.
    m4.allocatorObjectsBytes = 52;
    m4.allocatorObjectsAlign = 4;
    m4.tensorBytes = 12;
    m4.tensorAlign = 4;
    m4.nodeBytes = 28;
    m4.nodeAlign = 4;
    m4.scratchHandleBytes = 4;
    m4.scratchHandleAlign = 4;
    m4.codeBytes = cortexM4CodeBytes;
    m4.registered = arduinoAllOps();
    return {x86, m4};
}

} // namespace

const std::vector<Runtime> &runtimes()
{
    static const std::vector<Runtime> all = makeRuntimes();
    return all;
}

const Runtime *findRuntime(const std::string &name)
{
    const auto &all = runtimes();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Runtime &r) { return r.name == name; });
    return it == all.end() ? nullptr : &*it;
}

const Runtime &paperRuntime()
{
    return runtimes().front();
}

std::string runtimeNames()
{
    std::string out;
    const auto &all = runtimes();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i)
            out += i + 1 == all.size() ? " and " : ", ";
        out += all[i].name;
    }
    return out;
}

FlashEstimate estimateFlash(const Model &model, uint64_t modelBytes, const Runtime &runtime)
{
    FlashEstimate flash;
    flash.modelBytes = modelBytes;
    if (runtime.hasCodeSizes()) {
        std::set<std::string> operators;
        for (const Operator &op : model.subgraphs.front().operators)
            operators.insert(op.name);
        flash.codeBytes = runtime.codeBytes(operators, &flash.unknownOperators);
        flash.complete = flash.unknownOperators.empty();
    }
    flash.flashBytes = flash.modelBytes + flash.codeBytes;
    return flash;
}

} // namespace tinyml::tflite
