#include "platform/ios/keychain_crypto.h"
#include "platform/ios/keychain_status.h"

#include <gtest/gtest.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace vaultlink::testing {
namespace {

using platform::BiometricError;
using Kind = platform::BiometricAvailability::Kind;

struct StatusRow {
    std::int32_t status;
    std::optional<BiometricError> error;
    const char *name;
};

// SecBase.h's values.
TEST(IosKeychainStatus, OSStatusMapsToTheInterfacesErrors) {
    const StatusRow rows[] = {
        {0, std::nullopt, "errSecSuccess (0)"},
        {-128, BiometricError::Cancelled, "errSecUserCanceled (-128)"},
        // The device locked during the scan: try again, never turn biometrics off.
        {-25293, BiometricError::Transient, "errSecAuthFailed (-25293)"},
        // .biometryCurrentSet after a new enrolment.
        {-25300, BiometricError::KeyInvalidated, "errSecItemNotFound (-25300)"},
        {-25308, BiometricError::Transient, "errSecInteractionNotAllowed (-25308)"},
        {-4, BiometricError::NoHardware, "errSecUnimplemented (-4)"},
        {-50, BiometricError::Other, "errSecParam (-50)"},
        {-25291, BiometricError::Other, "errSecNotAvailable (-25291)"},
        {-25299, BiometricError::Other, "errSecDuplicateItem (-25299)"},
        {-34018, BiometricError::Other, "errSecMissingEntitlement (-34018)"},
        {-26275, BiometricError::Other, "OSStatus -26275"},
    };
    for (const StatusRow &row : rows) {
        EXPECT_EQ(platform::ios::errorFromStatus(row.status), row.error) << row.status;
        EXPECT_EQ(platform::ios::statusName(row.status), QLatin1String(row.name));
    }
}

struct LARow {
    long code;
    BiometricError error;
    const char *name;
};

// LAPublicDefines.h's values.
TEST(IosKeychainStatus, LAErrorsMapToTheInterfacesErrors) {
    const LARow rows[] = {
        {-1, BiometricError::Failed, "LAErrorAuthenticationFailed (-1)"},
        {-2, BiometricError::Cancelled, "LAErrorUserCancel (-2)"},
        {-3, BiometricError::Cancelled, "LAErrorUserFallback (-3)"},
        {-4, BiometricError::Cancelled, "LAErrorSystemCancel (-4)"},
        {-5, BiometricError::NotEnrolled, "LAErrorPasscodeNotSet (-5)"},
        {-6, BiometricError::NoHardware, "LAErrorBiometryNotAvailable (-6)"},
        {-7, BiometricError::NotEnrolled, "LAErrorBiometryNotEnrolled (-7)"},
        {-8, BiometricError::LockoutPermanent, "LAErrorBiometryLockout (-8)"},
        {-9, BiometricError::Cancelled, "LAErrorAppCancel (-9)"},
        {-10, BiometricError::Cancelled, "LAErrorInvalidContext (-10)"},
        {-1004, BiometricError::Transient, "LAErrorNotInteractive (-1004)"},
        {-11, BiometricError::Other, "LAError -11"}, // a watch, which iOS does not use here
    };
    for (const LARow &row : rows) {
        EXPECT_EQ(platform::ios::errorFromLAError(row.code), row.error) << row.code;
        EXPECT_EQ(platform::ios::laErrorName(row.code), QLatin1String(row.name));
    }
}

struct LAAvailabilityRow {
    bool canEvaluate;
    long error;
    long biometryType;
    Kind kind;
    std::optional<BiometricError> problem;
};

TEST(IosKeychainStatus, LAContextsAnswerMakesTheAvailability) {
    const LAAvailabilityRow rows[] = {
        {true, 0, 1, Kind::Fingerprint, std::nullopt},
        {true, 0, 2, Kind::Face, std::nullopt},
        {true, 0, 4, Kind::Iris, std::nullopt}, // Optic ID
        {false, -7, 2, Kind::Face, BiometricError::NotEnrolled},
        {false, -8, 1, Kind::Fingerprint, BiometricError::LockoutPermanent},
        {false, -6, 0, Kind::None, BiometricError::NoHardware},
        {false, -5, 2, Kind::Face, BiometricError::NotEnrolled},
    };
    for (const LAAvailabilityRow &row : rows) {
        const auto availability =
            platform::ios::availabilityFromLA(row.canEvaluate, row.error, row.biometryType);
        EXPECT_EQ(availability.kind, row.kind) << row.error << " " << row.biometryType;
        EXPECT_EQ(availability.problem, row.problem) << row.error << " " << row.biometryType;
    }
}

TEST(IosKeychainCrypto, SealedBytesAreNonceCiphertextAndTagAndOpenWithTheSameAad) {
    const SecureBuffer key = SecureBuffer::copyOf(QByteArray(32, 'k'));
    const SecureBuffer plain = SecureBuffer::copyOf("the profile's data key");
    const std::optional<QByteArray> sealed = platform::ios::sealWithKey(key, plain, "profile-1");
    ASSERT_TRUE(sealed);
    EXPECT_EQ(sealed->size(), 12 + qsizetype(plain.size()) + 16);
    const std::optional<SecureBuffer> opened =
        platform::ios::openWithKey(key, *sealed, "profile-1");
    ASSERT_TRUE(opened);
    EXPECT_TRUE(opened->equals(plain));
    EXPECT_NE(*platform::ios::sealWithKey(key, plain, "profile-1"), *sealed) << "nonce reused";
}

TEST(IosKeychainCrypto, AnotherAadAlteredBytesOrAnotherKeyOpenNothing) {
    const SecureBuffer key = SecureBuffer::copyOf(QByteArray(32, 'k'));
    const QByteArray sealed =
        *platform::ios::sealWithKey(key, SecureBuffer::copyOf("data key"), "profile-1");
    EXPECT_FALSE(platform::ios::openWithKey(key, sealed, "profile-2"));
    QByteArray altered = sealed;
    altered[14] = char(altered[14] ^ 1);
    EXPECT_FALSE(platform::ios::openWithKey(key, altered, "profile-1"));
    EXPECT_FALSE(
        platform::ios::openWithKey(SecureBuffer::copyOf(QByteArray(32, 'x')), sealed, "profile-1"));
    EXPECT_FALSE(platform::ios::openWithKey(key, sealed.first(28), "profile-1"));
    EXPECT_FALSE(
        platform::ios::openWithKey(SecureBuffer::copyOf(QByteArray(16, 'k')), sealed, "profile-1"));
    EXPECT_FALSE(platform::ios::sealWithKey(SecureBuffer::copyOf(QByteArray(16, 'k')),
                                            SecureBuffer::copyOf("data key"), "profile-1"));
}

// What SecKeyCopyExternalRepresentation gives, wrapped as OpenSSL (and Android) encode it.
TEST(IosKeychainCrypto, ThePublicPointBecomesTheSameSubjectPublicKeyInfoAsOpenSsl) {
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"),
                                                                  &EVP_PKEY_free);
    ASSERT_TRUE(key);
    unsigned char *point = nullptr;
    const std::size_t pointSize = EVP_PKEY_get1_encoded_public_key(key.get(), &point);
    ASSERT_EQ(pointSize, 65u);
    const QByteArray x963(reinterpret_cast<const char *>(point), qsizetype(pointSize));
    OPENSSL_free(point);
    unsigned char *der = nullptr;
    const int derSize = i2d_PUBKEY(key.get(), &der);
    ASSERT_GT(derSize, 0);
    const QByteArray expected(reinterpret_cast<const char *>(der), derSize);
    OPENSSL_free(der);
    EXPECT_EQ(platform::ios::p256PublicKeyInfo(x963).toHex(), expected.toHex());

    EXPECT_TRUE(platform::ios::p256PublicKeyInfo(x963.first(33)).isEmpty()) << "compressed";
    QByteArray notUncompressed = x963;
    notUncompressed[0] = '\x02';
    EXPECT_TRUE(platform::ios::p256PublicKeyInfo(notUncompressed).isEmpty());
}

} // namespace
} // namespace vaultlink::testing
