# Seeds a fresh corpus and runs the fuzzer for a bounded time; a crash, leak or timeout fails.
file(REMOVE_RECURSE "${CORPUS}")
file(MAKE_DIRECTORY "${CORPUS}")
execute_process(COMMAND "${SEED_WRITER}" "${CORPUS}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the seed corpus")
endif()
if(EXISTS "${REFERENCE_MODELS}")
  file(GLOB models "${REFERENCE_MODELS}/*.tflite")
  file(COPY ${models} DESTINATION "${CORPUS}")
else()
  message(STATUS "reference models not present: fuzzing from our fixtures only")
endif()
execute_process(
  COMMAND "${FUZZER}" -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=600000
          -print_final_stats=1 -artifact_prefix=${CORPUS}- "${CORPUS}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the fuzzer found a failure (exit code ${rc})")
endif()
