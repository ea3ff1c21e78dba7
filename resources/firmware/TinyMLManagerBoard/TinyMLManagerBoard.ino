// TinyML Manager's board firmware for the Arduino Nano 33 BLE Sense (Rev1 and Rev2; nRF52840,
// Arduino mbed core): takes a .tflite model over BLE with the paper's file-transfer protocol,
// keeps it in flash, runs it with TensorFlow Lite Micro 2.4 and says how that went in the model
// status characteristic (0x3007). This file is the radio and the serial log only; everything
// else is the plain C++ core in src/board_core (tested on the host and on an emulated Cortex-M4).
#include <ArduinoBLE.h>
#include <TensorFlowLite.h>

#include "src/board_core/BoardCore.h"
#include "src/board_core/BoardLayout.h"
#include "src/board_core/FlashModelSlot.h"
#include "src/board_core/TflmRunner.h"

using namespace tinyml::board;

// No unnamed namespace here: the Arduino IDE writes prototypes for a sketch's functions at file
// scope, which would clash with functions inside one. Static functions and globals instead.

static BLEService service(kServiceUuid);
static BLECharacteristic fileBlockCharacteristic(kFileBlockUuid, BLEWrite, kBlockBytes);
static BLECharacteristic fileLengthCharacteristic(kFileLengthUuid, BLERead | BLEWrite, 4);
static BLECharacteristic maximumLengthCharacteristic(kMaximumLengthUuid, BLERead, 4, true);
static BLECharacteristic checksumCharacteristic(kChecksumUuid, BLERead | BLEWrite, 4);
static BLECharacteristic commandCharacteristic(kCommandUuid, BLEWrite, 4);
static BLECharacteristic transferStatusCharacteristic(kTransferStatusUuid, BLERead | BLENotify, 4, true);
static BLECharacteristic errorMessageCharacteristic(kErrorMessageUuid, BLERead | BLENotify, kErrorMessageBytes, true);
static BLECharacteristic modelStatusCharacteristic(kModelStatusUuid, BLERead | BLENotify, kModelStatusBytes, true);

// Sets the characteristics to what the core publishes; ArduinoBLE notifies subscribed centrals.
class BleOutputs : public BoardOutputs
{
public:
    void transferStatus(TransferStatus status) override
    {
        uint8_t value[4];
        putUint32(value, uint32_t(status));
        transferStatusCharacteristic.writeValue(value, sizeof value);
        Serial.print("transfer status ");
        Serial.println(uint32_t(status));
    }
    void errorMessage(const uint8_t *text, uint32_t size) override
    {
        errorMessageCharacteristic.writeValue(text, size);
        Serial.print("error: ");
        Serial.println(reinterpret_cast<const char *>(text));
    }
    void modelStatus(const uint8_t *value, uint32_t size) override
    {
        modelStatusCharacteristic.writeValue(value, size);
        static const char *const kStates[] = {"empty", "loading", "running", "failed"};
        Serial.print("model ");
        Serial.print(value[1] < 4 ? kStates[value[1]] : "?");
        Serial.print(", arena used ");
        Serial.print(uint32At(value + 16));
        Serial.print(" of ");
        Serial.print(uint32At(value + 20));
        Serial.print(" bytes, invoke ");
        Serial.print(uint32At(value + 24));
        Serial.print(" us ");
        Serial.println(reinterpret_cast<const char *>(value + kModelStatusHeaderBytes)); // NUL-padded
    }
};

static uint32_t boardMicros()
{
    return micros();
}

static void logTflm(const char *line)
{
    Serial.print("TFLM: ");
    Serial.println(line);
}

// RAM: the arena and the core's objects are static, so the linker says when they do not fit.
alignas(16) static uint8_t tensorArena[kDefaultArenaBytes];
static FlashModelSlot slot;
static BleOutputs outputs;
static TflmRunner runner(tensorArena, sizeof tensorArena, boardMicros, logTflm);
static BoardCore core(slot, runner, outputs);

static void forward(BLECharacteristic &characteristic, Characteristic which)
{
    core.write(which, characteristic.value(), characteristic.valueLength());
}

static void onFileBlock(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::FileBlock);
}
static void onFileLength(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::FileLength);
}
static void onChecksum(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::Checksum);
}
static void onCommand(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::Command);
}

static void halt(const char *why)
{
    Serial.println(why);
    for (;;)
        delay(1000);
}

void setup()
{
    // No waiting for a serial monitor: the board runs on a battery too.
    Serial.begin(115200);
    if (!slot.begin())
        halt(slot.error());
    if (!BLE.begin())
        halt("BLE.begin() failed");

    BLE.setLocalName("TinyMLManagerBoard");
    BLE.setAdvertisedService(service);
    for (BLECharacteristic *c : {&fileBlockCharacteristic, &fileLengthCharacteristic, &maximumLengthCharacteristic,
                                 &checksumCharacteristic, &commandCharacteristic, &transferStatusCharacteristic,
                                 &errorMessageCharacteristic, &modelStatusCharacteristic})
        service.addCharacteristic(*c);
    BLE.addService(service);
    fileBlockCharacteristic.setEventHandler(BLEWritten, onFileBlock);
    fileLengthCharacteristic.setEventHandler(BLEWritten, onFileLength);
    checksumCharacteristic.setEventHandler(BLEWritten, onChecksum);
    commandCharacteristic.setEventHandler(BLEWritten, onCommand);

    uint8_t value[4];
    putUint32(value, core.maximumLength());
    maximumLengthCharacteristic.writeValue(value, sizeof value);
    putUint32(value, uint32_t(TransferStatus::Success));
    transferStatusCharacteristic.writeValue(value, sizeof value);
    uint8_t noError[kErrorMessageBytes] = {};
    errorMessageCharacteristic.writeValue(noError, sizeof noError);

    // Publishes the model status; a stored model is loaded by the first loop(), once the board
    // advertises.
    core.begin();
    BLE.advertise();
    Serial.print("advertising; model slot ");
    Serial.print(core.maximumLength());
    Serial.print(" bytes, arena ");
    Serial.print(sizeof tensorArena);
    Serial.println(" bytes");
}

void loop()
{
    BLE.poll();
    core.loop();
}
