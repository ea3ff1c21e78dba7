// The mbed core's PDM library.
#pragma once

#include <Arduino.h>

class PDMClass
{
public:
    int begin(int channels, int sampleRate);
    void end();
    virtual int available();
    virtual int read(void *buffer, size_t size);
    void onReceive(void (*)(void));
    void setGain(int gain);
    void setBufferSize(int bufferSize);
};
extern PDMClass PDM;
