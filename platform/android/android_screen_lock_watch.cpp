#include "platform/android/android_screen_lock_watch.h"

#include "platform/android/jni.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace vaultlink::platform {

namespace {
constexpr auto receiverClass = "org/vaultlink/app/ScreenLockReceiver";

// Java's native is static: it finds the started watches, if any, under this lock.
std::mutex &watchesMutex() {
    static std::mutex mutex;
    return mutex;
}
std::vector<AndroidScreenLockWatch *> &watches() {
    static std::vector<AndroidScreenLockWatch *> started;
    return started;
}

// ScreenLockReceiver.onScreenOff, on Android's UI thread.
void JNICALL onScreenOff(JNIEnv *, jclass) {
    const std::lock_guard lock(watchesMutex());
    for (AndroidScreenLockWatch *watch : watches())
        watch->screenOff();
}

// A class's natives last for the process: registered once, and tried again only after a
// failure (the class missing from the package).
bool nativesRegistered() {
    static std::mutex mutex;
    static bool registered = false;
    const std::lock_guard lock(mutex);
    if (!registered) {
        const JNINativeMethod methods[] = {android::staticNative("onScreenOff", &onScreenOff)};
        registered = android::registerNatives(receiverClass, methods, 1);
    }
    return registered;
}
} // namespace

AndroidScreenLockWatch::~AndroidScreenLockWatch() {
    {
        const std::lock_guard lock(watchesMutex());
        auto &started = watches();
        const auto found = std::find(started.begin(), started.end(), this);
        if (found == started.end())
            return; // never started
        started.erase(found);
        if (!started.empty())
            return;
    }
    // The last watch went: the receiver goes too. m_home goes after this, and with it any call
    // queued but not yet run.
    android::runOnUiThread(
        [] { QJniObject::callStaticMethod<void>(receiverClass, "unregister", "()V"); });
}

void AndroidScreenLockWatch::start(std::function<void()> locked) {
    if (m_home || !nativesRegistered())
        return; // started already, or no receiver in the package: no screen-off is reported
    m_locked = std::move(locked);
    m_home = std::make_unique<QObject>();
    {
        const std::lock_guard lock(watchesMutex());
        watches().push_back(this);
    }
    // Registering again is a no-op in Java: one receiver for the process.
    android::runOnUiThread([] {
        const QJniObject context = android::context();
        if (context.isValid())
            QJniObject::callStaticMethod<void>(receiverClass, "register",
                                               "(Landroid/content/Context;)V", context.object());
    });
}

void AndroidScreenLockWatch::screenOff() {
    QMetaObject::invokeMethod(
        m_home.get(), [this] { m_locked(); }, Qt::QueuedConnection);
}

} // namespace vaultlink::platform
