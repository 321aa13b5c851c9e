#include "platform/android/biometric_codes.h"

namespace vaultlink::platform::android {

namespace {
struct Code {
    int code;
    const char *name;
    std::optional<BiometricError> error;
};

// androidx.biometric's BiometricPrompt.ERROR_* and BiometricManager.BIOMETRIC_* values.
constexpr Code codes[] = {
    {javaCode::ok, "OK", std::nullopt},
    {1, "ERROR_HW_UNAVAILABLE", BiometricError::NoHardware},
    // The sensor could not read the finger or face: a failed attempt, not a broken sensor.
    {2, "ERROR_UNABLE_TO_PROCESS", BiometricError::Failed},
    {3, "ERROR_TIMEOUT", BiometricError::Transient},
    {4, "ERROR_NO_SPACE", BiometricError::Other},
    // Also the system's: another app came in front, or the screen turned off.
    {5, "ERROR_CANCELED", BiometricError::Cancelled},
    {7, "ERROR_LOCKOUT", BiometricError::Lockout},
    {8, "ERROR_VENDOR", BiometricError::Other},
    {9, "ERROR_LOCKOUT_PERMANENT", BiometricError::LockoutPermanent},
    {10, "ERROR_USER_CANCELED", BiometricError::Cancelled},
    {11, "ERROR_NO_BIOMETRICS", BiometricError::NotEnrolled},
    {12, "ERROR_HW_NOT_PRESENT", BiometricError::NoHardware},
    {13, "ERROR_NEGATIVE_BUTTON", BiometricError::Cancelled},
    // Strong biometrics need a screen lock; without one none can be enrolled.
    {14, "ERROR_NO_DEVICE_CREDENTIAL", BiometricError::NotEnrolled},
    {15, "ERROR_SECURITY_UPDATE_REQUIRED", BiometricError::NoHardware},
    {-1, "BIOMETRIC_STATUS_UNKNOWN", BiometricError::Other},
    {-2, "BIOMETRIC_ERROR_UNSUPPORTED", BiometricError::NoHardware},
    {javaCode::keyInvalidated, "KEY_INVALIDATED", BiometricError::KeyInvalidated},
    {javaCode::badTag, "BAD_TAG", BiometricError::Other},
    {javaCode::busy, "BUSY", BiometricError::Transient},
    {javaCode::failed, "FAILED", BiometricError::Other},
};

const Code *find(int code) {
    for (const Code &known : codes)
        if (known.code == code)
            return &known;
    return nullptr;
}

BiometricAvailability::Kind kindOf(int sensors) {
    using Kind = BiometricAvailability::Kind;
    switch (sensors) {
    case 0:
        return Kind::None;
    case javaSensor::fingerprint:
        return Kind::Fingerprint;
    case javaSensor::face:
        return Kind::Face;
    case javaSensor::iris:
        return Kind::Iris;
    default:
        // Android does not say which of them are strong enough (a Class 2 face is not): the
        // button names none of them.
        return Kind::Several;
    }
}
} // namespace

std::optional<BiometricError> errorFromJava(int code) {
    const Code *known = find(code);
    return known ? known->error : BiometricError::Other;
}

QString javaCodeName(int code) {
    const Code *known = find(code);
    const QString name = known ? QString::fromLatin1(known->name) : QStringLiteral("unknown");
    return QStringLiteral("%1 (%2)").arg(name).arg(code);
}

BiometricAvailability availabilityFromJava(int canAuthenticate, int sensors) {
    using Kind = BiometricAvailability::Kind;
    switch (canAuthenticate) {
    case javaCode::ok:
    case -1: // BIOMETRIC_STATUS_UNKNOWN: androidx says to offer it, ready for the prompt's error
        // A strong sensor that the features do not list still works: named as "several".
        return {sensors ? kindOf(sensors) : Kind::Several, std::nullopt};
    case 11:
        // Sensors without an enrolment: the page can say what to enrol.
        return {kindOf(sensors), BiometricError::NotEnrolled};
    case 12:
        // No strong sensor; the features may still list a weak one.
        return {Kind::None, BiometricError::NoHardware};
    default:
        return {kindOf(sensors), errorFromJava(canAuthenticate).value_or(BiometricError::Other)};
    }
}

} // namespace vaultlink::platform::android
