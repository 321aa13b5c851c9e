#pragma once

#include "platform/biometric_key_store.h"

#include <QString>

#include <cstdint>
#include <optional>

// What iOS's keychain (OSStatus) and LocalAuthentication (LAError) answer, in C++ terms. Plain
// C++, so that the mapping is tested on desktop; ios_biometric_key_store.mm passes the codes in.
namespace vaultlink::platform::ios {

// Security.framework's OSStatus results (SecBase.h). Empty for errSecSuccess; unknown: Other.
std::optional<BiometricError> errorFromStatus(std::int32_t status);
// LocalAuthentication's LAError codes (LAPublicDefines.h), as an NSError in LAErrorDomain
// carries them. Unknown: Other.
BiometricError errorFromLAError(long code);
// "errSecUserCanceled (-128)", "LAErrorBiometryLockout (-8)", for Reply::detail.
QString statusName(std::int32_t status);
QString laErrorName(long code);

// From LAContext: whether canEvaluatePolicy(DeviceOwnerAuthenticationWithBiometrics) said yes,
// its error code when it said no, and biometryType (LABiometryType).
BiometricAvailability availabilityFromLA(bool canEvaluate, long error, long biometryType);

} // namespace vaultlink::platform::ios
