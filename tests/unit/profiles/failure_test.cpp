#include "src/api/api_error.h"
#include "src/profiles/failure.h"
#include "src/storage/encrypted_db.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace vaultlink {
namespace {

struct RefusalCase {
    const char *code;
    Failure::Kind kind;
};

class RefusalKinds : public ::testing::TestWithParam<RefusalCase> {};

// Each refusal of docs/api.md §4 lands in the kind that tells the user what to do.
TEST_P(RefusalKinds, EachServerRefusalMapsToItsKindAndOwnMessage) {
    const RefusalCase c = GetParam();
    const QJsonObject problem{{QStringLiteral("code"), QString::fromLatin1(c.code)},
                              {QStringLiteral("title"), QStringLiteral("t")},
                              {QStringLiteral("retryAfterSeconds"), 8},
                              {QStringLiteral("attemptsLeft"), 2}};
    const Failure failure = explain(ApiError::refusal(400, problem));
    EXPECT_EQ(failure.kind(), c.kind);
    EXPECT_EQ(failure.code(), QString::fromLatin1(c.code));
    EXPECT_FALSE(failure.message().isEmpty());
    EXPECT_FALSE(failure.message().contains(QStringLiteral("%1")));
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusalKinds,
    ::testing::Values(RefusalCase{"bad-credentials", Failure::Kind::Authentication},
                      RefusalCase{"login-throttled", Failure::Kind::Authentication},
                      RefusalCase{"mfa-failed", Failure::Kind::Authentication},
                      RefusalCase{"mfa-transaction-unknown", Failure::Kind::Authentication},
                      RefusalCase{"token-invalid", Failure::Kind::Authentication},
                      RefusalCase{"token-reused", Failure::Kind::Authentication},
                      RefusalCase{"session-expired", Failure::Kind::Authentication},
                      RefusalCase{"device-revoked", Failure::Kind::Policy},
                      RefusalCase{"mobile-sync-disabled", Failure::Kind::Policy},
                      RefusalCase{"mobile-right-missing", Failure::Kind::Policy},
                      RefusalCase{"web-services-disabled", Failure::Kind::Policy},
                      RefusalCase{"database-unknown", Failure::Kind::Usage},
                      RefusalCase{"link-code-unknown", Failure::Kind::LinkCode},
                      RefusalCase{"link-code-expired", Failure::Kind::LinkCode},
                      RefusalCase{"link-code-used", Failure::Kind::LinkCode},
                      RefusalCase{"internal-error", Failure::Kind::Server},
                      RefusalCase{"from-a-newer-server", Failure::Kind::Server}));

TEST(FailureMessages, ThrottlingAndFailedCodesSayHowLongAndHowMany) {
    const Failure throttled =
        explain(ApiError::refusal(429, {{QStringLiteral("code"), QStringLiteral("login-throttled")},
                                        {QStringLiteral("retryAfterSeconds"), 16}}));
    EXPECT_TRUE(throttled.message().contains(QStringLiteral("16")));
    const Failure failed =
        explain(ApiError::refusal(401, {{QStringLiteral("code"), QStringLiteral("mfa-failed")},
                                        {QStringLiteral("attemptsLeft"), 3}}));
    EXPECT_TRUE(failed.message().contains(QStringLiteral("3")));
}

TEST(FailureMessages, RefusalsOfTheSameKindStillReadDifferently) {
    const auto message = [](const char *code) {
        return explain(
                   ApiError::refusal(403, {{QStringLiteral("code"), QString::fromLatin1(code)}}))
            .message();
    };
    EXPECT_NE(message("mobile-sync-disabled"), message("mobile-right-missing"));
    EXPECT_NE(message("link-code-expired"), message("link-code-used"));
}

TEST(FailureMessages, LocalDamageIsLocalDataWithItsOwnCode) {
    const Failure undecryptable =
        explain(StorageError(StorageError::Kind::Undecryptable, QStringLiteral("x")));
    EXPECT_EQ(undecryptable.kind(), Failure::Kind::LocalData);
    EXPECT_EQ(undecryptable.code(), QStringLiteral("mirror-undecryptable"));
    EXPECT_EQ(explain(StorageError(StorageError::Kind::Corrupt, QStringLiteral("x"))).code(),
              QStringLiteral("mirror-corrupt"));
}

} // namespace
} // namespace vaultlink
