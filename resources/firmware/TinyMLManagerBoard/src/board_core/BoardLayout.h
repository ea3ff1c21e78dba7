// The Arduino Nano 33 BLE Sense's figures (nRF52840: 1 MiB flash in 4 KiB pages, 256 KiB RAM),
// shared by the sketch and the emulated board so that both take and refuse the same models.
#pragma once

#include <cstdint>

namespace tinyml {
namespace board {

constexpr uint32_t kFlashPageBytes = 4096;

// The model slot: the top half of the flash, 0x80000 to 0x100000 (512 KiB; its first page is
// the header, so a model may have 508 KiB). Below it: the mbed bootloader (64 KiB at 0) and
// 448 KiB for the sketch, which mbed OS, ArduinoBLE's Cordio stack and TFLM 2.4 with every
// operator fill to an estimated 350-400 KiB. The two largest reference models (about 520 kB)
// do not fit; every other one does.
constexpr uint32_t kSlotAddress = 0x80000;
constexpr uint32_t kSlotBytes = 0x80000;

// The tensor arena: the nRF52840's 256 KiB of RAM minus 64 KiB for mbed OS, ArduinoBLE, the
// sketch's stacks and globals. An estimate, not a measurement on the board: if the sketch does
// not link (RAM overflow) or faults at boot, lower it.
constexpr uint32_t kDefaultArenaBytes = 192 * 1024;

} // namespace board
} // namespace tinyml
