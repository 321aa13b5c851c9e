#include "platform/android/android_clipboard_marker.h"

#include "platform/android/jni.h"

namespace vaultlink::platform {

namespace {
// ClipDescription.EXTRA_IS_SENSITIVE, spelled out: the constant exists from API 33 on, and
// Android documents the same key for older versions.
constexpr auto isSensitive = "android.content.extra.IS_SENSITIVE";
// The label of the clips holding a secret, ClipboardClearJob.LABEL: Qt labels every clip alike
// ("text/plain"), and the job, where it can read the clipboard, leaves a clip of another label.
constexpr auto secretLabel = "Vaultlink";
constexpr auto clearJob = "org/vaultlink/app/ClipboardClearJob";

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
    // A clip's label cannot be changed: the text goes into a new one, from Java object to Java
    // object (the secret never comes back into C++).
    const QJniObject item =
        clip.callObjectMethod("getItemAt", "(I)Landroid/content/ClipData$Item;", jint(0));
    if (!item.isValid())
        return;
    const QJniObject text = item.callObjectMethod("getText", "()Ljava/lang/CharSequence;");
    if (!text.isValid())
        return;
    const QJniObject labelled = QJniObject::callStaticObjectMethod(
        "android/content/ClipData", "newPlainText",
        "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Landroid/content/ClipData;",
        QJniObject::fromString(QString::fromLatin1(secretLabel)).object<jstring>(), text.object());
    if (!labelled.isValid())
        return;
    const QJniObject description =
        labelled.callObjectMethod("getDescription", "()Landroid/content/ClipDescription;");
    if (!description.isValid())
        return;
    const QJniObject extras("android/os/PersistableBundle");
    extras.callMethod<void>(
        "putBoolean", "(Ljava/lang/String;Z)V",
        QJniObject::fromString(QString::fromLatin1(isSensitive)).object<jstring>(), jboolean(true));
    // setExtras is API 24; the app's minimum is 26 (cmake/platform/android.cmake).
    description.callMethod<void>("setExtras", "(Landroid/os/PersistableBundle;)V", extras.object());
    manager.callMethod<void>("setPrimaryClip", "(Landroid/content/ClipData;)V", labelled.object());
}

// From Android 10 the job cannot read the clipboard in the background, so it cannot tell
// whether the user copied something else meanwhile: it clears unless it can see that the clip
// is not Vaultlink's (ClipboardClearJob.java).
void scheduleClear(jlong delayMs) {
    const QJniObject context = android::context();
    if (context.isValid())
        QJniObject::callStaticMethod<void>(clearJob, "schedule", "(Landroid/content/Context;J)V",
                                           context.object(), delayMs);
}

void cancelClear() {
    const QJniObject context = android::context();
    if (context.isValid())
        QJniObject::callStaticMethod<void>(clearJob, "cancel", "(Landroid/content/Context;)V",
                                           context.object());
}
} // namespace

// The clipboard service belongs to Android's UI thread; the job's scheduling and cancelling go
// there too, so that they reach JobScheduler in the order the guard asked.
void AndroidClipboardMarker::afterCopy(std::chrono::seconds clearAfter) const {
    const auto delayMs = static_cast<jlong>(std::chrono::milliseconds(clearAfter).count());
    android::runOnUiThread([delayMs] {
        markPrimaryClip();
        scheduleClear(delayMs);
    });
}

void AndroidClipboardMarker::afterClear() const {
    android::runOnUiThread(cancelClear);
}

} // namespace vaultlink::platform
