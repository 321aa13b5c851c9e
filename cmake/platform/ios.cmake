# iOS build: Qt for iOS toolchain (Xcode generator); the reference server is not built for phones.
set(VAULTLINK_PLATFORM "ios")
set(VAULTLINK_BUILD_SERVER OFF)
