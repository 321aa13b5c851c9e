#pragma once

// A desktop stand-in for Qt's QJniObject (Qt 6.4): the same calls, recorded by the fake Java
// world (fake_jni.h) instead of reaching a virtual machine. Only what the shims use is here, so
// a call the real class lacks fails to build on desktop too.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <type_traits>

#ifdef Q_OS_ANDROID
#error "platform/android/fake/ stands in for JNI in desktop tests only"
#endif

// JNI's primitive types, with JNI's sizes, so conversions warn as they would for a device.
using jboolean = std::uint8_t;
using jbyte = std::int8_t;
using jint = std::int32_t;
using jlong = std::int64_t;
using jsize = jint;

// A Java object of the fake world: a name for the protocol, or the text of a java.lang.String,
// or the bytes of a byte[].
struct FakeJavaObject : std::enable_shared_from_this<FakeJavaObject> {
    virtual ~FakeJavaObject() = default;
    QString name;
    bool isString = false;
    QByteArray bytes;
};
// JNI's reference types are distinct in C++ (jstring is not jbyteArray), and so are these: a
// native method's JNI signature is spelled from its parameters' types (jni_types.h).
struct FakeJavaString final : FakeJavaObject {};
struct FakeJavaByteArray final : FakeJavaObject {};
using jobject = FakeJavaObject *;
using jclass = jobject;
using jstring = FakeJavaString *;
using jbyteArray = FakeJavaByteArray *;

// What native methods receive first; the fake's helpers need nothing from it.
struct FakeJniEnv {};
using JNIEnv = FakeJniEnv;
struct JNINativeMethod {
    const char *name;
    const char *signature;
    void *fnPtr;
};
#ifndef JNICALL
#define JNICALL
#endif

class QJniObject;

namespace vaultlink::platform::android::fake {
// How an argument appears in the protocol.
QString describe(jobject value);
QString describe(jint value);
QString describe(jlong value);
QString describe(jboolean value);
QString describe(bool) = delete; // JNI has no bool: pass a jboolean

QJniObject construct(const char *className, const QString &signature);
qint64 callValue(const QJniObject &self, const char *method, const char *signature,
                 const QStringList &arguments);
QJniObject callObject(const QJniObject &self, const char *method, const char *signature,
                      const QStringList &arguments);
qint64 callStaticValue(const char *className, const char *method, const char *signature,
                       const QStringList &arguments);
QJniObject callStaticObject(const char *className, const char *method, const char *signature,
                            const QStringList &arguments);
} // namespace vaultlink::platform::android::fake

class QJniObject {
public:
    QJniObject() = default;
    explicit QJniObject(jobject object)
        : m_object(object ? object->shared_from_this() : nullptr) {}
    explicit QJniObject(const char *className)
        : QJniObject(vaultlink::platform::android::fake::construct(className, "()V")) {}

    static QJniObject fromString(const QString &text);

    bool isValid() const { return m_object != nullptr; }
    jobject object() const { return m_object.get(); }
    // As JNI would, minus the crash: a String passed where a byte[] goes stops the test here.
    template <typename T> T object() const {
        const auto typed = dynamic_cast<T>(object());
        if (object() && !typed)
            qFatal("QJniObject::object<T>(): %s is not of that type", qPrintable(toString()));
        return typed;
    }
    QString toString() const;

    template <typename T, typename... Args>
    T callMethod(const char *method, const char *signature, Args... arguments) const {
        using vaultlink::platform::android::fake::callValue;
        using vaultlink::platform::android::fake::describe;
        if constexpr (std::is_void_v<T>)
            callValue(*this, method, signature, QStringList{describe(arguments)...});
        else
            return static_cast<T>(
                callValue(*this, method, signature, QStringList{describe(arguments)...}));
    }

    template <typename... Args>
    QJniObject callObjectMethod(const char *method, const char *signature,
                                Args... arguments) const {
        using vaultlink::platform::android::fake::describe;
        return vaultlink::platform::android::fake::callObject(*this, method, signature,
                                                              QStringList{describe(arguments)...});
    }

    // A static method, recorded with `className` (slashes, as JNI names classes) as its target.
    template <typename T, typename... Args>
    static T callStaticMethod(const char *className, const char *method, const char *signature,
                              Args... arguments) {
        using vaultlink::platform::android::fake::callStaticValue;
        using vaultlink::platform::android::fake::describe;
        if constexpr (std::is_void_v<T>)
            callStaticValue(className, method, signature, QStringList{describe(arguments)...});
        else
            return static_cast<T>(
                callStaticValue(className, method, signature, QStringList{describe(arguments)...}));
    }

    template <typename... Args>
    static QJniObject callStaticObjectMethod(const char *className, const char *method,
                                             const char *signature, Args... arguments) {
        using vaultlink::platform::android::fake::describe;
        return vaultlink::platform::android::fake::callStaticObject(
            className, method, signature, QStringList{describe(arguments)...});
    }

private:
    std::shared_ptr<FakeJavaObject> m_object;
};
