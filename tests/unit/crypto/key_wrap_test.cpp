#include "src/crypto/key_wrap.h"
#include "tests/unit/support/doubles.h"

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {
const QByteArrayView kAad("vaultlink data key v1 profile 7");

class KeyWrap : public ::testing::Test {
protected:
    vaultlink::testing::SeqRandom random;
    SecureBuffer kek = random.secret(32);
    SecureBuffer dataKey = random.secret(32);
    WrappedKey wrapped = wrapKey(kek, dataKey, kAad, random);
};
} // namespace

TEST_F(KeyWrap, UnwrapsWithTheRightKeyAndContext) {
    const auto key = unwrapKey(kek, wrapped, kAad);
    ASSERT_TRUE(key.has_value());
    EXPECT_TRUE(key->equals(dataKey));
    EXPECT_NE(wrapped.ciphertext, dataKey.view().toByteArray()); // not stored in the clear
}

TEST_F(KeyWrap, AWrongKeyIsDetectedByTheTag) {
    SecureBuffer wrong = random.secret(32);
    EXPECT_FALSE(unwrapKey(wrong, wrapped, kAad).has_value());
}

TEST_F(KeyWrap, AnotherContextIsRefused) {
    EXPECT_FALSE(unwrapKey(kek, wrapped, "vaultlink data key v1 profile 8").has_value());
}

TEST_F(KeyWrap, EveryTamperedByteIsDetected) {
    for (QByteArray WrappedKey::*part :
         {&WrappedKey::nonce, &WrappedKey::ciphertext, &WrappedKey::tag}) {
        for (qsizetype i = 0; i < (wrapped.*part).size(); ++i) {
            WrappedKey tampered = wrapped;
            (tampered.*part)[i] = static_cast<char>((tampered.*part)[i] ^ 0x01);
            EXPECT_FALSE(unwrapKey(kek, tampered, kAad).has_value()) << i;
        }
    }
}

TEST_F(KeyWrap, EachWrapUsesAFreshNonce) {
    const WrappedKey again = wrapKey(kek, dataKey, kAad, random);
    EXPECT_NE(again.nonce, wrapped.nonce);
    EXPECT_NE(again.ciphertext, wrapped.ciphertext);
}

TEST_F(KeyWrap, JsonRoundTripAndMalformedJson) {
    const auto back = WrappedKey::fromJson(wrapped.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(unwrapKey(kek, *back, kAad)->equals(dataKey));
    QJsonObject json = wrapped.toJson();
    json.insert(QStringLiteral("cipher"), QStringLiteral("aes-128-cbc"));
    EXPECT_FALSE(WrappedKey::fromJson(json).has_value());
    json = wrapped.toJson();
    json.insert(QStringLiteral("nonce"), QStringLiteral("AAAA"));
    EXPECT_FALSE(WrappedKey::fromJson(json).has_value());
    json = wrapped.toJson();
    json.insert(QStringLiteral("tag"), QStringLiteral("not base64!"));
    EXPECT_FALSE(WrappedKey::fromJson(json).has_value());
}

TEST_F(KeyWrap, AKeyEncryptionKeyMustBe256Bits) {
    EXPECT_THROW(wrapKey(random.secret(16), dataKey, kAad, random), std::invalid_argument);
    EXPECT_THROW(unwrapKey(random.secret(16), wrapped, kAad), std::invalid_argument);
}
