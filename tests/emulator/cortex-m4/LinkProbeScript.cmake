# Writes bin/link-probe.sh: the exact compile and link commands of a Flash probe, so that tests
# link probes at run time without repeating (or drifting from) the flags of this build.

# The same flags as tflm24's public usage requirements and the flash-probe-check target.
set(probe_defines "")
foreach(define IN LISTS M4_DEFINES)
  string(APPEND probe_defines " -D${define}")
endforeach()
set(probe_includes "")
foreach(dir IN LISTS M4_INCLUDES)
  string(APPEND probe_includes " -isystem '${dir}'")
endforeach()
list(JOIN M4_OPTIONS " " probe_options)
list(JOIN M4_CXX_OPTIONS " " probe_cxx_options)
foreach(header IN LISTS M4_CXX_INCLUDES)
  string(APPEND probe_cxx_options " -include ${header}")
endforeach()

set(PROBE_CC "${CMAKE_C_COMPILER}")
set(PROBE_CXX "${CMAKE_CXX_COMPILER}")
find_program(PROBE_SIZE_PROGRAM NAMES ${CMAKE_SIZE} REQUIRED)
set(PROBE_SIZE "${PROBE_SIZE_PROGRAM}")
set(PROBE_C_FLAGS "${CMAKE_C_FLAGS} ${probe_options}${probe_defines}")
set(PROBE_CXX_FLAGS "${CMAKE_CXX_FLAGS} ${probe_options} ${probe_cxx_options}${probe_defines}${probe_includes}")
list(JOIN M4_PROBE_LINK_OPTIONS " " link_options)
string(REPLACE "${M4_LINKER_SCRIPT}" "\"$share/mps2-an386.ld\"" PROBE_LINK_FLAGS "${CMAKE_CXX_FLAGS} ${link_options}")

configure_file(link-probe.sh.in link-probe.sh @ONLY)
install(PROGRAMS "${CMAKE_CURRENT_BINARY_DIR}/link-probe.sh" DESTINATION bin)
