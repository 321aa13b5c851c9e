#include "platform/android/android_screen_guard.h"

#include "platform/android/jni.h"

namespace vaultlink::platform {

namespace {
constexpr jint flagSecure = 0x2000; // WindowManager.LayoutParams.FLAG_SECURE
} // namespace

void AndroidScreenGuard::setProtected(bool on) {
    // A window's flags may only be changed on the thread that made its views.
    android::runOnUiThread([on] {
        const QJniObject activity = android::activity();
        if (!activity.isValid())
            return;
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (!window.isValid())
            return;
        if (on)
            window.callMethod<void>("setFlags", "(II)V", flagSecure, flagSecure);
        else
            window.callMethod<void>("clearFlags", "(I)V", flagSecure);
    });
}

} // namespace vaultlink::platform
