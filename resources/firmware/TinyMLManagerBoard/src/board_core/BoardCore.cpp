#include "BoardCore.h"

#include "Crc32.h"
#include "Sha256.h"

namespace tinyml {
namespace board {

BoardCore::BoardCore(ModelSlot &slot, ModelRunner &runner, BoardOutputs &outputs)
    : m_store(slot), m_runner(runner), m_outputs(outputs), m_transfer(m_store, outputs, *this)
{
    m_status.arenaBytes = m_runner.arenaBytes();
}

void BoardCore::setBuiltinModel(const uint8_t *model, uint32_t modelBytes)
{
    m_builtinModel = model;
    m_builtinBytes = model ? modelBytes : 0;
}

void BoardCore::begin()
{
    uint32_t length = 0;
    uint32_t crc = 0;
    ModelStore::LoadHistory history = ModelStore::LoadHistory::NeverLoaded;
    if (!m_store.find(&length, &crc, &history)) {
        if (m_builtinBytes == 0) {
            publishModelStatus();
            return;
        }
        // No load marks: they live in the slot's header. A built-in model that aborted would do
        // so at every boot, which is why a project is generated only for a model its runtime
        // can run, and its check loads it on the emulated board first.
        fileVerified(m_builtinBytes, crc32Of(m_builtinModel, m_builtinBytes));
        m_runsBuiltin = true;
        return;
    }
    fileVerified(length, crc);
    if (history == ModelStore::LoadHistory::Interrupted) {
        m_loadPending = false;
        describeCurrentModel();
        m_status.state = ModelState::Failed;
        m_status.setError("the board reset while loading this model (TFLM aborted or faulted): not loaded again");
        publishModelStatus();
    }
}

void BoardCore::write(Characteristic characteristic, const uint8_t *value, uint32_t size)
{
    m_transfer.write(characteristic, value, size);
}

const char *BoardCore::beginFile()
{
    // The runner reads the model in place: it lets go before its pages are erased.
    m_runner.stop();
    m_loadPending = false;
    m_runsBuiltin = false;
    if (!m_store.begin())
        return m_store.error();
    m_status = ModelStatus();
    m_status.arenaBytes = m_runner.arenaBytes();
    publishModelStatus();
    return nullptr;
}

void BoardCore::fileVerified(uint32_t length, uint32_t crc)
{
    m_status = ModelStatus();
    m_status.arenaBytes = m_runner.arenaBytes();
    m_status.crc32 = crc;
    m_status.modelBytes = length;
    m_loadPending = true;
}

void BoardCore::loop()
{
    if (!m_loadPending)
        return;
    m_loadPending = false;
    describeCurrentModel();
    m_status.state = ModelState::Loading;
    publishModelStatus();

    // A failed mark costs only the protection against a reset during the load: load anyway.
    if (!m_runsBuiltin)
        m_store.markLoadStarted();
    const RunResult result = m_runner.run(currentModel(), m_status.modelBytes);
    if (!m_runsBuiltin)
        m_store.markLoadFinished();
    if (result.running) {
        m_status.state = ModelState::Running;
        m_status.arenaUsedBytes = result.arenaUsedBytes;
        m_status.invokeUs = result.invokeUs;
    } else {
        m_status.state = ModelState::Failed;
        m_status.setError(result.error[0] ? result.error : "the model did not load");
    }
    publishModelStatus();
}

const uint8_t *BoardCore::currentModel() const
{
    return m_runsBuiltin ? m_builtinModel : m_store.model();
}

void BoardCore::describeCurrentModel()
{
    Sha256 sha;
    sha.update(currentModel(), m_status.modelBytes);
    uint8_t digest[Sha256::kDigestBytes];
    sha.finish(digest);
    for (size_t i = 0; i < sizeof m_status.sha256Prefix; ++i)
        m_status.sha256Prefix[i] = digest[i];
}

void BoardCore::publishModelStatus()
{
    uint8_t value[kModelStatusBytes];
    encodeModelStatus(m_status, value);
    m_outputs.modelStatus(value, kModelStatusBytes);
}

} // namespace board
} // namespace tinyml
