# Fails when a shipped language misses a translation of the current sources:
# runs lupdate on a copy of each .ts file (so a string added without updating
# the translations is caught too) and looks for unfinished messages.
#
# -D LUPDATE=... -D SOURCES_LIST=file -D TS_FILES="a.ts|b.ts" -D WORK_DIR=...
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" missing "${content}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(APPEND failed "${name}: ${count} untranslated message(s):\n")
        foreach(m IN LISTS missing)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${m}")
            string(APPEND failed "    ${text}\n")
        endforeach()
    endif()
    if(content MATCHES "<numerusform></numerusform>")
        string(APPEND failed "${name}: a plural form is empty\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Translations are incomplete. Run the update_translations target and translate:\n${failed}")
endif()
message(STATUS "All translations complete: ${TS_FILES}")
