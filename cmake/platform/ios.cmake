# iOS build: Qt for iOS toolchain (Xcode generator); the reference server is not built for phones.
set(VAULTLINK_PLATFORM "ios")
set(VAULTLINK_BUILD_SERVER OFF)

# The iOS shims (relative to platform/): Objective-C++, with ARC, which they rely on to keep
# their views and notification observers alive.
enable_language(OBJCXX)
set(VAULTLINK_PLATFORM_SOURCES
    ios/ios_camera_permission.mm
    ios/ios_clipboard_marker.mm
    ios/ios_screen_guard.mm)
set(VAULTLINK_PLATFORM_COMPILE_OPTIONS $<$<COMPILE_LANGUAGE:OBJCXX>:-fobjc-arc>)
set(VAULTLINK_PLATFORM_LIBRARIES "-framework UIKit" "-framework AVFoundation")

# The app target is made later, in src/app, and Qt reads the property when it finalizes it
# there (it writes its own Info.plist only where none is set). Declared INHERITED, a target
# without its own value takes the directory's, which subdirectories inherit from here.
define_property(TARGET PROPERTY MACOSX_BUNDLE_INFO_PLIST INHERITED)
define_property(DIRECTORY PROPERTY MACOSX_BUNDLE_INFO_PLIST INHERITED)
# Qt's default plus NSCameraUsageDescription, without which iOS ends the app when it asks.
set_property(DIRECTORY PROPERTY MACOSX_BUNDLE_INFO_PLIST
             ${CMAKE_SOURCE_DIR}/platform/ios/Info.plist)
