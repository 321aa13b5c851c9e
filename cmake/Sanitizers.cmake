# The asan preset sets VAULTLINK_SANITIZE; every target then builds and links with ASan+UBSan.
option(VAULTLINK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# scripts/fuzz.sh sets VAULTLINK_FUZZ (with clang) in build/fuzz: the project's code is compiled
# with libFuzzer's coverage instrumentation and ASan+UBSan, and tests/fuzz makes one libFuzzer
# binary per target instead of the test suites.
option(VAULTLINK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; scripts/fuzz.sh)" OFF)
if(VAULTLINK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VAULTLINK_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
elseif(VAULTLINK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
