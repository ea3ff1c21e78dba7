/* Reset and fault handling for the Cortex-M4 of qemu-system-arm's mps2-an386.
 *
 * QEMU reads the initial stack pointer and reset vector from address 0 and starts there, with
 * no boot ROM: this file is all that runs before main. A fault without a handler would make the
 * core spin forever, so every fault reports itself through semihosting and ends the emulation. */
#include "semihosting.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern uint32_t __bss_start__[], __bss_end__[], __stack_top[];
extern void __libc_init_array(void);

extern int main(int argc, char **argv);

#define REG(address) (*(volatile uint32_t *)(address))
#define SCB_CFSR REG(0xE000ED28u)
#define SCB_HFSR REG(0xE000ED2Cu)
#define SCB_MMFAR REG(0xE000ED34u)
#define SCB_BFAR REG(0xE000ED38u)

enum {
    SYS_WRITE0 = 0x04,
    SYS_GET_CMDLINE = 0x15,
    SYS_EXIT = 0x18,
    ADP_Stopped_ApplicationExit = 0x20026,
    ADP_Stopped_RunTimeErrorUnknown = 0x20023,
};

static int semihost(int operation, const void *argument)
{
    register int r0 __asm__("r0") = operation;
    register const void *r1 __asm__("r1") = argument;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void sh_write0(const char *text)
{
    semihost(SYS_WRITE0, text);
}

void sh_write_hex(unsigned value)
{
    char text[11] = "0x";
    for (int i = 0; i < 8; ++i)
        text[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xf];
    text[10] = 0;
    sh_write0(text);
}

void sh_exit(int success)
{
    semihost(SYS_EXIT,
             (const void *)(uintptr_t)(success ? ADP_Stopped_ApplicationExit : ADP_Stopped_RunTimeErrorUnknown));
    for (;;) { }
}

int sh_command_line(char *buffer, int size, char **argv, int max)
{
    struct {
        char *buffer;
        int size;
    } block = {buffer, size - 1};
    if (semihost(SYS_GET_CMDLINE, &block) != 0)
        return 0;
    buffer[block.size] = 0;
    int argc = 0;
    for (char *p = buffer; *p && argc < max;) {
        while (*p == ' ')
            *p++ = 0;
        if (!*p)
            break;
        argv[argc++] = p;
        while (*p && *p != ' ')
            ++p;
    }
    return argc;
}

/* TFLM's MicroErrorReporter writes here. */
void DebugLog(const char *s)
{
    sh_write0(s);
}

/* One line per fault: which one (from IPSR), where (the stacked PC) and the fault status
 * registers. */
void fault_report(const uint32_t *frame, uint32_t ipsr)
{
    static const char *const names[] = {"Thread", "Reset", "NMI", "HardFault", "MemManage", "BusFault", "UsageFault"};
    const uint32_t exception = ipsr & 0x1ff;
    sh_write0("fault ");
    if (exception < sizeof names / sizeof names[0]) {
        sh_write0(names[exception]);
    } else {
        sh_write0("exception");
        sh_write_hex(exception);
    }
    sh_write0(" pc ");
    sh_write_hex(frame[6]);
    sh_write0(" cfsr ");
    sh_write_hex(SCB_CFSR);
    sh_write0(" hfsr ");
    sh_write_hex(SCB_HFSR);
    sh_write0(" mmfar ");
    sh_write_hex(SCB_MMFAR);
    sh_write0(" bfar ");
    sh_write_hex(SCB_BFAR);
    sh_write0("\n");
    sh_exit(0);
}

/* Every fault and unexpected exception: passes the stacked exception frame (on MSP or PSP, as
 * EXC_RETURN in LR says) and IPSR to fault_report. */
__attribute__((naked)) void Fault_Handler(void)
{
    __asm__ volatile("tst lr, #4\n"
                     "ite eq\n"
                     "mrseq r0, msp\n"
                     "mrsne r0, psp\n"
                     "mrs r1, ipsr\n"
                     "b fault_report\n");
}

/* TFLM's failed checks (TFLITE_DCHECK, TFLITE_CHECK) call abort(), which newlib makes a silent
 * exit: say so, as a fault does. */
void abort(void)
{
    sh_write0("abort\n");
    sh_exit(0);
}

/* Ends the emulation on exit() when newlib's rdimon does not provide _exit (it does for
 * tflm-arena; the Flash probe links libnosys, whose _exit spins). */
__attribute__((weak, noreturn)) void _exit(int status)
{
    sh_exit(status == 0);
}

static void start(void) __attribute__((noreturn, used));

/* Enables the FPU before anything compiled with -mfloat-abi=hard can touch it: CP10 and CP11
 * full access (CPACR bits 20-23). In assembly, as the compiler may use FP registers in C. */
__attribute__((naked, noreturn)) void Reset_Handler(void)
{
    __asm__ volatile("ldr r0, =0xE000ED88\n"
                     "ldr r1, [r0]\n"
                     "orr r1, r1, #(0xF << 20)\n"
                     "str r1, [r0]\n"
                     "dsb\n"
                     "isb\n"
                     "b start\n");
}

static void start(void)
{
    memset(__bss_start__, 0, (char *)__bss_end__ - (char *)__bss_start__);
    __libc_init_array();
    static char command_line[1024];
    static char *argv[16];
    int argc = sh_command_line(command_line, sizeof command_line, argv, 15);
    argv[argc] = 0;
    exit(main(argc, argv));
}

typedef void (*Vector)(void);

/* The Cortex-M4 system exceptions; no interrupt is enabled, so no IRQ vectors. */
__attribute__((section(".vectors"), used)) const Vector g_vectors[16] = {
    (Vector)__stack_top,
    Reset_Handler,
    Fault_Handler, /* NMI */
    Fault_Handler, /* HardFault */
    Fault_Handler, /* MemManage */
    Fault_Handler, /* BusFault */
    Fault_Handler, /* UsageFault */
    0,
    0,
    0,
    0,
    Fault_Handler, /* SVC */
    Fault_Handler, /* DebugMon */
    0,
    Fault_Handler, /* PendSV */
    Fault_Handler, /* SysTick */
};
