# Android build: Qt for Android toolchain; the reference server is not built for phones.
set(VAULTLINK_PLATFORM "android")
set(VAULTLINK_BUILD_SERVER OFF)
