#include "BoardRadio.h"

#include "../board_core/ModelStatus.h"
#include "../board_core/Protocol.h"

#include <Arduino.h>
#include <ArduinoBLE.h>

#include <initializer_list>

namespace tinyml {
namespace board {
namespace {

BLEService service(kServiceUuid);
BLECharacteristic fileBlockCharacteristic(kFileBlockUuid, BLEWrite, kBlockBytes);
BLECharacteristic fileLengthCharacteristic(kFileLengthUuid, BLERead | BLEWrite, 4);
BLECharacteristic maximumLengthCharacteristic(kMaximumLengthUuid, BLERead, 4, true);
BLECharacteristic checksumCharacteristic(kChecksumUuid, BLERead | BLEWrite, 4);
BLECharacteristic commandCharacteristic(kCommandUuid, BLEWrite, 4);
BLECharacteristic transferStatusCharacteristic(kTransferStatusUuid, BLERead | BLENotify, 4, true);
BLECharacteristic errorMessageCharacteristic(kErrorMessageUuid, BLERead | BLENotify, kErrorMessageBytes, true);
BLECharacteristic modelStatusCharacteristic(kModelStatusUuid, BLERead | BLENotify, kModelStatusBytes, true);

BoardCore *g_core = nullptr;

void forward(BLECharacteristic &characteristic, Characteristic which)
{
    if (g_core)
        g_core->write(which, characteristic.value(), characteristic.valueLength());
}

void onFileBlock(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::FileBlock);
}
void onFileLength(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::FileLength);
}
void onChecksum(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::Checksum);
}
void onCommand(BLEDevice, BLECharacteristic c)
{
    forward(c, Characteristic::Command);
}

} // namespace

uint32_t boardMicros()
{
    return micros();
}

void logTflm(const char *line)
{
    Serial.print("TFLM: ");
    Serial.println(line);
}

void halt(const char *why)
{
    Serial.println(why);
    for (;;)
        delay(1000);
}

void BoardRadio::attach(BoardCore &core)
{
    g_core = &core;
}

bool BoardRadio::begin(const char *localName)
{
    if (!BLE.begin())
        return false;
    BLE.setLocalName(localName);
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
    putUint32(value, g_core ? g_core->maximumLength() : 0);
    maximumLengthCharacteristic.writeValue(value, sizeof value);
    putUint32(value, uint32_t(TransferStatus::Success));
    transferStatusCharacteristic.writeValue(value, sizeof value);
    uint8_t noError[kErrorMessageBytes] = {};
    errorMessageCharacteristic.writeValue(noError, sizeof noError);
    return true;
}

void BoardRadio::advertise()
{
    BLE.advertise();
}

void BoardRadio::poll()
{
    BLE.poll();
}

void BoardRadio::transferStatus(TransferStatus status)
{
    uint8_t value[4];
    putUint32(value, uint32_t(status));
    transferStatusCharacteristic.writeValue(value, sizeof value);
    Serial.print("transfer status ");
    Serial.println(uint32_t(status));
}

void BoardRadio::errorMessage(const uint8_t *text, uint32_t size)
{
    errorMessageCharacteristic.writeValue(text, size);
    Serial.print("error: ");
    Serial.println(reinterpret_cast<const char *>(text));
}

void BoardRadio::modelStatus(const uint8_t *value, uint32_t size)
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

} // namespace board
} // namespace tinyml
