// Arduino_LSM9DS1: the IMU of the Nano 33 BLE Sense (Rev1).
#pragma once

#include <Arduino.h>

class LSM9DS1Class
{
public:
    int begin();
    void end();
    virtual int readAcceleration(float &x, float &y, float &z);
    virtual int accelerationAvailable();
    virtual int readGyroscope(float &x, float &y, float &z);
    virtual int gyroscopeAvailable();
    virtual int readMagneticField(float &x, float &y, float &z);
    virtual int magneticFieldAvailable();
};
extern LSM9DS1Class IMU;
