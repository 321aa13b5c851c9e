#include "platform/android/android_clipboard_marker.h"

#include "platform/android/jni.h"

namespace vaultlink::platform {

namespace {
// ClipDescription.EXTRA_IS_SENSITIVE, spelled out: the constant exists from API 33 on, and
// Android documents the same key for older versions.
constexpr auto isSensitive = "android.content.extra.IS_SENSITIVE";

void markPrimaryClip() {
    const QJniObject activity = android::activity();
    if (!activity.isValid())
        return;
    const QJniObject manager = activity.callObjectMethod(
        "getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
        QJniObject::fromString(QStringLiteral("clipboard")).object<jstring>());
    if (!manager.isValid())
        return;
    // Android 10 and later hand the clip only to the app in front; the guard copies from there.
    const QJniObject clip =
        manager.callObjectMethod("getPrimaryClip", "()Landroid/content/ClipData;");
    if (!clip.isValid())
        return;
    const QJniObject description =
        clip.callObjectMethod("getDescription", "()Landroid/content/ClipDescription;");
    if (!description.isValid())
        return;
    const QJniObject extras("android/os/PersistableBundle");
    extras.callMethod<void>(
        "putBoolean", "(Ljava/lang/String;Z)V",
        QJniObject::fromString(QString::fromLatin1(isSensitive)).object<jstring>(), jboolean(true));
    // setExtras is API 24; the app's minimum is 26 (cmake/platform/android.cmake).
    description.callMethod<void>("setExtras", "(Landroid/os/PersistableBundle;)V", extras.object());
    manager.callMethod<void>("setPrimaryClip", "(Landroid/content/ClipData;)V", clip.object());
}
} // namespace

// Android clears nothing by itself, so the delay is the guard's alone.
void AndroidClipboardMarker::afterCopy(std::chrono::seconds) const {
    android::runOnUiThread(markPrimaryClip);
}

} // namespace vaultlink::platform
