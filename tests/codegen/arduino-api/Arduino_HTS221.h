// Arduino_HTS221: the temperature and humidity sensor of the Nano 33 BLE Sense (Rev1).
#pragma once

#include <Arduino.h>

enum { CELSIUS, FAHRENHEIT };

class HTS221Class
{
public:
    int begin();
    void end();
    float readTemperature(int units = CELSIUS);
    float readHumidity();
};
extern HTS221Class HTS;
