#pragma once

#include "platform/biometric_key_store.h"

#include <QString>

#include <optional>

// What BiometricBridge.java (platform/android/package/src/) reports, in C++ terms. Plain C++: the
// codes arrive through android_biometric_key_store.cpp's native callback.
namespace vaultlink::platform::android {

// The bridge's result codes: 0, androidx BiometricPrompt's ERROR_* codes as the prompt gave them
// (BiometricManager's canAuthenticate() shares its codes where they mean the same: 1, 11, 12,
// 15, and adds -1 and -2), and the bridge's own from 100 on. The test reads them in the Java.
namespace javaCode {
constexpr int ok = 0;
constexpr int keyInvalidated = 100; // KeyPermanentlyInvalidatedException, or the key is gone
constexpr int badTag = 101;         // AEADBadTagException: another aad, or altered bytes
constexpr int busy = 102;           // another prompt is on screen
constexpr int failed = 103;         // any other exception; the detail names it
} // namespace javaCode

// BiometricBridge.sensors(): the device's biometric features, as bits.
namespace javaSensor {
constexpr int fingerprint = 1;
constexpr int face = 2;
constexpr int iris = 4;
} // namespace javaSensor

// Empty for ok; any code not known here is Other.
std::optional<BiometricError> errorFromJava(int code);
// "ERROR_LOCKOUT (7)", for Reply::detail.
QString javaCodeName(int code);
// From canAuthenticate(BIOMETRIC_STRONG) and sensors().
BiometricAvailability availabilityFromJava(int canAuthenticate, int sensors);

} // namespace vaultlink::platform::android
