// The board's firmware without its radio: the file-transfer protocol writing into the model
// slot, the model status, and loading what arrived. The sketch forwards the central's writes to
// write() and calls loop() from its own loop(); everything the core says goes to BoardOutputs.
//
// Model status: Empty when a transfer starts (the old model is erased), and at boot without a
// stored model; after a verified file, and at boot with one: Loading, then Running or Failed. A
// file that fails its CRC never reaches the runner. A stored model whose first load was cut
// short by a reset is reported Failed at boot and not loaded again (ModelStore::LoadHistory).
#pragma once

#include "BoardOutputs.h"
#include "FileTransfer.h"
#include "ModelRunner.h"
#include "ModelSlot.h"
#include "ModelStatus.h"
#include "ModelStore.h"

#include <cstdint>

namespace tinyml {
namespace board {

class BoardCore : private TransferListener
{
public:
    BoardCore(ModelSlot &slot, ModelRunner &runner, BoardOutputs &outputs);

    // What the maximum-length characteristic reports: the slot's capacity.
    uint32_t maximumLength() const { return m_transfer.maximumLength(); }
    const ModelStatus &modelStatus() const { return m_status; }
    bool transferInProgress() const { return m_transfer.inProgress(); }
    // Whether loop() has a model to load.
    bool loadPending() const { return m_loadPending; }

    // At boot: publishes the model status; a stored model is loaded by the next loop().
    void begin();
    // A value the central wrote.
    void write(Characteristic characteristic, const uint8_t *value, uint32_t size);
    // Work too long for a radio callback (the SHA-256 of the model, loading and invoking it).
    void loop();

private:
    const char *beginFile() override;
    void fileVerified(uint32_t length, uint32_t crc) override;
    // The SHA-256 prefix of the model in the store, into the status.
    void describeStoredModel();
    void publishModelStatus();

    ModelStore m_store;
    ModelRunner &m_runner;
    BoardOutputs &m_outputs;
    FileTransfer m_transfer;
    ModelStatus m_status;
    bool m_loadPending = false;
};

} // namespace board
} // namespace tinyml
