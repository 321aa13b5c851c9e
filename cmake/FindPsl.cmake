# libpsl, the Public Suffix List with its private section (Debian: libpsl-dev, its data from the
# publicsuffix package); provides Psl::Psl. A phone build ships the list's DAFSA file with each
# release and finds the library through the toolchain's search roots.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PSL_PC QUIET IMPORTED_TARGET libpsl)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Psl REQUIRED_VARS PSL_PC_FOUND VERSION_VAR PSL_PC_VERSION
                                  REASON_FAILURE_MESSAGE "install libpsl-dev (scripts/deps.sh)")
if(Psl_FOUND AND NOT TARGET Psl::Psl)
    add_library(Psl::Psl INTERFACE IMPORTED)
    target_link_libraries(Psl::Psl INTERFACE PkgConfig::PSL_PC)
endif()
