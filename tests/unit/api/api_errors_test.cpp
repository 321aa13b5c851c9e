#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

#include <algorithm>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

class Errors : public ::testing::Test, protected ClientFixture {
protected:
    ApiError loginError() {
        return thrownBy([this] {
            client.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                         {QStringLiteral("phone-1"), {}});
        });
    }
};

// Every code of docs/api.md §4 with a status, as each endpoint may answer it.
struct Problem {
    int status;
    const char *code;
};

class EveryProblem : public Errors, public ::testing::WithParamInterface<Problem> {};

TEST_P(EveryProblem, IsARefusalWithItsCodeStatusAndText) {
    const Problem problem = GetParam();
    const QString code = QString::fromLatin1(problem.code);
    transport.then(problemAnswer(problem.status, code));
    const ApiError error = thrownBy([this] { client.redeem(QStringLiteral("t")); });
    EXPECT_EQ(error.kind(), ApiError::Kind::Refusal);
    EXPECT_EQ(error.code(), code);
    EXPECT_EQ(error.status(), problem.status);
    EXPECT_EQ(error.netFailure(), NetFailure::None);
    EXPECT_EQ(error.problem().value(QStringLiteral("code")).toString(), code);
    // The server's English stays in the exception's text for logs; the user's message is the code.
    EXPECT_EQ(QString::fromUtf8(error.what()),
              QStringLiteral("Title of %1: detail of %1").arg(code));
    // A code this client does not know (a newer server's) is said as such, naming the code.
    const bool known = code != QLatin1String("some-future-code");
    EXPECT_EQ(error.message().key(), known ? code : QStringLiteral("refused-unknown-code"));
}

INSTANTIATE_TEST_SUITE_P(
    Codes, EveryProblem,
    ::testing::Values(Problem{400, "malformed-json"}, Problem{400, "invalid-request"},
                      Problem{413, "request-too-large"}, Problem{415, "unsupported-media-type"},
                      Problem{404, "not-found"}, Problem{405, "method-not-allowed"},
                      Problem{503, "web-services-disabled"}, Problem{404, "database-unknown"},
                      Problem{403, "mobile-sync-disabled"}, Problem{403, "mobile-right-missing"},
                      Problem{401, "bad-credentials"}, Problem{429, "login-throttled"},
                      Problem{401, "mfa-failed"}, Problem{401, "mfa-transaction-unknown"},
                      Problem{401, "auth-required"}, Problem{401, "token-invalid"},
                      Problem{401, "token-expired"}, Problem{401, "token-reused"},
                      Problem{401, "session-expired"}, Problem{403, "device-revoked"},
                      Problem{403, "forbidden"}, Problem{404, "record-unknown"},
                      Problem{409, "revision-conflict"}, Problem{410, "cursor-unknown"},
                      Problem{404, "link-code-unknown"}, Problem{410, "link-code-expired"},
                      Problem{409, "link-code-used"}, Problem{403, "device-login-disabled"},
                      Problem{401, "device-key-unknown"}, Problem{401, "device-challenge-unknown"},
                      Problem{401, "device-challenge-used"},
                      Problem{401, "device-challenge-expired"},
                      Problem{401, "device-signature-invalid"}, Problem{500, "internal-error"},
                      Problem{418, "some-future-code"}),
    [](const ::testing::TestParamInfo<Problem> &param) {
        std::string name = param.param.code;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST_F(Errors, LoginThrottledTellsHowLongToWait) {
    transport.then(problemAnswer(429, QStringLiteral("login-throttled"),
                                 {{QStringLiteral("retryAfterSeconds"), 8}}));
    const ApiError error = loginError();
    EXPECT_EQ(error.code(), QStringLiteral("login-throttled"));
    EXPECT_EQ(error.retryAfterSeconds(), 8);
    EXPECT_EQ(transport.requests.size(), 1); // a refusal is an answer: never repeated
}

TEST_F(Errors, MfaFailedTellsTheAttemptsLeft) {
    transport.then(
        problemAnswer(401, QStringLiteral("mfa-failed"), {{QStringLiteral("attemptsLeft"), 3}}));
    const ApiError error =
        thrownBy([this] { client.answerTotp(QStringLiteral("tx"), QStringLiteral("000000")); });
    EXPECT_EQ(error.code(), QStringLiteral("mfa-failed"));
    EXPECT_EQ(error.attemptsLeft(), 3);
    EXPECT_FALSE(error.challenge().has_value());
}

TEST_F(Errors, AbsentExtensionsReadAsNothing) {
    transport.then(problemAnswer(401, QStringLiteral("mfa-failed")));
    const ApiError error =
        thrownBy([this] { client.answerTotp(QStringLiteral("tx"), QStringLiteral("000000")); });
    EXPECT_EQ(error.attemptsLeft(), 0);
    EXPECT_EQ(error.retryAfterSeconds(), 0);
    EXPECT_FALSE(error.policy().has_value());
}

TEST_F(Errors, DeviceRevokedCarriesThePolicy) {
    QJsonObject policy = policyJson();
    policy.insert(QStringLiteral("deviceActive"), false);
    policy.insert(QStringLiteral("mobileSyncAllowed"), false);
    transport.then(
        problemAnswer(403, QStringLiteral("device-revoked"), {{QStringLiteral("policy"), policy}}));
    const ApiError error = thrownBy([this] { client.refresh(QStringLiteral("r")); });
    EXPECT_EQ(error.code(), QStringLiteral("device-revoked"));
    const std::optional<Policy> read = error.policy();
    ASSERT_TRUE(read.has_value());
    EXPECT_FALSE(read->deviceActive);
    EXPECT_FALSE(read->mobileSyncAllowed);
    EXPECT_EQ(read->maxOfflineSeconds, 259200);
}

TEST_F(Errors, TheChallengeIsAlsoReadableFromTheError) {
    const ApiError error = ApiError::refusal(401, [] {
        QJsonObject problem = challengeProblem();
        problem.insert(QStringLiteral("code"), QStringLiteral("mfa-required"));
        return problem;
    }());
    const std::optional<MfaChallenge> challenge = error.challenge();
    ASSERT_TRUE(challenge.has_value());
    EXPECT_EQ(challenge->transaction, QStringLiteral("tx-1"));
}

TEST_F(Errors, ANetworkFailureCarriesTheTransportsMessage) {
    HttpResponse failure = noAnswer(NetFailure::HostNotFound, false);
    failure.message = Message(QStringLiteral("host-not-found"), {QStringLiteral("x.invalid")});
    transport.then(failure);
    const ApiError error = thrownBy([this] { client.redeem(QStringLiteral("t")); });
    EXPECT_EQ(error.kind(), ApiError::Kind::Network);
    EXPECT_EQ(error.netFailure(), NetFailure::HostNotFound);
    EXPECT_EQ(error.message(), failure.message);
    EXPECT_TRUE(error.code().isEmpty());
    EXPECT_EQ(error.status(), 0);
}

TEST_F(Errors, ATlsRefusalSaysWhichOne) {
    transport.then(noAnswer(NetFailure::Tls, false, TlsFailure::PinMismatch));
    const ApiError error = thrownBy([this] { client.info(); });
    EXPECT_EQ(error.kind(), ApiError::Kind::Network);
    EXPECT_EQ(error.netFailure(), NetFailure::Tls);
    EXPECT_EQ(error.tlsFailure(), TlsFailure::PinMismatch);
}

} // namespace
