# Include paths per target, so that the build itself refuses a library reaching up.
#
# Sources include headers by their path from the repository root ("src/crypto/kdf.h"). Putting
# the root on every include path would let any library include any header; instead each target
# gets a folder of its own in the build tree holding one link, named by that path, to its source
# folder. A target sees its own folder and, through target_link_libraries, the folders of what it
# links (PUBLIC) — nothing else: a library including a header of a library above it, or the
# client including the server's, fails to compile.
#
#   vaultlink_headers(<target> PUBLIC|PRIVATE [FOLDER <path from the repository root>])
#
# PUBLIC for libraries (their users include their headers), PRIVATE for executables and tests.
# FOLDER exposes another folder than the current one (the platform shims' sources).
function(vaultlink_headers target scope)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "FOLDER" "")
    if(arg_FOLDER)
        set(relative ${arg_FOLDER})
    else()
        file(RELATIVE_PATH relative ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    endif()
    set(root ${CMAKE_BINARY_DIR}/include/${target})
    set(link ${root}/${relative})
    if(NOT IS_SYMLINK ${link})
        get_filename_component(parent ${link} DIRECTORY)
        file(MAKE_DIRECTORY ${parent})
        file(CREATE_LINK ${CMAKE_SOURCE_DIR}/${relative} ${link} SYMBOLIC)
    endif()
    target_include_directories(${target} ${scope} ${root})
endfunction()

# Every target the project compiles must have had vaultlink_target_warnings (it marks them);
# called once at the end of the top-level CMakeLists.txt. Targets Qt generates for a target
# (its QML plugin, resources, type registrations) are named after it and share its warnings.
function(vaultlink_check_warnings)
    vaultlink_collect_targets(targets ${CMAKE_SOURCE_DIR})
    set(unchecked "")
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
            continue()
        endif()
        get_target_property(imported ${target} IMPORTED)
        get_target_property(checked ${target} VAULTLINK_WARNINGS)
        if(NOT imported AND NOT checked)
            list(APPEND unchecked ${target})
        endif()
    endforeach()
    if(unchecked)
        message(FATAL_ERROR "targets without vaultlink_target_warnings(): ${unchecked}")
    endif()
endfunction()

function(vaultlink_collect_targets out directory)
    get_property(found DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(children DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(child IN LISTS children)
        vaultlink_collect_targets(more ${child})
        list(APPEND found ${more})
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()
