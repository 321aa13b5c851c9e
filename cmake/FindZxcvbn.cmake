# zxcvbn-c, the password strength estimator (Debian: libzxcvbn-dev); provides Zxcvbn::Zxcvbn.
# It ships neither a CMake package nor a .pc file, so the header and the library are looked for
# directly (a phone build finds its own copy through the toolchain's search roots).
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY zxcvbn)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Zxcvbn REQUIRED_VARS ZXCVBN_LIBRARY ZXCVBN_INCLUDE_DIR
                                  REASON_FAILURE_MESSAGE "install libzxcvbn-dev (scripts/deps.sh)")
if(Zxcvbn_FOUND AND NOT TARGET Zxcvbn::Zxcvbn)
    add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
    set_target_properties(Zxcvbn::Zxcvbn PROPERTIES IMPORTED_LOCATION ${ZXCVBN_LIBRARY}
                          INTERFACE_INCLUDE_DIRECTORIES ${ZXCVBN_INCLUDE_DIR})
endif()
mark_as_advanced(ZXCVBN_INCLUDE_DIR ZXCVBN_LIBRARY)
