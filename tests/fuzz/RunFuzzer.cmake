# Runs csv_reader_fuzzer for a bounded time (the ctest test fuzz.csv_reader).
#
#   cmake -D FUZZER=... -D SEED_TOOL=... -D SEEDS=tests/fuzz/corpus
#         -D SHARED_DATA_DIR=... -D WORK_DIR=... -D SECONDS=60 -P RunFuzzer.cmake
#
# Seeds: the committed ones in SEEDS plus, when SHARED_DATA_DIR has them, the
# CSV conformance suites (made into seeds here by SEED_TOOL). New inputs the
# fuzzer finds go to WORK_DIR/corpus and are kept for the next run; a crash
# is written to WORK_DIR/artifacts and fails the test.
foreach(var FUZZER SEED_TOOL SEEDS WORK_DIR SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzzer.cmake: ${var} is not set")
    endif()
endforeach()

set(corpus "${WORK_DIR}/corpus")
set(suite_seeds "${WORK_DIR}/suite-seeds")
set(artifacts "${WORK_DIR}/artifacts")
file(MAKE_DIRECTORY "${corpus}" "${artifacts}")

set(seed_dirs "${SEEDS}")
if(DEFINED SHARED_DATA_DIR AND IS_DIRECTORY "${SHARED_DATA_DIR}/csv-suites")
    execute_process(COMMAND "${SEED_TOOL}" "${SHARED_DATA_DIR}/csv-suites" "${suite_seeds}" 16384
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "make_seed_corpus failed (${rc})")
    endif()
    list(APPEND seed_dirs "${suite_seeds}")
else()
    message(STATUS "No csv-suites in '${SHARED_DATA_DIR}': fuzzing from the committed seeds only")
endif()

# -max_len keeps mutations small enough to be fast; CsvReaderFuzzer.cpp
# reads every input in chunks of 1 to 13 bytes, so the chunk boundaries are
# exercised without big inputs.
# Longer runs fuzz in child processes started afresh (one process under
# AddressSanitizer grows by about 500 MB per 100,000 runs).
set(fork "")
if(SECONDS GREATER 600)
    set(fork -fork=1)
endif()
execute_process(
    COMMAND "${FUZZER}" ${fork}
        -max_total_time=${SECONDS}
        -timeout=10
        -rss_limit_mb=2048
        -max_len=4096
        -print_final_stats=1
        "-artifact_prefix=${artifacts}/"
        "${corpus}" ${seed_dirs}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB found "${artifacts}/*")
    message(FATAL_ERROR "csv_reader_fuzzer failed (${rc}); inputs: ${found}")
endif()
