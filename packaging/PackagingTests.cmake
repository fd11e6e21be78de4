# CTest checks for the files in packaging/. Included from tests/CMakeLists.txt,
# after enable_testing(). A check whose tool is not installed is reported as
# skipped (exit code 77), not as failed.

include_guard(GLOBAL)

if(CLIENTELE_BUILD_TESTS)
    set(_clientele_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

    find_program(CLIENTELE_SH_EXECUTABLE NAMES sh REQUIRED)
    find_program(CLIENTELE_DESKTOP_FILE_VALIDATE_EXECUTABLE NAMES desktop-file-validate)
    find_program(CLIENTELE_APPSTREAMCLI_EXECUTABLE NAMES appstreamcli)
    find_program(CLIENTELE_GROFF_EXECUTABLE NAMES groff)

    # Runs "tool args..." when the tool exists, otherwise exits 77 (skipped).
    # A tool that was not found at configure time is looked up again on PATH
    # when the test runs.
    set(_clientele_skip_wrapper
        [[if ! command -v "$1" >/dev/null 2>&1; then echo "$1 not found; skipping"; exit 77; fi; exec "$@"]])

    function(_clientele_add_packaging_test name tool_var tool_name)
        if(${tool_var})
            set(_tool "${${tool_var}}")
        else()
            set(_tool "${tool_name}")
        endif()
        add_test(NAME ${name}
            COMMAND "${CLIENTELE_SH_EXECUTABLE}" -c "${_clientele_skip_wrapper}"
                    clientele-packaging-test "${_tool}" ${ARGN}
            WORKING_DIRECTORY "${_clientele_packaging_dir}")
        set_tests_properties(${name} PROPERTIES
            SKIP_RETURN_CODE 77
            LABELS packaging)
    endfunction()

    _clientele_add_packaging_test(packaging.desktop_file_validate
        CLIENTELE_DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate
        "${_clientele_packaging_dir}/org.clientele.Clientele.desktop")

    _clientele_add_packaging_test(packaging.appstream_validate
        CLIENTELE_APPSTREAMCLI_EXECUTABLE appstreamcli
        validate --no-net
        "${_clientele_packaging_dir}/org.clientele.Clientele.metainfo.xml")

    # groff exits 0 even when it warns, so any warning output fails the test.
    _clientele_add_packaging_test(packaging.manpage_lint
        CLIENTELE_GROFF_EXECUTABLE groff
        -man -ww -z
        "${_clientele_packaging_dir}/clientele-cli.1")
    set_tests_properties(packaging.manpage_lint PROPERTIES
        FAIL_REGULAR_EXPRESSION "warning|error")
endif()
