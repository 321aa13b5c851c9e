#include "platform/camera_permission.h"

#include <QPromise>
#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_camera_permission.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_camera_permission.h"
#endif

namespace vaultlink::platform {

QFuture<CameraPermission::Answer> answered(CameraPermission::Answer answer) {
    QPromise<CameraPermission::Answer> promise;
    promise.start();
    promise.addResult(answer);
    promise.finish();
    return promise.future();
}

namespace {
// Desktops let any app open a camera it can see.
class NoCameraPermission final : public CameraPermission {
public:
    QFuture<Answer> request() override { return answered(Answer::Granted); }
};
} // namespace

std::unique_ptr<CameraPermission> makeCameraPermission() {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidCameraPermission>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosCameraPermission>();
#else
    return std::make_unique<NoCameraPermission>();
#endif
}

} // namespace vaultlink::platform
