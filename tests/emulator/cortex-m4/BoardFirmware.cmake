# The board firmware's core (resources/firmware/TinyMLManagerBoard/src/board_core: plain C++)
# on the emulated Cortex-M4: board-firmware.elf with its wrapper run-board-firmware.sh, and
# board-core-tests.elf, the core's protocol scenarios.
set(TINYML_BOARD_CORE_DIR "${CMAKE_CURRENT_SOURCE_DIR}/../../../resources/firmware/TinyMLManagerBoard/src/board_core"
    CACHE PATH "The board firmware's core")
find_program(TINYML_QEMU_SYSTEM_ARM qemu-system-arm)

# The library as the Arduino IDE compiles it for the board: with ARDUINO defined, which turns
# TFLM's TFLITE_DCHECKs into nothing (kernels/op_macros.h). tflm-arena keeps the reference
# measurement's build, whose failed checks abort; the firmware must meet what a board meets.
add_library(tflm24_arduino STATIC ${TFLM_SOURCES})
target_include_directories(tflm24_arduino SYSTEM PUBLIC ${M4_INCLUDES})
target_compile_definitions(tflm24_arduino PUBLIC ${M4_DEFINES} ARDUINO=10819)
target_compile_options(tflm24_arduino PUBLIC ${M4_OPTIONS} "$<$<COMPILE_LANGUAGE:CXX>:${M4_CXX_OPTIONS}>" PRIVATE -w)
foreach(header IN LISTS M4_CXX_INCLUDES)
  target_compile_options(tflm24_arduino PUBLIC "$<$<COMPILE_LANGUAGE:CXX>:SHELL:-include ${header}>")
endforeach()

file(GLOB BOARD_CORE_SOURCES CONFIGURE_DEPENDS "${TINYML_BOARD_CORE_DIR}/*.cpp")
add_library(board_core STATIC ${BOARD_CORE_SOURCES})
target_include_directories(board_core PUBLIC "${TINYML_BOARD_CORE_DIR}")
target_link_libraries(board_core PUBLIC tflm24_arduino)
# The Arduino mbed core compiles sketches as GNU C++14: the core keeps to it.
set_target_properties(board_core PROPERTIES CXX_STANDARD 14 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS ON)
target_compile_options(board_core PRIVATE -Wall -Wextra -Werror)

add_library(emulated_clock STATIC "${TINYML_EMULATOR_DIR}/emulated_clock.c")
target_include_directories(emulated_clock PUBLIC "${TINYML_EMULATOR_DIR}")
target_compile_options(emulated_clock PRIVATE -O2 -Wall -Wextra -Werror)

foreach(program board-firmware board-core-tests)
  string(REPLACE "-" "_" source "${program}")
  add_executable(${program} ${source}.cpp)
  set_target_properties(${program} PROPERTIES SUFFIX ".elf" LINK_DEPENDS "${M4_LINKER_SCRIPT}")
  target_compile_options(${program} PRIVATE -Wall -Wextra -Werror)
  target_link_options(${program} PRIVATE -T "${M4_LINKER_SCRIPT}" --specs=rdimon.specs -Wl,--gc-sections)
  target_link_libraries(${program} PRIVATE board_core emulated_clock tflm24_arduino m4board m)
  install(TARGETS ${program} RUNTIME DESTINATION bin)
endforeach()

set(BOARD_QEMU "${TINYML_QEMU_SYSTEM_ARM}")
if(NOT BOARD_QEMU)
  set(BOARD_QEMU "")
endif()
configure_file(run-board-firmware.sh.in run-board-firmware.sh @ONLY)
install(PROGRAMS "${CMAKE_CURRENT_BINARY_DIR}/run-board-firmware.sh" DESTINATION bin)
