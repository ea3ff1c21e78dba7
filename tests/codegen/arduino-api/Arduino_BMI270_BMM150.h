// Arduino_BMI270_BMM150: the IMU of the Nano 33 BLE Sense Rev2.
#pragma once

#include <Arduino.h>

class BoschSensorClass
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
extern BoschSensorClass IMU;
