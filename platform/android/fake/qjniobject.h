#pragma once

// A desktop stand-in for Qt's QJniObject (Qt 6.4): the same calls, recorded by the fake Java
// world (fake_jni.h) instead of reaching a virtual machine. Only what the shims use is here, so
// a call the real class lacks fails to build on desktop too.
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
using jint = std::int32_t;

// A Java object of the fake world: a name for the protocol, or the text of a java.lang.String.
struct FakeJavaObject : std::enable_shared_from_this<FakeJavaObject> {
    QString name;
    bool isString = false;
};
using jobject = FakeJavaObject *;
using jstring = jobject;

class QJniObject;

namespace vaultlink::platform::android::fake {
// How an argument appears in the protocol.
QString describe(jobject value);
QString describe(jint value);
QString describe(jboolean value);
QString describe(bool) = delete; // JNI has no bool: pass a jboolean

QJniObject construct(const char *className, const QString &signature);
qint64 callValue(const QJniObject &self, const char *method, const char *signature,
                 const QStringList &arguments);
QJniObject callObject(const QJniObject &self, const char *method, const char *signature,
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
    template <typename T> T object() const { return static_cast<T>(object()); }
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

private:
    std::shared_ptr<FakeJavaObject> m_object;
};
