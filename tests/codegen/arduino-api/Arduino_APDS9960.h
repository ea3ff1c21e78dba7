// Arduino_APDS9960: the light, colour, proximity and gesture sensor of the Nano 33 BLE Sense.
#pragma once

#include <Arduino.h>

class APDS9960
{
public:
    bool begin();
    void end();
    int colorAvailable();
    bool readColor(int &r, int &g, int &b);
    bool readColor(int &r, int &g, int &b, int &c);
    int proximityAvailable();
    int readProximity();
};
extern APDS9960 APDS;
