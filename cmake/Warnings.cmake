# One place for compiler warnings; VAULTLINK_WERROR turns them into errors (CI does). Every
# target the project compiles gets them: vaultlink_check_warnings (Layout.cmake) fails the
# configure step for one that does not.
option(VAULTLINK_WERROR "Treat compiler warnings as errors" OFF)

function(vaultlink_target_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wformat=2
        -Wimplicit-fallthrough)
    if(VAULTLINK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    set_target_properties(${target} PROPERTIES VAULTLINK_WARNINGS ON)
    vaultlink_precompile(${target})
endfunction()
