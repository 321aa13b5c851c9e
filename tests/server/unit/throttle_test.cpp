#include "server/auth/credentials.h"
#include "server/common/refusal.h"
#include "server/store/settings.h"
#include "tests/server/support/temp_store.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
Refusal attempt(test::TempStore &data, const char *password) {
    try {
        verifyCredentials(*data.store, Settings::load(*data.store), QStringLiteral("alice"),
                          QString::fromLatin1(password), data.clock.nowMs());
    } catch (const Refusal &refusal) {
        return refusal;
    }
    return Refusal(Error::Internal, QStringLiteral("accepted"));
}
} // namespace

TEST(Throttle, DelayGrowsAfterTheFreeAttemptsAndIsCapped) {
    test::TempStore data;
    const Settings s = Settings::load(*data.store);
    EXPECT_EQ(throttleDelayMs(s, 0), 0);
    EXPECT_EQ(throttleDelayMs(s, 2), 0);
    EXPECT_EQ(throttleDelayMs(s, 3), 1000);
    EXPECT_EQ(throttleDelayMs(s, 4), 2000);
    EXPECT_EQ(throttleDelayMs(s, 6), 8000);
    EXPECT_EQ(throttleDelayMs(s, 40), 300000);
}

TEST(Throttle, RepeatedFailuresSlowDownEvenTheRightPassword) {
    test::TempStore data;
    data.addUser(QStringLiteral("alice"), QStringLiteral("right"));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(attempt(data, "wrong").error(), Error::BadCredentials);
    const Refusal throttled = attempt(data, "right");
    EXPECT_EQ(throttled.error(), Error::LoginThrottled);
    EXPECT_EQ(throttled.extra().value(QStringLiteral("retryAfterSeconds")).toInt(), 1);
    data.clock.advanceMs(1000);
    EXPECT_EQ(attempt(data, "wrong").error(), Error::BadCredentials);
    data.clock.advanceMs(1500);
    EXPECT_EQ(attempt(data, "right").error(), Error::LoginThrottled); // now 2 s
    data.clock.advanceMs(500);
    EXPECT_EQ(attempt(data, "right").error(), Error::Internal); // accepted
    // Success clears the count.
    EXPECT_EQ(attempt(data, "wrong").error(), Error::BadCredentials);
    EXPECT_EQ(attempt(data, "right").error(), Error::Internal);
}

TEST(Throttle, UnknownUsersGetTheSameAnswerAsWrongPasswords) {
    test::TempStore data;
    try {
        verifyCredentials(*data.store, Settings::load(*data.store), QStringLiteral("nobody"),
                          QStringLiteral("pw"), data.clock.nowMs());
        FAIL();
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::BadCredentials);
        EXPECT_EQ(refusal.detail(), QStringLiteral("the user name, password or domain is wrong"));
    }
}

TEST(Throttle, UnknownNamesAreThrottledLikeRealOnes) {
    test::TempStore data;
    const auto tryName = [&](const char *name) {
        try {
            verifyCredentials(*data.store, Settings::load(*data.store), QString::fromLatin1(name),
                              QStringLiteral("pw"), data.clock.nowMs());
        } catch (const Refusal &refusal) {
            return refusal.error();
        }
        return Error::Internal;
    };
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(tryName("ghost"), Error::BadCredentials);
    EXPECT_EQ(tryName("GHOST"), Error::LoginThrottled);
    EXPECT_EQ(tryName("other"), Error::BadCredentials);
    data.clock.advanceMs(1000);
    EXPECT_EQ(tryName("ghost"), Error::BadCredentials);
}
