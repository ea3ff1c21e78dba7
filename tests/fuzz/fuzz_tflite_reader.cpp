// libFuzzer entry point: every input goes through the whole analyser. A FormatError is the
// expected answer to a bad file; anything the sanitizers catch is a bug.
#include "tflite/ArenaEstimator.h"
#include "tflite/LayerView.h"
#include "tflite/MacCounter.h"
#include "tflite/TfliteReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tinyml::tflite;
    try {
        const ReadResult r = readModel(data, size);
        const MacCount macs = countMacs(r.model.subgraphs.front());
        buildLayerView(r.model.subgraphs.front(), macs);
        for (const Runtime &runtime : runtimes()) {
            estimateArena(r.model, runtime);
            estimateFlash(r.model, size, runtime);
        }
    } catch (const FormatError &) { }
    return 0;
}
