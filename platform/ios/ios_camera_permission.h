#pragma once

#include "platform/camera_permission.h"

namespace vaultlink::platform {

// AVCaptureDevice's authorization for video (NSCameraUsageDescription in platform/ios/
// Info.plist). iOS asks only once: after a refusal only the Settings app can grant it.
class IosCameraPermission final : public CameraPermission {
public:
    QFuture<Answer> request() override;
};

} // namespace vaultlink::platform
