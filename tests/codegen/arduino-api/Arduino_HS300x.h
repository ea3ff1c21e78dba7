// Arduino_HS300x: the temperature and humidity sensor of the Nano 33 BLE Sense Rev2.
#pragma once

#include <Arduino.h>

enum { CELSIUS, FAHRENHEIT };

class HS300xClass
{
public:
    int begin();
    void end();
    float readTemperature(int units = CELSIUS);
    float readHumidity();
};
extern HS300xClass HS300x;
