// The board's firmware without its radio: the file-transfer protocol writing into the model
// slot, the model status, and loading what arrived. The sketch forwards the central's writes to
// write() and calls loop() from its own loop(); everything the core says goes to BoardOutputs.
//
// Model status: Empty when a transfer starts (the old model is erased), and at boot without a
// stored model; after a verified file, and at boot with one: Loading, then Running or Failed. A
// file that fails its CRC never reaches the runner. A stored model whose first load was cut
// short by a reset is reported Failed at boot and not loaded again (ModelStore::LoadHistory).
//
// A generated project builds its model into the sketch (setBuiltinModel): the board runs it from
// its first boot, and whenever the slot holds no verified model. A model sent over BLE replaces
// it in the slot; the built-in one comes back only if a transfer leaves the slot empty.
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

    // A model in program flash (it stays there) to run when the slot holds none; before begin().
    void setBuiltinModel(const uint8_t *model, uint32_t modelBytes);
    // Whether the model that loop() loaded or will load is the built-in one.
    bool runsBuiltinModel() const { return m_runsBuiltin; }

    // At boot: publishes the model status; a stored model (or the built-in one) is loaded by the
    // next loop().
    void begin();
    // A value the central wrote.
    void write(Characteristic characteristic, const uint8_t *value, uint32_t size);
    // Work too long for a radio callback (the SHA-256 of the model, loading and invoking it).
    void loop();

private:
    const char *beginFile() override;
    void fileVerified(uint32_t length, uint32_t crc) override;
    // The model loop() runs: the stored one, or the built-in one.
    const uint8_t *currentModel() const;
    // The SHA-256 prefix of the current model, into the status.
    void describeCurrentModel();
    void publishModelStatus();

    ModelStore m_store;
    ModelRunner &m_runner;
    BoardOutputs &m_outputs;
    FileTransfer m_transfer;
    ModelStatus m_status;
    bool m_loadPending = false;
    const uint8_t *m_builtinModel = nullptr;
    uint32_t m_builtinBytes = 0;
    bool m_runsBuiltin = false;
};

} // namespace board
} // namespace tinyml
