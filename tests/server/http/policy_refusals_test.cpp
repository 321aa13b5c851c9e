#include "server/auth/devices.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class PolicyRefusals : public ApiTest {
protected:
    static QJsonObject policyOf(const Reply &reply) {
        return reply.json().value(QStringLiteral("policy")).toObject();
    }
};

TEST_F(PolicyRefusals, DatabaseWithoutMobileSyncRefusesLogin) {
    const qint64 offline = data().addDatabase(QStringLiteral("Offline"), false);
    const Reply reply = login(offline, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(reply, 403, "mobile-sync-disabled"));
    EXPECT_FALSE(policyOf(reply).value(QStringLiteral("mobileSyncAllowed")).toBool(true));
    EXPECT_TRUE(policyOf(reply).value(QStringLiteral("deviceActive")).toBool());
    EXPECT_TRUE(reply.json().value(QStringLiteral("accessToken")).isUndefined());
    EXPECT_TRUE(listDevices(store()).isEmpty()) << "the refused login left a device behind";
}

TEST_F(PolicyRefusals, SwitchingMobileSyncOffStopsExistingSessions) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    setMobileSync(store(), db, false);
    const Reply session = client.get(QStringLiteral("/api/v1/session"), tokens.access);
    ASSERT_TRUE(isProblem(session, 403, "mobile-sync-disabled"));
    EXPECT_FALSE(policyOf(session).value(QStringLiteral("mobileSyncAllowed")).toBool(true));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes"), tokens.access), 403,
                          "mobile-sync-disabled"));
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 403, "mobile-sync-disabled"));
    // Switched back on, the same session carries on.
    setMobileSync(store(), db, true);
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), tokens.access).status, 200);
    EXPECT_EQ(refresh(tokens.refresh).status, 200);
}

TEST_F(PolicyRefusals, UserWithoutTheMobileRightIsRefused) {
    data().addUser(QStringLiteral("gina"), QStringLiteral("gina-pw"), false);
    const Reply reply = login(db, QStringLiteral("gina"), QStringLiteral("gina-pw"));
    ASSERT_TRUE(isProblem(reply, 403, "mobile-right-missing"));
    EXPECT_FALSE(policyOf(reply).value(QStringLiteral("mobileSyncAllowed")).toBool(true));
}

TEST_F(PolicyRefusals, RemovingTheMobileRightStopsExistingSessions) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    setRights(store(), alice, {false, true, true});
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes"), tokens.access), 403,
                          "mobile-right-missing"));
    EXPECT_TRUE(isProblem(client.post(QStringLiteral("/api/v1/link-codes"), {}, tokens.access), 403,
                          "mobile-right-missing"));
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 403, "mobile-right-missing"));
}

TEST_F(PolicyRefusals, RevokedDeviceLosesItsSessionsAndCannotLogIn) {
    const Tokens tokens = loginAlice(QStringLiteral("lost-phone"));
    const Tokens other = loginAlice(QStringLiteral("new-phone"));
    ASSERT_TRUE(tokens.ok());
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(setDeviceActive(store(), QStringLiteral("lost-phone"), QStringLiteral("alice"), false,
                              data().clock.nowMs()),
              1);

    const Reply session = client.get(QStringLiteral("/api/v1/session"), tokens.access);
    ASSERT_TRUE(isProblem(session, 403, "device-revoked"));
    EXPECT_TRUE(policyOf(session).value(QStringLiteral("deviceActive")).isBool());
    EXPECT_FALSE(policyOf(session).value(QStringLiteral("deviceActive")).toBool(true));
    const Reply refreshed = refresh(tokens.refresh);
    ASSERT_TRUE(isProblem(refreshed, 403, "device-revoked"));
    EXPECT_FALSE(policyOf(refreshed).value(QStringLiteral("deviceActive")).toBool(true));
    const Reply again =
        login(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("lost-phone"));
    ASSERT_TRUE(isProblem(again, 403, "device-revoked"));
    EXPECT_FALSE(policyOf(again).value(QStringLiteral("deviceActive")).toBool(true));

    // The user's other device is not affected.
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), other.access).status, 200);

    // Re-activated, the device may log in anew, but its old session stays ended.
    setDeviceActive(store(), QStringLiteral("lost-phone"), QStringLiteral("alice"), true,
                    data().clock.nowMs());
    EXPECT_EQ(
        login(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("lost-phone")).status,
        200);
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), tokens.access).status, 403);
}

