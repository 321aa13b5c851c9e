// The server's half of device-key login below HTTP: which keys it takes, which signatures
// verify, and the message's bytes.
#include "server/auth/device_login.h"
#include "server/crypto/device_key.h"
#include "tests/server/support/test_key.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::TestKey;

TEST(DeviceKey, AP256KeyIsTakenAsItCame) {
    const TestKey key;
    const std::optional<QByteArray> taken = checkP256PublicKey(key.spki());
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(*taken, key.spki());
    EXPECT_TRUE(checkP256PublicKey(key.compressedSpki()).has_value());
}

TEST(DeviceKey, OtherKeysAndBytesAreRefused) {
    EXPECT_FALSE(checkP256PublicKey(TestKey("P-384").spki()));
    EXPECT_FALSE(checkP256PublicKey(TestKey("P-521").spki()));
    EXPECT_FALSE(checkP256PublicKey(TestKey("ED25519").spki()));
    EXPECT_FALSE(checkP256PublicKey(QByteArray()));
    EXPECT_FALSE(checkP256PublicKey(QByteArray(91, '\0')));
    const QByteArray spki = TestKey().spki();
    EXPECT_FALSE(checkP256PublicKey(spki + '\0'));
    EXPECT_FALSE(checkP256PublicKey(spki.left(spki.size() - 1)));
}

TEST(DeviceKey, ASignatureVerifiesOnlyForItsKeyAndMessage) {
    const TestKey key;
    const QByteArray message("vaultlink-device-login-v1\nabc\n1\nalice\nphone-1");
    const QByteArray signature = key.sign(message);
    EXPECT_TRUE(verifyEs256(key.spki(), message, signature));
    EXPECT_TRUE(verifyEs256(key.compressedSpki(), message, signature));
    EXPECT_FALSE(verifyEs256(TestKey().spki(), message, signature));
    EXPECT_FALSE(verifyEs256(key.spki(), message + 'x', signature));
    EXPECT_FALSE(verifyEs256(key.spki(), message, signature.left(signature.size() - 1)));
    EXPECT_FALSE(verifyEs256(key.spki(), message, QByteArray()));
    EXPECT_FALSE(verifyEs256(QByteArray("no key"), message, signature));
    // Not a P-256 key, even one that signed the message.
    const TestKey wide("P-384");
    EXPECT_FALSE(verifyEs256(wide.spki(), message, wide.sign(message)));
}

TEST(DeviceKey, TheSignedMessageIsFiveLinesOfUtf8WithoutAFinalNewline) {
    EXPECT_EQ(deviceLoginMessage(QStringLiteral("Zm9v"), 12, QStringLiteral(" Jörg"),
                                 QStringLiteral("6f1c2a9e")),
              QByteArray("vaultlink-device-login-v1\nZm9v\n12\n J\xc3\xb6rg\n6f1c2a9e"));
}
