#include "platform/ios/keychain_status.h"

namespace vaultlink::platform::ios {

namespace {
struct Status {
    std::int32_t code;
    const char *name;
    std::optional<BiometricError> error;
};

// SecBase.h. Only what the key store's calls can return is named; the rest is Other.
constexpr Status statuses[] = {
    {0, "errSecSuccess", std::nullopt},
    // The Secure Enclave is missing (the simulator).
    {-4, "errSecUnimplemented", BiometricError::NoHardware},
    {-50, "errSecParam", BiometricError::Other},
    {-128, "errSecUserCanceled", BiometricError::Cancelled},
    {-25291, "errSecNotAvailable", BiometricError::Other},
    // Also what a scan ends with when the device locks during it (Bitwarden iOS #783 turned
    // Face ID off on it): try again, never off.
    {-25293, "errSecAuthFailed", BiometricError::Transient},
    {-25299, "errSecDuplicateItem", BiometricError::Other},
    // With .biometryCurrentSet, a new enrolment makes the item unreadable: it is not found.
    {-25300, "errSecItemNotFound", BiometricError::KeyInvalidated},
    // The device is locked (the items are WhenUnlocked), or no prompt may be shown now.
    {-25308, "errSecInteractionNotAllowed", BiometricError::Transient},
    {-34018, "errSecMissingEntitlement", BiometricError::Other},
};

struct LAError {
    long code;
    const char *name;
    BiometricError error;
};

// LAPublicDefines.h.
constexpr LAError laErrors[] = {
    {-1, "LAErrorAuthenticationFailed", BiometricError::Failed},
    {-2, "LAErrorUserCancel", BiometricError::Cancelled},
    // The fallback button (hidden by the store: localizedFallbackTitle is empty): the user
    // wants the password, as with Android's negative button.
    {-3, "LAErrorUserFallback", BiometricError::Cancelled},
    {-4, "LAErrorSystemCancel", BiometricError::Cancelled},
    // No passcode: no biometrics either, and the WhenUnlockedThisDeviceOnly items are gone.
    {-5, "LAErrorPasscodeNotSet", BiometricError::NotEnrolled},
    {-6, "LAErrorBiometryNotAvailable", BiometricError::NoHardware},
    {-7, "LAErrorBiometryNotEnrolled", BiometricError::NotEnrolled},
    // iOS unlocks the sensor only after the passcode is entered: Android's permanent lockout.
    {-8, "LAErrorBiometryLockout", BiometricError::LockoutPermanent},
    {-9, "LAErrorAppCancel", BiometricError::Cancelled},
    {-10, "LAErrorInvalidContext", BiometricError::Cancelled}, // the store invalidated it
    {-1004, "LAErrorNotInteractive", BiometricError::Transient},
};
} // namespace

std::optional<BiometricError> errorFromStatus(std::int32_t status) {
    for (const Status &known : statuses)
        if (known.code == status)
            return known.error;
    return BiometricError::Other;
}

BiometricError errorFromLAError(long code) {
    for (const LAError &known : laErrors)
        if (known.code == code)
            return known.error;
    return BiometricError::Other;
}

QString statusName(std::int32_t status) {
    for (const Status &known : statuses)
        if (known.code == status)
            return QStringLiteral("%1 (%2)").arg(QLatin1String(known.name)).arg(status);
    return QStringLiteral("OSStatus %1").arg(status);
}

QString laErrorName(long code) {
    for (const LAError &known : laErrors)
        if (known.code == code)
            return QStringLiteral("%1 (%2)").arg(QLatin1String(known.name)).arg(code);
    return QStringLiteral("LAError %1").arg(code);
}

BiometricAvailability availabilityFromLA(bool canEvaluate, long error, long biometryType) {
    using Kind = BiometricAvailability::Kind;
    Kind kind = Kind::None;
    switch (biometryType) { // LABiometryType
    case 1:
        kind = Kind::Fingerprint; // Touch ID
        break;
    case 2:
        kind = Kind::Face; // Face ID
        break;
    case 4:
        kind = Kind::Iris; // Optic ID
        break;
    default:
        break;
    }
    if (canEvaluate)
        return {kind, std::nullopt};
    return {kind, errorFromLAError(error)};
}

} // namespace vaultlink::platform::ios
