#include "sync_fixture.h"

namespace vaultlink::testing {
namespace {

using SessionTest = SyncFixture;

TEST_F(SessionTest, AnExpiredAccessTokenIsRefreshedOnceAndTheCallRepeated) {
    addRecords(3);
    login();
    const QString firstRefresh = store.token;
    server.expireAccessTokens();
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_EQ(report.count, 3);
    EXPECT_EQ(server.refreshes, 1);
    EXPECT_NE(store.token, firstRefresh);
}

TEST_F(SessionTest, TheRotatedRefreshTokenIsSavedBeforeTheNewAccessTokenIsUsed) {
    addRecords(3);
    login();
    server.expireAccessTokens();
    syncer.sync(mirror, files);
    ASSERT_EQ(store.requestsSeenAtStore.size(), 2);
    // When the second grant was saved, the refresh was the last thing the server had seen.
    EXPECT_EQ(server.paths.at(store.requestsSeenAtStore.at(1) - 1),
              QStringLiteral("POST /api/v1/auth/refresh"));
}

TEST_F(SessionTest, AFreshSessionRefreshesOnFirstUseWithoutAccessToken) {
    addRecords(2);
    login();
    ServerSession later(api, store, clock); // a new run: only the stored refresh token
    EXPECT_TRUE(later.canResume());
    Syncer laterSyncer(later, api, 10);
    EXPECT_EQ(laterSyncer.sync(mirror, files).count, 2);
    EXPECT_EQ(server.refreshes, 1);
    EXPECT_EQ(server.logins, 1);
}

TEST_F(SessionTest, AReusedRefreshTokenEndsTheSessionAndForgetsTheToken) {
    login();
    const QString copied = store.token;
    ServerSession first(api, store, clock);
    first.accessToken();  // rotates: `copied` is now spent
    store.token = copied; // as if an old copy of the device came back
    ServerSession other(api, store, clock);
    try {
        other.accessToken();
        FAIL() << "expected token-reused";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.code(), QStringLiteral("token-reused"));
    }
    EXPECT_TRUE(store.token.isEmpty());
}

TEST_F(SessionTest, ANetworkFailureDuringRefreshKeepsTheStoredToken) {
    login();
    const QString kept = store.token;
    ServerSession later(api, store, clock);
    server.failRequests = 100;
    server.failure = NetFailure::ConnectionRefused;
    EXPECT_THROW(later.accessToken(), ApiError);
    EXPECT_EQ(store.token, kept);
}

TEST_F(SessionTest, WithdrawnSyncRightsKeepTheSessionForLater) {
    login();
    server.mobileSync = false;
    try {
        syncer.sync(mirror, files);
        FAIL() << "expected mobile-sync-disabled";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.code(), QStringLiteral("mobile-sync-disabled"));
        ASSERT_TRUE(error.policy().has_value());
        EXPECT_FALSE(error.policy()->mobileSyncAllowed);
    }
    EXPECT_FALSE(store.token.isEmpty());
}

TEST_F(SessionTest, LogoutEndsTheSessionAndForgetsTheTokens) {
    login();
    session.logout();
    EXPECT_EQ(server.logouts, 1);
    EXPECT_TRUE(store.token.isEmpty());
    EXPECT_FALSE(session.canResume());
}

} // namespace
} // namespace vaultlink::testing
