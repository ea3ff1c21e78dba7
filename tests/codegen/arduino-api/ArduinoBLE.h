// ArduinoBLE's central-facing API, as generated projects call it.
#pragma once

#include <Arduino.h>

enum BLEProperty : uint8_t {
    BLEBroadcast = 0x01,
    BLERead = 0x02,
    BLEWriteWithoutResponse = 0x04,
    BLEWrite = 0x08,
    BLENotify = 0x10,
    BLEIndicate = 0x20
};
enum BLECharacteristicEvent { BLESubscribed = 0, BLEUnsubscribed = 1, BLERead_ = 2, BLEWritten = 3 };

class BLEDevice
{ };

class BLECharacteristic;
typedef void (*BLECharacteristicEventHandler)(BLEDevice device, BLECharacteristic characteristic);

class BLECharacteristic
{
public:
    BLECharacteristic(const char *uuid, uint16_t permissions, int valueSize, bool fixedLength = false);
    int valueLength() const;
    const uint8_t *value() const;
    int writeValue(const uint8_t value[], int length, bool withResponse = true);
    void setEventHandler(int event, BLECharacteristicEventHandler eventHandler);
};

class BLEService
{
public:
    BLEService(const char *uuid);
    void addCharacteristic(BLECharacteristic &characteristic);
};

class BLELocalDevice
{
public:
    int begin();
    bool setLocalName(const char *localName);
    bool setAdvertisedService(const BLEService &service);
    void addService(BLEService &service);
    int advertise();
    void poll(unsigned long timeout = 0);
};
extern BLELocalDevice &BLE;
