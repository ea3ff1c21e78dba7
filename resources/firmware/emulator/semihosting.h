/* The few Arm semihosting calls the harness needs, made directly (BKPT 0xAB on M profile), so
 * that startup code and the Flash probe do not pull in newlib's stdio. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/* Writes a NUL-terminated string to the host's stdout (SYS_WRITE0). */
void sh_write0(const char *text);
/* Writes `value` as 0x-prefixed hexadecimal (no stdio: usable in a fault handler). */
void sh_write_hex(unsigned value);
/* Ends the emulation: QEMU exits with 0 when `success`, else 1. */
void sh_exit(int success) __attribute__((noreturn));
/* The command line QEMU was given with -semihosting-config arg=... (SYS_GET_CMDLINE), split at
 * spaces into `argv` (at most `max` entries); returns argc. QEMU joins the arguments with single
 * spaces, so an argument cannot contain one. */
int sh_command_line(char *buffer, int size, char **argv, int max);

#ifdef __cplusplus
}
#endif
