#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

#include <QElapsedTimer>

#include <thread>

using namespace vaultlink;
using namespace vaultlink::testing;
using std::chrono::milliseconds;

namespace {

class Retries : public ::testing::Test, protected ClientFixture {
protected:
    // Whether the call threw an ApiError (the outcome is checked through the transport).
    template <typename Call> bool fails(Call call) {
        try {
            call();
        } catch (const ApiError &) {
            return true;
        }
        return false;
    }
    bool refreshFails() {
        return fails([this] { client.refresh(QStringLiteral("refresh-0")); });
    }
    bool infoFails() {
        return fails([this] { client.info(); });
    }
};

TEST_F(Retries, AGetIsRepeatedAfterRefusedConnectionsUntilItSucceeds) {
    transport.then(noAnswer(NetFailure::ConnectionRefused, false))
        .then(noAnswer(NetFailure::ConnectionRefused, false))
        .then(jsonAnswer(200, infoJson()));
    EXPECT_EQ(client.info().apiVersion, 1);
    EXPECT_EQ(transport.requests.size(), 3);
    ASSERT_EQ(slept.size(), 2u);
    EXPECT_LE(slept[0], milliseconds(100)); // within base * 2^0
    EXPECT_LE(slept[1], milliseconds(200)); // within base * 2^1
    EXPECT_EQ(transport.requests[2].url, transport.requests[0].url);
}

TEST_F(Retries, TheBackOffWaitsAreJitteredNotZero) {
    transport.then(noAnswer(NetFailure::Timeout, true)).then(jsonAnswer(200, infoJson()));
    client.info();
    ASSERT_EQ(slept.size(), 1u);
    EXPECT_GT(slept[0], milliseconds(0)); // FixedRandom's 0x5a bytes do not land on zero
}

TEST_F(Retries, AGetGivesUpAfterMaxRetries) {
    for (int i = 0; i < 10; ++i)
        transport.then(noAnswer(NetFailure::ConnectionRefused, false));
    try {
        client.info();
        ADD_FAILURE() << "expected a network error";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.kind(), ApiError::Kind::Network);
        EXPECT_EQ(error.netFailure(), NetFailure::ConnectionRefused);
    }
    EXPECT_EQ(transport.requests.size(), limits.maxRetries + 1);
    ASSERT_EQ(static_cast<int>(slept.size()), limits.maxRetries);
    for (std::size_t n = 0; n < slept.size(); ++n)
        EXPECT_LE(slept[n], std::min(limits.cap, limits.base * (1 << n)));
}

struct GetCase {
    const char *name;
    HttpResponse first;
    bool repeated;
};

void PrintTo(const GetCase &c, std::ostream *os) {
    *os << c.name;
}

class GetRule : public Retries, public ::testing::WithParamInterface<GetCase> {};

TEST_P(GetRule, RepeatsExactlyTheTransientFailures) {
    transport.then(GetParam().first).then(jsonAnswer(200, infoJson()));
    const bool failed = infoFails();
    EXPECT_EQ(failed, !GetParam().repeated);
    EXPECT_EQ(transport.requests.size(), GetParam().repeated ? 2 : 1);
    EXPECT_EQ(slept.size(), GetParam().repeated ? 1u : 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Table, GetRule,
    ::testing::Values(
        GetCase{"HostNotFound", noAnswer(NetFailure::HostNotFound, false), true},
        GetCase{"ConnectionRefused", noAnswer(NetFailure::ConnectionRefused, false), true},
        GetCase{"Unreachable", noAnswer(NetFailure::Unreachable, false), true},
        GetCase{"TimeoutAfterSending", noAnswer(NetFailure::Timeout, true), true},
        GetCase{"ConnectionLost", noAnswer(NetFailure::ConnectionLost, true), true},
        GetCase{"Other", noAnswer(NetFailure::Other, true), true},
        GetCase{"Tls", noAnswer(NetFailure::Tls, false, TlsFailure::Untrusted), false},
        GetCase{"InternalError", problemAnswer(500, QStringLiteral("internal-error")), true},
        GetCase{"ServiceUnavailableFromAProxy", rawAnswer(503, "busy", "text/plain"), true},
        GetCase{"BadGateway", rawAnswer(502, "<html/>", "text/html"), true},
        GetCase{"WebServicesDisabled", problemAnswer(503, QStringLiteral("web-services-disabled")),
                false},
        GetCase{"TokenExpired", problemAnswer(401, QStringLiteral("token-expired")), false},
        GetCase{"NotFound", problemAnswer(404, QStringLiteral("not-found")), false}),
    [](const ::testing::TestParamInfo<GetCase> &param) { return std::string(param.param.name); });

TEST_F(Retries, WebServicesDisabledIsToldAtOnce) {
    transport.then(problemAnswer(503, QStringLiteral("web-services-disabled")));
    try {
        client.session(QStringLiteral("a"));
        ADD_FAILURE() << "expected a refusal";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.code(), QStringLiteral("web-services-disabled"));
    }
    EXPECT_EQ(transport.requests.size(), 1);
    EXPECT_TRUE(slept.empty());
}

struct PostCase {
    const char *name;
    HttpResponse first;
    bool repeated;
};

void PrintTo(const PostCase &c, std::ostream *os) {
    *os << c.name;
}

class RefreshRule : public Retries, public ::testing::WithParamInterface<PostCase> {};

