#include "server/auth/devices.h"
#include "server/auth/sessions.h"
#include "server/common/refusal.h"
#include "server/store/settings.h"
#include "server/store/store.h"
#include "tests/server/support/refusal_of.h"
#include "tests/server/support/temp_store.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::refusalOf;

class Tokens : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Main"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    Auth auth{*data.store, data.clock, data.random};

    QJsonObject login() {
        return auth.login({db,
                           QStringLiteral("alice"),
                           QStringLiteral("pw"),
                           QStringLiteral("phone-1"),
                           QStringLiteral("Pixel"),
                           {},
                           {}});
    }
    static QString access(const QJsonObject &g) {
        return g.value(QStringLiteral("accessToken")).toString();
    }
    static QString refresh(const QJsonObject &g) {
        return g.value(QStringLiteral("refreshToken")).toString();
    }
};

TEST_F(Tokens, LoginGrantsWorkingTokensAndPolicy) {
    const QJsonObject grant = login();
    EXPECT_FALSE(access(grant).isEmpty());
    EXPECT_NE(access(grant), refresh(grant));
    EXPECT_TRUE(grant.value(QStringLiteral("policy"))
                    .toObject()
                    .value(QStringLiteral("mobileSyncAllowed"))
                    .toBool());
    EXPECT_EQ(auth.authenticate(access(grant)).user.id, alice);
}

TEST_F(Tokens, RefreshRotatesAndTheOldRefreshTokenIsSpent) {
    const QJsonObject first = login();
    const QJsonObject second = auth.refresh(refresh(first));
    EXPECT_NE(refresh(second), refresh(first));
    EXPECT_EQ(auth.authenticate(access(second)).user.id, alice);
    const QJsonObject third = auth.refresh(refresh(second));
    EXPECT_EQ(auth.authenticate(access(third)).user.id, alice);
}

TEST_F(Tokens, ReusingASpentRefreshTokenRevokesTheWholeChain) {
    const QJsonObject first = login();
    const QJsonObject second = auth.refresh(refresh(first));
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(first)); }), Error::TokenReused);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(second)); }), Error::TokenReused);
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(second)); }), Error::TokenInvalid);
    // A new login starts a new, unaffected chain.
    EXPECT_EQ(auth.authenticate(access(login())).user.id, alice);
}

TEST_F(Tokens, AccessTokensExpireAndRefreshTokensOutliveThem) {
    const QJsonObject grant = login();
    data.clock.advanceSeconds(Settings::load(*data.store).number(setting::kAccessTokenSeconds) + 1);
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(grant)); }), Error::TokenExpired);
    EXPECT_EQ(auth.authenticate(access(auth.refresh(refresh(grant)))).user.id, alice);
}

TEST_F(Tokens, IdleSessionsTimeOut) {
    const QJsonObject grant = login();
    data.clock.advanceSeconds(Settings::load(*data.store).number(setting::kSessionTimeoutSeconds) +
                              1);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::SessionExpired);
}

TEST_F(Tokens, SessionsEndAtTheirMaximumAgeDespiteRefreshing) {
    saveSetting(*data.store, QString::fromLatin1(setting::kMaxSessionSeconds),
                QStringLiteral("3600"));
    QJsonObject grant = login();
    for (int i = 0; i < 3; ++i) {
        data.clock.advanceSeconds(1000);
        grant = auth.refresh(refresh(grant));
    }
    data.clock.advanceSeconds(1000);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::SessionExpired);
}

TEST_F(Tokens, RefreshTokensExpire) {
    saveSetting(*data.store, QString::fromLatin1(setting::kRefreshTokenSeconds),
                QStringLiteral("60"));
    const QJsonObject grant = login();
    data.clock.advanceSeconds(61);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::TokenExpired);
}

TEST_F(Tokens, LogoutRevokesBothTokens) {
    const QJsonObject grant = login();
    auth.logout(access(grant));
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(grant)); }), Error::TokenInvalid);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::TokenInvalid);
}

TEST_F(Tokens, LogoutWorksWithAnExpiredAccessTokenAndEndsTheSession) {
    const QJsonObject grant = login();
    data.clock.advanceSeconds(Settings::load(*data.store).number(setting::kAccessTokenSeconds) + 1);
    auth.logout(access(grant));
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::TokenInvalid);
    EXPECT_EQ(refusalOf([&] { auth.logout(QStringLiteral("unknown")); }), Error::TokenInvalid);
}

TEST_F(Tokens, PasswordChangeEndsExistingSessions) {
    const QJsonObject grant = login();
    {
        Transaction tx(*data.store);
        revokeUserSessions(*data.store, alice, QStringLiteral("password-changed"));
        tx.commit();
    }
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(grant)); }), Error::TokenInvalid);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::TokenInvalid);
}

TEST_F(Tokens, ReusingATokenOfARevokedDeviceKeepsTheReason) {
    const QJsonObject first = login();
    auth.refresh(refresh(first));
    {
        Transaction tx(*data.store);
        setDeviceActive(*data.store, QStringLiteral("phone-1"), QString(), false,
                        data.clock.nowMs());
        tx.commit();
    }
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(first)); }), Error::DeviceRevoked);
}

TEST_F(Tokens, RevokedDeviceIsRefusedEverywhere) {
    const QJsonObject grant = login();
    {
        Transaction tx(*data.store);
        EXPECT_EQ(setDeviceActive(*data.store, QStringLiteral("phone-1"), QString(), false,
                                  data.clock.nowMs()),
                  1);
        tx.commit();
    }
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(grant)); }), Error::DeviceRevoked);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh(grant)); }), Error::DeviceRevoked);
    EXPECT_EQ(refusalOf([&] { login(); }), Error::DeviceRevoked);
}

TEST_F(Tokens, PolicyRefusalsWhenMobileSyncIsWithdrawn) {
    const QJsonObject grant = login();
    data.addDatabase(QStringLiteral("Off"), false);
    EXPECT_EQ(refusalOf([&] {
                  auth.login({db + 1,
                              QStringLiteral("alice"),
                              QStringLiteral("pw"),
                              QStringLiteral("p"),
                              QStringLiteral("p"),
                              {},
                              {}});
              }),
              Error::MobileSyncDisabled);
    setRights(*data.store, alice, {false, true, true});
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access(grant)); }), Error::MobileRightMissing);
}