TEST_F(PolicyRefusals, RevokingOneUsersDeviceLeavesOtherUsersAlone) {
    data().addUser(QStringLiteral("bob"), kBobPassword);
    const Tokens aliceTokens = loginAlice(QStringLiteral("shared-tablet"));
    const Tokens bobTokens =
        loginAs(QStringLiteral("bob"), kBobPassword, QStringLiteral("shared-tablet"));
    ASSERT_TRUE(aliceTokens.ok());
    ASSERT_TRUE(bobTokens.ok());
    setDeviceActive(store(), QStringLiteral("shared-tablet"), QStringLiteral("alice"), false,
                    data().clock.nowMs());
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), aliceTokens.access), 403,
                          "device-revoked"));
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), bobTokens.access).status, 200);
}

TEST_F(PolicyRefusals, LoginChecksComeInTheDocumentedOrder) {
    // database-unknown before the credentials are even looked at.
    EXPECT_TRUE(isProblem(login(db + 9, QStringLiteral("alice"), QStringLiteral("wrong")), 404,
                          "database-unknown"));
    // device-revoked before mobile-sync-disabled.
    ASSERT_TRUE(loginAlice(QStringLiteral("old-phone")).ok());
    setDeviceActive(store(), QStringLiteral("old-phone"), QStringLiteral("alice"), false,
                    data().clock.nowMs());
    setMobileSync(store(), db, false);
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("old-phone")),
                  403, "device-revoked"));
    // mobile-sync-disabled before mobile-right-missing.
    setRights(store(), alice, {false, true, true});
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("new-phone")),
                  403, "mobile-sync-disabled"));
    // But bad credentials come before all of them.
    EXPECT_TRUE(isProblem(
        login(db, QStringLiteral("alice"), QStringLiteral("wrong"), QStringLiteral("old-phone")),
        401, "bad-credentials"));
}

TEST_F(PolicyRefusals, ARevokedDeviceLearnsItEvenWithAnExpiredToken) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(301);
    setDeviceActive(store(), QStringLiteral("phone-1"), QStringLiteral("alice"), false,
                    data().clock.nowMs());
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 403,
                          "device-revoked"));
}

TEST_F(PolicyRefusals, PolicyRefusalsComeBeforeTokenExpiry) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    data().clock.advanceSeconds(301);
    setMobileSync(store(), db, false);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 403,
                          "mobile-sync-disabled"));
    setMobileSync(store(), db, true);
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 401,
                          "token-expired"));
}

TEST_F(PolicyRefusals, WebServicesSwitchedOffCloseTheWholeApi) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    setSetting(setting::kWebServices, QStringLiteral("off"));
    EXPECT_TRUE(
        isProblem(client.get(QStringLiteral("/api/v1/info")), 503, "web-services-disabled"));
    EXPECT_TRUE(
        isProblem(client.get(QStringLiteral("/api/v1/databases")), 503, "web-services-disabled"));
    EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), kAlicePassword, QStringLiteral("p2")),
                          503, "web-services-disabled"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), tokens.access), 503,
                          "web-services-disabled"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/changes"), tokens.access), 503,
                          "web-services-disabled"));
    EXPECT_TRUE(isProblem(refresh(tokens.refresh), 503, "web-services-disabled"));
    EXPECT_TRUE(isProblem(client.post(QStringLiteral("/api/v1/link-codes/redeem"),
                                      {{QStringLiteral("token"), QStringLiteral("x")}}),
                          503, "web-services-disabled"));
    EXPECT_TRUE(
        isProblem(client.get(QStringLiteral("/api/v1/nothing")), 503, "web-services-disabled"));
    // Nothing was registered by the refused login.
    EXPECT_EQ(listDevices(store()).size(), 1);

    setSetting(setting::kWebServices, QStringLiteral("on"));
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), tokens.access).status, 200);
    EXPECT_EQ(refresh(tokens.refresh).status, 200);
}

} // namespace
