#pragma once

#include <QFuture>

#include <memory>

namespace vaultlink::platform {

// Asks the user for the camera before the QR viewfinder starts it. Phones answer later, after
// their own dialog, and the answer may arrive on any thread (CameraAccess brings it to the GUI
// thread). Android: QtAndroidPrivate's permission requests for android.permission.CAMERA. iOS:
// AVCaptureDevice's authorization for video. Desktop: granted at once, there is nothing to ask.
class CameraPermission {
public:
    enum class Answer {
        Granted,
        Denied,            // asking again may show the system's dialog again
        DeniedPermanently, // only the system settings can grant it now
    };

    virtual ~CameraPermission() = default;
    virtual QFuture<Answer> request() = 0;
};

// For platforms that know the answer without asking.
QFuture<CameraPermission::Answer> answered(CameraPermission::Answer answer);

// The platform's permission, chosen once at build time.
std::unique_ptr<CameraPermission> makeCameraPermission();

} // namespace vaultlink::platform
