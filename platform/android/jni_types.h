#pragma once

// The JNI signature of a native method, spelled from its C++ parameters' types, so that what
// RegisterNatives is told cannot drift from the function it is given. The fake JNI (fake/) uses
// the same spelling when a test calls a registered native as Java would.
#ifdef VAULTLINK_FAKE_JNI
#include "platform/android/fake/qjniobject.h"
#else
#include <jni.h>
#endif

#include <string>
#include <type_traits>

namespace vaultlink::platform::android {

template <typename> inline constexpr bool noJniType = false;

template <typename T> constexpr const char *jniType() {
    if constexpr (std::is_same_v<T, jboolean>)
        return "Z";
    else if constexpr (std::is_same_v<T, jint>)
        return "I";
    else if constexpr (std::is_same_v<T, jlong>)
        return "J";
    else if constexpr (std::is_same_v<T, jbyteArray>)
        return "[B";
    else if constexpr (std::is_same_v<T, jstring>)
        return "Ljava/lang/String;";
    else
        static_assert(noJniType<T>, "a parameter type without its JNI code here");
}

// "(JI[BLjava/lang/String;)V" for void f(JNIEnv *, jclass, jlong, jint, jbyteArray, jstring).
template <typename... Args> std::string staticNativeSignature() {
    return (std::string("(") + ... + jniType<Args>()) + ")V";
}

} // namespace vaultlink::platform::android
