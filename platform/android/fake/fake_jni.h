#pragma once

// The fake Java world behind platform/android/jni.h on desktop: tests script what Java answers
// and read back every call the shims made (the protocol), as "target.method(signature) args".
#include "platform/android/fake/qjniobject.h"

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
    void setActivity(const QJniObject &activity);
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

    struct State;

private:
    std::unique_ptr<State> m_state;
};

} // namespace vaultlink::platform::android::fake
