#pragma once

// The Android shims reach Java only through this header. With VAULTLINK_FAKE_JNI the same
// sources build on desktop against a fake QJniObject that records every call (fake/), so the
// tests can check the exact Java calls without a device.
#ifdef VAULTLINK_FAKE_JNI
#include "platform/android/fake/fake_jni.h"
#else
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h> // QtAndroidPrivate's permissions (Qt 6.4)
#endif

#include "platform/android/jni_types.h"
#include "src/crypto/secure_buffer.h"

#include <QByteArrayView>

#include <functional>

namespace vaultlink::platform::android {

// The app's activity; not valid while the app runs without one (a service).
QJniObject activity();
// The app's context: its activity, or the service it runs in.
QJniObject context();

// Views, windows and the clipboard service belong to Android's UI thread, not Qt's: `work` runs
// there later, without waiting for it.
void runOnUiThread(std::function<void()> work);

// A new Java byte[] holding `bytes`. For a secret, whoever uses it last overwrites it: Java after
// its use, or wipe() when it never reaches Java.
QJniObject byteArray(QByteArrayView bytes);
void wipe(const QJniObject &array);

// What Java hands a native method: a byte[] copied straight into wiped memory (empty for null),
// a String's text. Valid only during the native call; Java may overwrite the array afterwards.
SecureBuffer secureBytes(JNIEnv *env, jbyteArray array);
QString text(JNIEnv *env, jstring string);

// A static native method of a Java class, its signature spelled from the function's parameters.
template <typename... Args>
JNINativeMethod staticNative(const char *name, void (*function)(JNIEnv *, jclass, Args...)) {
    static const std::string signature = staticNativeSignature<Args...>();
    return {name, signature.c_str(), reinterpret_cast<void *>(function)};
}
// RegisterNatives through Qt's class loader (the app's classes are not visible to FindClass on
// Qt's threads). False when the class is missing.
bool registerNatives(const char *className, const JNINativeMethod *methods, int count);

} // namespace vaultlink::platform::android
