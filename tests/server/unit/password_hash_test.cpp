#include "server/crypto/password_hash.h"
#include "tests/server/support/seq_random.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

TEST(Scrypt, MatchesRfc7914Vector) {
    // RFC 7914 section 12, second vector: P="password", S="NaCl", N=1024, r=8, p=16.
    const QByteArray expected =
        QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                            "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    EXPECT_EQ(scrypt("password", "NaCl", {10, 8, 16}, 64), expected);
}

TEST(PasswordHash, VerifiesTheRightPasswordOnly) {
    test::SeqRandom random;
    const QString hash = hashPassword(QStringLiteral("correct horse"), random, {10, 8, 1});
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")));
    EXPECT_TRUE(verifyPassword(QStringLiteral("correct horse"), hash));
    EXPECT_FALSE(verifyPassword(QStringLiteral("correct horse "), hash));
    EXPECT_FALSE(verifyPassword(QStringLiteral(""), hash));
}

TEST(PasswordHash, SaltsEveryHash) {
    test::SeqRandom random;
    EXPECT_NE(hashPassword(QStringLiteral("same"), random, {10, 8, 1}),
              hashPassword(QStringLiteral("same"), random, {10, 8, 1}));
}

TEST(PasswordHash, DefaultCostIsOwaspMinimum) {
    const ScryptCost cost;
    EXPECT_GE(cost.logN, 17);
    EXPECT_GE(cost.r, 8);
    EXPECT_GE(cost.p, 1);
    test::SeqRandom random;
    const QString hash = hashPassword(QStringLiteral("pw"), random);
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$scrypt$ln=17,r=8,p=1$")));
    EXPECT_TRUE(verifyPassword(QStringLiteral("pw"), hash));
}

class MalformedHashes : public ::testing::TestWithParam<const char *> {};

TEST_P(MalformedHashes, NeverVerify) {
    EXPECT_FALSE(verifyPassword(QStringLiteral("pw"), QString::fromLatin1(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Table, MalformedHashes,
                         ::testing::Values("", "pw", "$scrypt$", "$scrypt$ln=10,r=8$AAAA$AAAA",
                                           "$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
                                           "$scrypt$ln=10,r=0,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
                                           "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"));
