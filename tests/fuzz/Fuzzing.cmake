# Builds tests/fuzz (libFuzzer targets, clang only) as an ExternalProject and
# registers fuzz.csv_reader, which fuzzes CSV reading for a bounded time.
# Skipped with a message when clang++ cannot link -fsanitize=fuzzer (Debian:
# packages clang and libclang-rt-14-dev, see packaging/install-deps.sh).
option(CLIENTELE_FUZZ "Build the libFuzzer targets with clang and run them briefly in the tests" ON)
set(CLIENTELE_FUZZ_SECONDS 60 CACHE STRING "How long fuzz.csv_reader fuzzes, in seconds")

if(NOT CLIENTELE_FUZZ)
    return()
endif()

find_program(CLIENTELE_FUZZ_CXX NAMES clang++ clang++-14 DOC "clang++ for the libFuzzer targets")
if(NOT CLIENTELE_FUZZ_CXX)
    message(STATUS "Fuzzing: clang++ not found, fuzz.csv_reader skipped")
    return()
endif()

# Can clang link a fuzz target with the sanitizers? Checked once per compiler.
if(NOT CLIENTELE_FUZZ_CXX_CHECKED STREQUAL CLIENTELE_FUZZ_CXX)
    set(probe_dir ${CMAKE_CURRENT_BINARY_DIR}/fuzz-probe)
    file(WRITE ${probe_dir}/probe.cpp
        "#include <cstddef>\n#include <cstdint>\n"
        "extern \"C\" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }\n")
    execute_process(
        COMMAND ${CLIENTELE_FUZZ_CXX} -fsanitize=fuzzer,address,undefined probe.cpp -o probe
        WORKING_DIRECTORY ${probe_dir}
        RESULT_VARIABLE probe_rc OUTPUT_VARIABLE probe_out ERROR_VARIABLE probe_out)
    if(probe_rc EQUAL 0)
        set(works ON)
    else()
        set(works OFF)
    endif()
    set(CLIENTELE_FUZZ_WORKS ${works} CACHE INTERNAL "clang++ links -fsanitize=fuzzer")
    set(CLIENTELE_FUZZ_CXX_CHECKED ${CLIENTELE_FUZZ_CXX} CACHE INTERNAL "")
endif()
if(NOT CLIENTELE_FUZZ_WORKS)
    message(STATUS "Fuzzing: ${CLIENTELE_FUZZ_CXX} cannot link -fsanitize=fuzzer "
                   "(libclang-rt-dev missing?), fuzz.csv_reader skipped")
    return()
endif()
message(STATUS "Fuzzing: building tests/fuzz with ${CLIENTELE_FUZZ_CXX}")

include(ExternalProject)
set(fuzz_bin ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
set(fuzz_args
    -D CMAKE_CXX_COMPILER=${CLIENTELE_FUZZ_CXX}
    -D CMAKE_BUILD_TYPE=RelWithDebInfo
    -D Qt6_DIR=${Qt6_DIR})
if(CMAKE_CXX_COMPILER_LAUNCHER)
    list(APPEND fuzz_args -D CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER})
endif()
ExternalProject_Add(clientele_fuzz
    SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
    BINARY_DIR ${fuzz_bin}
    CMAKE_ARGS ${fuzz_args}
    # One job: this step already holds one of the outer build's job slots.
    BUILD_COMMAND ${CMAKE_COMMAND} --build ${fuzz_bin} -j 1
    BUILD_ALWAYS ON
    BUILD_BYPRODUCTS ${fuzz_bin}/csv_reader_fuzzer ${fuzz_bin}/make_seed_corpus
    INSTALL_COMMAND "")

add_test(NAME fuzz.csv_reader
    COMMAND ${CMAKE_COMMAND}
        -D FUZZER=${fuzz_bin}/csv_reader_fuzzer
        -D SEED_TOOL=${fuzz_bin}/make_seed_corpus
        -D SEEDS=${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus
        -D SHARED_DATA_DIR=${CLIENTELE_SHARED_DATA_DIR}
        -D WORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/fuzz-run
        -D SECONDS=${CLIENTELE_FUZZ_SECONDS}
        -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/RunFuzzer.cmake)
math(EXPR fuzz_timeout "${CLIENTELE_FUZZ_SECONDS} + 120")
# A high cost makes ctest start it first, so that it runs beside the other tests.
set_tests_properties(fuzz.csv_reader PROPERTIES TIMEOUT ${fuzz_timeout} LABELS fuzz COST 1000)