// A refresh that may have reached the server is never sent again: a refresh token presented
// twice revokes the session.
TEST_P(RefreshRule, RepeatsOnlyWhatCertainlyNeverArrived) {
    transport.then(GetParam().first).then(jsonAnswer(200, grantJson()));
    const bool failed = refreshFails();
    EXPECT_EQ(failed, !GetParam().repeated);
    EXPECT_EQ(transport.requests.size(), GetParam().repeated ? 2 : 1);
    if (GetParam().repeated) {
        EXPECT_EQ(transport.requests[1].body, transport.requests[0].body);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefreshRule,
    ::testing::Values(
        PostCase{"ConnectionRefused", noAnswer(NetFailure::ConnectionRefused, false), true},
        PostCase{"Unreachable", noAnswer(NetFailure::Unreachable, false), true},
        PostCase{"TimeoutBeforeSending", noAnswer(NetFailure::Timeout, false), true},
        PostCase{"TimeoutAfterSending", noAnswer(NetFailure::Timeout, true), false},
        PostCase{"ConnectionLost", noAnswer(NetFailure::ConnectionLost, true), false},
        PostCase{"ConnectionLostDuringHandshake", noAnswer(NetFailure::ConnectionLost, false),
                 true},
        PostCase{"Other", noAnswer(NetFailure::Other, true), false},
        PostCase{"HostNotFound", noAnswer(NetFailure::HostNotFound, false), false},
        PostCase{"Tls", noAnswer(NetFailure::Tls, false, TlsFailure::PinMismatch), false},
        PostCase{"InternalError", problemAnswer(500, QStringLiteral("internal-error")), false},
        PostCase{"ServiceUnavailable", rawAnswer(503, "busy", "text/plain"), false}),
    [](const ::testing::TestParamInfo<PostCase> &param) { return std::string(param.param.name); });

TEST_F(Retries, ARefreshRefusedEveryTimeGivesUpAfterMaxRetries) {
    for (int i = 0; i < 10; ++i)
        transport.then(noAnswer(NetFailure::ConnectionRefused, false));
    EXPECT_TRUE(refreshFails());
    EXPECT_EQ(transport.requests.size(), limits.maxRetries + 1);
    EXPECT_EQ(static_cast<int>(slept.size()), limits.maxRetries);
}

TEST_F(Retries, ALoginFollowsThePostRule) {
    transport.then(noAnswer(NetFailure::Unreachable, false))
        .then(noAnswer(NetFailure::ConnectionLost, true))
        .then(jsonAnswer(200, grantJson()));
    EXPECT_TRUE(fails([this] {
        client.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    }));
    ASSERT_EQ(transport.requests.size(), 2);
    // The repeated login carried the same password; the client's own copy is wiped afterwards,
    // which leaves the transport's recorded copies as they were.
    EXPECT_EQ(bodyOf(transport.requests[1]).value(QStringLiteral("password")).toString(),
              QStringLiteral("pw"));
}

TEST_F(Retries, LogoutAndRedeemAreNotRepeatedOnceDelivered) {
    transport.then(noAnswer(NetFailure::Timeout, true)).then(noAnswer(NetFailure::Timeout, true));
    EXPECT_TRUE(fails([this] { client.logout(QStringLiteral("a")); }));
    EXPECT_TRUE(fails([this] { client.redeem(QStringLiteral("t")); }));
    EXPECT_EQ(transport.requests.size(), 2);
    EXPECT_TRUE(slept.empty());
}

TEST_F(Retries, EachCallStartsWithAFreshBackOff) {
    for (int i = 0; i < 2; ++i)
        transport.then(noAnswer(NetFailure::ConnectionRefused, false))
            .then(jsonAnswer(200, infoJson()));
    client.info();
    client.info();
    ASSERT_EQ(slept.size(), 2u);
    EXPECT_EQ(slept[0], slept[1]); // both are first retries, with the same deterministic draw
}

// A server that accepts and never answers: each attempt lasts as long as it is allowed to.
class SilentServer final : public Transport {
public:
    HttpResponse send(const HttpRequest &request) override {
        allowed.append(request.timeout);
        std::this_thread::sleep_for(request.timeout > milliseconds(0) ? request.timeout
                                                                      : milliseconds(2000));
        return noAnswer(NetFailure::Timeout, false);
    }
    QList<milliseconds> allowed;
};

// --timeout bounds a call's whole wait, its retries and back-off included (it took five times
// the option against a silent server): the first attempt may use all of it, and none starts
// once it is spent.
TEST(CallBudget, ASilentServerIsGivenUpOnWithinTheBudget) {
    SilentServer silent;
    FixedRandom random;
    Backoff::Limits limits;
    limits.callBudget = milliseconds(300);
    ApiClient client(QUrl(QStringLiteral("https://vault.example.com")), silent, random,
                     threadSleeper(), limits);
    QElapsedTimer elapsed;
    elapsed.start();
    EXPECT_THROW(client.info(), ApiError);
    EXPECT_LT(elapsed.elapsed(), 600);
    ASSERT_FALSE(silent.allowed.isEmpty());
    EXPECT_EQ(silent.allowed.first(), milliseconds(300));
    for (const milliseconds allowed : silent.allowed)
        EXPECT_GT(allowed, milliseconds(0));
}

TEST_F(Retries, BackOffWaitsCountAgainstTheBudget) {
    for (int i = 0; i < 20; ++i)
        transport.then(noAnswer(NetFailure::ConnectionRefused, false));
    Backoff::Limits bounded{milliseconds(100), milliseconds(1000), 19, milliseconds(250)};
    ApiClient budgeted(
        QUrl(QStringLiteral("https://vault.example.com")), transport, random,
        [this](milliseconds delay) { slept.push_back(delay); }, bounded);
    EXPECT_THROW(budgeted.info(), ApiError);
    milliseconds total(0);
    for (const milliseconds delay : slept)
        total += delay;
    EXPECT_LT(total, milliseconds(250));
    EXPECT_LT(transport.requests.size(), 20);
    ASSERT_FALSE(transport.requests.isEmpty());
    EXPECT_EQ(transport.requests.first().timeout, milliseconds(250));
}

} // namespace
