#pragma once

// The fake Java world behind platform/android/jni.h on desktop: tests script what Java answers
// and read back every call the shims made (the protocol), as "target.method(signature) args".
#include "platform/android/fake/qjniobject.h"
#include "platform/android/jni_types.h"

#include <QFuture>

#include <functional>

// QtAndroidPrivate's permission calls (Qt 6.4, qandroidextras_p.h), recorded like Java calls.
namespace QtAndroidPrivate {
enum PermissionResult { Undetermined, Authorized, Denied };
QFuture<PermissionResult> checkPermission(const QString &permission);
QFuture<PermissionResult> requestPermission(const QString &permission);
} // namespace QtAndroidPrivate

namespace vaultlink::platform::android::fake {

// One test's Java world; the shims' calls go to the one alive (one at a time). Unscripted
// methods answer null or 0, as Java does after an exception that QJniObject clears.
class JavaWorld {
public:
    JavaWorld();
    ~JavaWorld();
    JavaWorld(const JavaWorld &) = delete;
    JavaWorld &operator=(const JavaWorld &) = delete;

    // A Java object that appears in the protocol under `name`.
    QJniObject object(const QString &name);
    // A byte[] made by Java ("byte[]#n" in the protocol), and the bytes of any byte[] by name:
    // the shims' arrays hold what they passed, or what Java left there.
    QJniObject byteArray(const QByteArray &bytes);
    QByteArray bytes(const QString &name) const;
    // Overwrites a byte[] as Java does after a call (Arrays.fill).
    void fill(const QString &name, char value);
    void setActivity(const QJniObject &activity);
    // The app's context; the activity unless set, as for an app with one.
    void setContext(const QJniObject &context);
    void answer(const QString &target, const QString &method, const QJniObject &result);
    void answer(const QString &target, const QString &method, qint64 result);
    // What checkPermission says; Denied unless set.
    void setPermission(const QString &permission, QtAndroidPrivate::PermissionResult result);
    // Answers the pending requestPermission, as Android's callback does: on its UI thread.
    void answerPermissionRequest(QtAndroidPrivate::PermissionResult result);
    bool permissionRequestPending() const;

    // Runs what the shims posted to Android's UI thread; returns how many tasks ran.
    int runUiThread();

    QStringList calls() const;
    QStringList callsOffUiThread() const;
    // Calls on null objects: on a device, the app would crash.
    QStringList nullCalls() const;

    // Native methods registered so far, as "class.name(signature)". Like a virtual machine's,
    // they last for the process, beyond this world.
    static QStringList natives();
    // Calls a registered static native as Java would, on this thread; false (and no call) when
    // none is registered under that name with the signature the arguments' types spell.
    template <typename... Args>
    bool callStaticNative(const char *className, const char *name, Args... arguments) {
        void *function = native(className, name, staticNativeSignature<Args...>());
        if (!function)
            return false;
        JNIEnv env;
        reinterpret_cast<void (*)(JNIEnv *, jclass, Args...)>(function)(&env, nullptr,
                                                                        arguments...);
        return true;
    }

    struct State;

private:
    static void *native(const char *className, const char *name, const std::string &signature);

    std::unique_ptr<State> m_state;
};

} // namespace vaultlink::platform::android::fake
