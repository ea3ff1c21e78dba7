// Arduino core API, as the mbed core declares what generated projects call.
#pragma once

#include <cstddef>
#include <cstdint>

unsigned long millis();
unsigned long micros();
void delay(unsigned long ms);

class HardwareSerial
{
public:
    void begin(unsigned long baud);
    size_t print(const char *text);
    size_t print(char c);
    size_t print(int value, int base = 10);
    size_t print(unsigned int value, int base = 10);
    size_t print(long value, int base = 10);
    size_t print(unsigned long value, int base = 10);
    size_t print(double value, int digits = 2);
    size_t println(const char *text);
    size_t println(int value, int base = 10);
    size_t println(unsigned int value, int base = 10);
    size_t println(long value, int base = 10);
    size_t println(unsigned long value, int base = 10);
    size_t println(double value, int digits = 2);
    size_t println();
};
extern HardwareSerial Serial;
