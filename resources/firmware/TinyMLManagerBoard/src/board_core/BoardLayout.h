// The Arduino Nano 33 BLE Sense's figures (nRF52840: 1 MiB flash in 4 KiB pages, 256 KiB RAM),
// shared by the sketch and the emulated board so that both take and refuse the same models.
#pragma once

#include <cstdint>

namespace tinyml {
namespace board {

constexpr uint32_t kFlashPageBytes = 4096;

// The model slot: the top 448 KiB of the flash, 0x90000 to 0x100000 (its first page is the
// header, so a model may have 444 KiB, 454656 bytes). Below it: the mbed bootloader (64 KiB at
// 0) and 512 KiB for the sketch. The sketch's size is an estimate: TFLM 2.4 with every operator
// and this core take about 300 KB on the emulated Cortex-M4 (board-firmware.elf, newlib's stdio
// included), mbed OS and ArduinoBLE's Cordio stack another 150-200 KB. A larger slot would take
// no further reference model: the two that do not fit are over 520 kB; every other one is under
// 260 kB.
constexpr uint32_t kSlotAddress = 0x90000;
constexpr uint32_t kSlotBytes = 0x70000;

// The tensor arena: the nRF52840's 256 KiB of RAM minus 64 KiB for mbed OS, ArduinoBLE, the
// sketch's stacks and globals. An estimate, not a measurement on the board: if the sketch does
// not link (RAM overflow) or faults at boot, lower it.
constexpr uint32_t kDefaultArenaBytes = 192 * 1024;

} // namespace board
} // namespace tinyml
