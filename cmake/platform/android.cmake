# Android build: Qt for Android toolchain; the reference server is not built for phones.
#
# The Android shims' sources (relative to platform/). They come first, before the Android-only
# part, because the desktop build takes them too: built against the fake JNI for their tests.
# pending_replies.h (and biometric_requests.cpp over it) is plain C++ the phones' key stores and
# security keys share (ios.cmake names it too).
set(VAULTLINK_ANDROID_SHIMS
    android/android_autofill_host.cpp
    android/android_biometric_key_store.cpp
    android/android_camera_permission.cpp
    android/android_clipboard_marker.cpp
    android/android_screen_guard.cpp
    android/android_screen_lock_watch.cpp
    android/android_security_key.cpp
    android/biometric_codes.cpp
    biometric_requests.cpp)
if(NOT ANDROID)
    return()
endif()

set(VAULTLINK_PLATFORM "android")
set(VAULTLINK_BUILD_SERVER OFF)

# jni.cpp reaches the device; its desktop twin is platform/android/fake/fake_jni.cpp.
set(VAULTLINK_PLATFORM_SOURCES ${VAULTLINK_ANDROID_SHIMS} android/jni.cpp)
# QtAndroidPrivate's permission requests are private API of Qt 6.4 Core (qandroidextras_p.h).
set(VAULTLINK_PLATFORM_LIBRARIES Qt6::CorePrivate)

# The app target is made later, in src/app, and Qt reads these properties when it finalizes it
# there. Declared INHERITED, a target without its own value takes the directory's, which
# subdirectories inherit from here: every Android executable gets Vaultlink's package.
foreach(property QT_ANDROID_PACKAGE_SOURCE_DIR QT_ANDROID_MIN_SDK_VERSION)
    define_property(TARGET PROPERTY ${property} INHERITED)
    define_property(DIRECTORY PROPERTY ${property} INHERITED)
endforeach()
# The manifest (the CAMERA permission, the biometric prompt's activity, the clipboard's clear
# job, no backups), the Gradle build with androidx.biometric and Play services' FIDO2,
# BiometricBridge's, SecurityKeyBridge's, ScreenLockReceiver's and ClipboardClearJob's Java and
# their resources; androiddeployqt copies the whole folder over Qt's template.
set_property(DIRECTORY PROPERTY QT_ANDROID_PACKAGE_SOURCE_DIR
             ${CMAKE_SOURCE_DIR}/platform/android/package)
# Android 8 (README.md); ClipDescription.setExtras needs 24.
set_property(DIRECTORY PROPERTY QT_ANDROID_MIN_SDK_VERSION 26)
