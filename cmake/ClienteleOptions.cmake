# One INTERFACE target that carries the language level, warnings and Qt
# hygiene defines. Every Clientele target links it; nothing sets flags alone.
add_library(clientele_options INTERFACE)
add_library(Clientele::options ALIAS clientele_options)

target_compile_features(clientele_options INTERFACE cxx_std_20)
target_compile_options(clientele_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -pedantic -Wshadow=local -Wnon-virtual-dtor>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${CLIENTELE_WERROR}>>:-Werror>)
target_compile_definitions(clientele_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CLIENTELE_VERSION="${PROJECT_VERSION}")

if(CLIENTELE_SANITIZE)
    target_compile_options(clientele_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(clientele_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(CLIENTELE_CCACHE ccache)
if(CLIENTELE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CLIENTELE_CCACHE}" CACHE STRING "" FORCE)
endif()
