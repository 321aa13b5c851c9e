#include "platform/android/biometric_codes.h"

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

using platform::BiometricError;
using Kind = platform::BiometricAvailability::Kind;

struct ErrorRow {
    int code;
    std::optional<BiometricError> error;
    const char *name;
};

// androidx.biometric's BiometricPrompt.ERROR_* and BiometricManager.BIOMETRIC_* values, and the
// bridge's own codes.
TEST(AndroidBiometricCodes, JavasResultCodesMapToTheInterfacesErrors) {
    const ErrorRow rows[] = {
        {0, std::nullopt, "OK (0)"},
        {1, BiometricError::NoHardware, "ERROR_HW_UNAVAILABLE (1)"},
        {2, BiometricError::Failed, "ERROR_UNABLE_TO_PROCESS (2)"},
        {3, BiometricError::Transient, "ERROR_TIMEOUT (3)"},
        {4, BiometricError::Other, "ERROR_NO_SPACE (4)"},
        {5, BiometricError::Cancelled, "ERROR_CANCELED (5)"},
        {7, BiometricError::Lockout, "ERROR_LOCKOUT (7)"},
        {8, BiometricError::Other, "ERROR_VENDOR (8)"},
        {9, BiometricError::LockoutPermanent, "ERROR_LOCKOUT_PERMANENT (9)"},
        {10, BiometricError::Cancelled, "ERROR_USER_CANCELED (10)"},
        {11, BiometricError::NotEnrolled, "ERROR_NO_BIOMETRICS (11)"},
        {12, BiometricError::NoHardware, "ERROR_HW_NOT_PRESENT (12)"},
        {13, BiometricError::Cancelled, "ERROR_NEGATIVE_BUTTON (13)"},
        {14, BiometricError::NotEnrolled, "ERROR_NO_DEVICE_CREDENTIAL (14)"},
        {15, BiometricError::NoHardware, "ERROR_SECURITY_UPDATE_REQUIRED (15)"},
        {-1, BiometricError::Other, "BIOMETRIC_STATUS_UNKNOWN (-1)"},
        {-2, BiometricError::NoHardware, "BIOMETRIC_ERROR_UNSUPPORTED (-2)"},
        {100, BiometricError::KeyInvalidated, "KEY_INVALIDATED (100)"},
        {101, BiometricError::Other, "BAD_TAG (101)"},
        {102, BiometricError::Transient, "BUSY (102)"},
        {103, BiometricError::Other, "FAILED (103)"},
        {6, BiometricError::Other, "unknown (6)"}, // not a prompt code
        {16, BiometricError::Other, "unknown (16)"},
        {-3, BiometricError::Other, "unknown (-3)"},
    };
    for (const ErrorRow &row : rows) {
        EXPECT_EQ(platform::android::errorFromJava(row.code), row.error) << row.code;
        EXPECT_EQ(platform::android::javaCodeName(row.code), QLatin1String(row.name));
    }
}

struct AvailabilityRow {
    int canAuthenticate;
    int sensors;
    Kind kind;
    std::optional<BiometricError> problem;
};

TEST(AndroidBiometricCodes, CanAuthenticateAndTheSensorsMakeTheAvailability) {
    const AvailabilityRow rows[] = {
        {0, 1, Kind::Fingerprint, std::nullopt},
        {0, 2, Kind::Face, std::nullopt},
        {0, 4, Kind::Iris, std::nullopt},
        {0, 1 | 2, Kind::Several, std::nullopt},
        {0, 0, Kind::Several, std::nullopt},      // strong, but no feature named
        {-1, 1, Kind::Fingerprint, std::nullopt}, // unknown: offered, as androidx advises
        {11, 1, Kind::Fingerprint, BiometricError::NotEnrolled},
        {11, 0, Kind::None, BiometricError::NotEnrolled},
        {12, 2, Kind::None, BiometricError::NoHardware}, // only a weak face
        {1, 1, Kind::Fingerprint, BiometricError::NoHardware},
        {15, 1, Kind::Fingerprint, BiometricError::NoHardware},
        {-2, 0, Kind::None, BiometricError::NoHardware},
        {42, 1, Kind::Fingerprint, BiometricError::Other},
    };
    for (const AvailabilityRow &row : rows) {
        const auto availability =
            platform::android::availabilityFromJava(row.canAuthenticate, row.sensors);
        EXPECT_EQ(availability.kind, row.kind) << row.canAuthenticate << " " << row.sensors;
        EXPECT_EQ(availability.problem, row.problem) << row.canAuthenticate << " " << row.sensors;
    }
}

} // namespace
} // namespace vaultlink::testing
