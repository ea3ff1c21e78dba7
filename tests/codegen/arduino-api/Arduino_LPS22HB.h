// Arduino_LPS22HB: the barometer of the Nano 33 BLE Sense.
#pragma once

#include <Arduino.h>

enum { PSI, MILLIBAR, KILOPASCAL };

class LPS22HBClass
{
public:
    int begin();
    void end();
    float readPressure(int units = KILOPASCAL);
};
extern LPS22HBClass BARO;
