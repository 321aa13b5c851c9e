# SQLCipher through pkg-config; provides SQLCipher::SQLCipher.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER_PC QUIET IMPORTED_TARGET sqlcipher)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCIPHER_PC_FOUND
                                  VERSION_VAR SQLCIPHER_PC_VERSION)
if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE PkgConfig::SQLCIPHER_PC)
    # The sqlcipher headers live under include/sqlcipher; the C API needs SQLITE_HAS_CODEC.
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=3)
endif()
