#include "emulated_clock.h"

/* AN385/AN386 FPGA I/O: COUNTER counts the 25 MHz reference clock (prescaler 0). */
#define FPGAIO_COUNTER (*(volatile uint32_t *)0x40028018u)
#define COUNTER_TICKS_PER_US 25u

uint32_t emulated_micros(void)
{
    /* The 32-bit counter wraps every 171 s; extended to 64 bits between calls. */
    static uint32_t last;
    static uint64_t ticks;
    const uint32_t now = FPGAIO_COUNTER;
    ticks += (uint32_t)(now - last);
    last = now;
    return (uint32_t)(ticks / COUNTER_TICKS_PER_US);
}
