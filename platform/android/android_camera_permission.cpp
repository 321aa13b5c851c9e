#include "platform/android/android_camera_permission.h"

#include "platform/android/jni.h"

namespace vaultlink::platform {

namespace {
// After a refusal Android shows its dialog again only while it would also show a rationale;
// once it would not ("don't ask again", or a second refusal since Android 11) only the system
// settings can grant the camera. A first dialog dismissed without an answer reads the same on
// Android 11+, which costs the user one more tap on "scan", not the camera.
CameraPermission::Answer afterRefusal(const QString &permission) {
    const QJniObject activity = android::activity();
    if (!activity.isValid())
        return CameraPermission::Answer::Denied; // nothing to ask with now; maybe later
    const jboolean mayAskAgain = activity.callMethod<jboolean>(
        "shouldShowRequestPermissionRationale", "(Ljava/lang/String;)Z",
        QJniObject::fromString(permission).object<jstring>());
    return mayAskAgain ? CameraPermission::Answer::Denied
                       : CameraPermission::Answer::DeniedPermanently;
}
} // namespace

QFuture<CameraPermission::Answer> AndroidCameraPermission::request() {
    const QString camera = QStringLiteral("android.permission.CAMERA");
    // A check answers at once and shows nothing; only a missing grant needs the dialog.
    if (QtAndroidPrivate::checkPermission(camera).result() == QtAndroidPrivate::Authorized)
        return answered(Answer::Granted);
    // Continued on Android's UI thread, where its answer arrives.
    return QtAndroidPrivate::requestPermission(camera).then(
        [camera](QtAndroidPrivate::PermissionResult result) {
            return result == QtAndroidPrivate::Authorized ? Answer::Granted : afterRefusal(camera);
        });
}

} // namespace vaultlink::platform
