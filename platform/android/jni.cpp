#include "platform/android/jni.h"

#include <QJniEnvironment>
#include <QtCore/qcoreapplication_platform.h>

#include <vector>

namespace vaultlink::platform::android {

QJniObject activity() {
    using QNativeInterface::QAndroidApplication;
    if (!QAndroidApplication::isActivityContext())
        return {};
    return QJniObject(QAndroidApplication::context());
}

QJniObject context() {
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

void runOnUiThread(std::function<void()> work) {
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread(std::move(work));
}

QJniObject byteArray(QByteArrayView bytes) {
    QJniEnvironment env;
    const auto size = static_cast<jsize>(bytes.size());
    jbyteArray array = env->NewByteArray(size);
    if (!array)
        return {};
    env->SetByteArrayRegion(array, 0, size, reinterpret_cast<const jbyte *>(bytes.data()));
    QJniObject global(array); // a global reference; the local one goes now
    env->DeleteLocalRef(array);
    return global;
}

void wipe(const QJniObject &array) {
    if (!array.isValid())
        return;
    QJniEnvironment env;
    const auto typed = array.object<jbyteArray>();
    const std::vector<jbyte> zeros(static_cast<std::size_t>(env->GetArrayLength(typed)));
    env->SetByteArrayRegion(typed, 0, static_cast<jsize>(zeros.size()), zeros.data());
}

SecureBuffer secureBytes(JNIEnv *env, jbyteArray array) {
    if (!array)
        return {};
    SecureBuffer bytes(static_cast<std::size_t>(env->GetArrayLength(array)));
    env->GetByteArrayRegion(array, 0, static_cast<jsize>(bytes.size()),
                            reinterpret_cast<jbyte *>(bytes.data()));
    return bytes;
}

QString text(JNIEnv *env, jstring string) {
    if (!string)
        return {};
    const jchar *chars = env->GetStringChars(string, nullptr);
    const QString copy(reinterpret_cast<const QChar *>(chars), env->GetStringLength(string));
    env->ReleaseStringChars(string, chars);
    return copy;
}

bool registerNatives(const char *className, const JNINativeMethod *methods, int count) {
    return QJniEnvironment().registerNativeMethods(className, methods, count);
}

} // namespace vaultlink::platform::android
