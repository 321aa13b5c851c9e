#pragma once

#include "platform/camera_permission.h"

namespace vaultlink::platform {

// android.permission.CAMERA at run time (declared in platform/android/package's manifest).
class AndroidCameraPermission final : public CameraPermission {
public:
    QFuture<Answer> request() override;
};

} // namespace vaultlink::platform
