# iOS build: Qt for iOS toolchain (Xcode generator); the reference server is not built for phones.
#
# The iOS shims' plain C++ (relative to platform/): the keychain's codes, the key store's
# crypto, the credential provider extension's identities and the security key's codes. They come
# first, before the iOS-only part, because the desktop build compiles them too, for their tests
# (tests/unit/platform).
set(VAULTLINK_IOS_PLAIN
    ios/credential_identities.cpp
    ios/keychain_crypto.cpp
    ios/keychain_status.cpp
    ios/security_key_errors.cpp)
if(NOT IOS)
    return()
endif()

set(VAULTLINK_PLATFORM "ios")
set(VAULTLINK_BUILD_SERVER OFF)

# The iOS shims (relative to platform/): Objective-C++, with ARC, which they rely on to keep
# their views, notification observers, LAContexts and security key sheets alive.
# pending_replies.h (and biometric_requests.cpp over it) is plain C++ the phones' key stores and
# security keys share (android.cmake names it too).
enable_language(OBJCXX)
set(VAULTLINK_PLATFORM_SOURCES
    ${VAULTLINK_IOS_PLAIN}
    biometric_requests.cpp
    ios/ios_biometric_key_store.mm
    ios/ios_camera_permission.mm
    ios/ios_clipboard_marker.mm
    ios/ios_screen_guard.mm
    ios/ios_screen_lock_watch.mm
    ios/ios_security_key.mm)
set(VAULTLINK_PLATFORM_COMPILE_OPTIONS $<$<COMPILE_LANGUAGE:OBJCXX>:-fobjc-arc>)
# LocalAuthentication for LAContext, Security for the keychain and the Secure Enclave,
# AuthenticationServices for the security keys.
set(VAULTLINK_PLATFORM_LIBRARIES "-framework UIKit" "-framework AVFoundation"
    "-framework LocalAuthentication" "-framework Security" "-framework AuthenticationServices")

# The app target is made later, in src/app, and Qt reads the property when it finalizes it
# there (it writes its own Info.plist only where none is set). Declared INHERITED, a target
# without its own value takes the directory's, which subdirectories inherit from here.
define_property(TARGET PROPERTY MACOSX_BUNDLE_INFO_PLIST INHERITED)
define_property(DIRECTORY PROPERTY MACOSX_BUNDLE_INFO_PLIST INHERITED)
# Qt's default plus NSCameraUsageDescription and NSFaceIDUsageDescription, without which iOS
# ends the app when it asks for the camera and refuses it Face ID.
set_property(DIRECTORY PROPERTY MACOSX_BUNDLE_INFO_PLIST
             ${CMAKE_SOURCE_DIR}/platform/ios/Info.plist)
