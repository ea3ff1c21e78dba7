/* Microseconds of emulated time on qemu-system-arm's mps2-an386, from the FPGA I/O block's
 * 25 MHz cycle counter. Run QEMU with -icount shift=4: each instruction then advances emulated
 * time by 16 ns, so a span measured here is the instructions executed in it times 16 ns, the
 * time a Cortex-M4 at 62.5 MHz (the nRF52840 runs at 64 MHz) would take at one instruction per
 * cycle. A board with flash wait states and multi-cycle loads and multiplies is slower. Without
 * -icount the figure follows the host's speed and means nothing. */
#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

uint32_t emulated_micros(void);

#ifdef __cplusplus
}
#endif
