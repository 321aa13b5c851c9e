# Precompiled headers, on request (VAULTLINK_PRECOMPILE=ON; scripts/test.sh sets it for its one
# full build): about half of compiling a file here is parsing Qt's, the standard library's and
# GoogleTest's headers again. Two precompiled headers serve every target — one for the tests
# (with GoogleTest), one for the rest — made once each and reused (REUSE_FROM), since making one
# per target would cost nearly what it saves. Off by default, so that a developer's build still
# fails on a missing #include; the release pass of scripts/test.sh builds without them and so
# checks the product's includes.
option(VAULTLINK_PRECOMPILE "Precompile the common Qt, standard and GoogleTest headers" OFF)

set(VAULTLINK_PRECOMPILED_HEADERS
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject>
    <QString> <QStringList> <functional> <memory> <optional> <string> <vector>)

# The two hosts; called once, after the packages are found.
function(vaultlink_precompiled_hosts)
    if(NOT VAULTLINK_PRECOMPILE)
        return()
    endif()
    set(source ${CMAKE_BINARY_DIR}/precompiled_host.cpp)
    file(WRITE ${source} "// Compiles the precompiled headers other targets reuse.\n")
    add_library(vaultlink_precompiled STATIC ${source})
    target_link_libraries(vaultlink_precompiled PRIVATE Qt6::Core)
    target_precompile_headers(vaultlink_precompiled PRIVATE ${VAULTLINK_PRECOMPILED_HEADERS})
    # The same warnings as its users: -Wpedantic changes what the headers define, and GCC uses a
    # precompiled header only where that matches.
    vaultlink_target_warnings(vaultlink_precompiled)
    if(NOT TARGET GTest::gtest)
        return()
    endif()
    add_library(vaultlink_precompiled_tests STATIC ${source})
    target_link_libraries(vaultlink_precompiled_tests PRIVATE Qt6::Core GTest::gtest)
    target_precompile_headers(vaultlink_precompiled_tests PRIVATE ${VAULTLINK_PRECOMPILED_HEADERS}
                              <gtest/gtest.h>)
    vaultlink_target_warnings(vaultlink_precompiled_tests)
endfunction()

function(vaultlink_precompile target)
    if(NOT VAULTLINK_PRECOMPILE OR NOT TARGET vaultlink_precompiled OR
       target MATCHES "^vaultlink_precompiled")
        return()
    endif()
    # An object library's objects are linked by their users, and CMake would hand them its .gch
    # as one of them.
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY" OR type STREQUAL "OBJECT_LIBRARY")
        return()
    endif()
    # A precompiled header GCC cannot use (its flags drifted from its users') is an error, not a
    # silent slowdown.
    target_compile_options(${target} PRIVATE -Winvalid-pch)
    get_target_property(links ${target} LINK_LIBRARIES)
    if(links MATCHES "GTest::")
        target_precompile_headers(${target} REUSE_FROM vaultlink_precompiled_tests)
    else()
        target_precompile_headers(${target} REUSE_FROM vaultlink_precompiled)
    endif()
endfunction()
