#include "server/common/refusal.h"
#include "server/store/settings.h"
#include "tests/server/support/temp_store.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

TEST(Settings, DefaultsApplyUntilSaved) {
    test::TempStore data;
    EXPECT_EQ(Settings::load(*data.store).number(setting::kAccessTokenSeconds), 300);
    EXPECT_TRUE(Settings::load(*data.store).flag(setting::kWebServices));
    saveSetting(*data.store, QString::fromLatin1(setting::kAccessTokenSeconds),
                QStringLiteral("60"));
    saveSetting(*data.store, QString::fromLatin1(setting::kWebServices), QStringLiteral("off"));
    EXPECT_EQ(Settings::load(*data.store).number(setting::kAccessTokenSeconds), 60);
    EXPECT_FALSE(Settings::load(*data.store).flag(setting::kWebServices));
}

struct BadSetting {
    const char *key;
    const char *value;
};

void PrintTo(const BadSetting &bad, std::ostream *os) {
    *os << bad.key << "=" << bad.value;
}

class BadSettings : public ::testing::TestWithParam<BadSetting> {};

TEST_P(BadSettings, AreRefusedAndChangeNothing) {
    test::TempStore data;
    const BadSetting bad = GetParam();
    try {
        saveSetting(*data.store, QString::fromLatin1(bad.key), QString::fromLatin1(bad.value));
        FAIL() << "accepted " << bad.key << "=" << bad.value;
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::InvalidRequest);
    }
    EXPECT_EQ(Settings::load(*data.store).number(setting::kAccessTokenSeconds), 300);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadSettings,
    ::testing::Values(BadSetting{"no-such-setting", "1"}, BadSetting{"access-token-seconds", "0"},
                      BadSetting{"access-token-seconds", "-5"},
                      BadSetting{"access-token-seconds", "soon"}, BadSetting{"web-services", "yes"},
                      BadSetting{"public-url", "  "}, BadSetting{"biometric-unlock", "yes"},
                      BadSetting{"device-login", "always"}, BadSetting{"device-login", "Both"},
                      BadSetting{"device-login", ""}, BadSetting{"device-challenge-seconds", "0"}));

TEST(Settings, DeviceLoginTakesEachOfItsChoices) {
    test::TempStore data;
    EXPECT_TRUE(Settings::load(*data.store).flag(setting::kBiometricUnlock));
    EXPECT_EQ(Settings::load(*data.store).text(setting::kDeviceLogin), QStringLiteral("none"));
    EXPECT_EQ(Settings::load(*data.store).number(setting::kDeviceChallengeSeconds), 60);
    for (const char *choice : {"password", "second-factor", "both", "none"}) {
        saveSetting(*data.store, QString::fromLatin1(setting::kDeviceLogin),
                    QString::fromLatin1(choice));
        EXPECT_EQ(Settings::load(*data.store).text(setting::kDeviceLogin),
                  QString::fromLatin1(choice));
    }
}
