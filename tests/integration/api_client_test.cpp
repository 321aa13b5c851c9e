#include "server/crypto/totp.h"
#include "server/directory/users.h"
#include "server/seed/demo.h"
#include "src/api/api_client.h"
#include "src/api/api_parse.h"
#include "src/crypto/random.h"
#include "src/crypto/secure_buffer.h"
#include "src/net/transport.h"
#include "tests/server/support/test_server.h"
#include "tests/unit/support/api_doubles.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>

#include <gtest/gtest.h>

#include <array>
#include <functional>

using namespace vaultlink;
using vaultlink::server::test::TestServer;
using vaultlink::testing::thrownBy;
namespace vls = vaultlink::server;

namespace {

inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}

// The client core against the reference server over real TLS, trusting it through its pin, on
// the demo data set (docs/api.md; server/seed/demo.cpp).
class ApiAgainstServer : public ::testing::Test {
protected:
    ApiAgainstServer()
        : transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20))
        , client(QUrl(server.baseUrl()), transport, random,
                 [this](std::chrono::milliseconds delay) { slept.push_back(delay); }) {
        vls::installDemo(*server.data.store, server.data.random, server.data.clock.nowMs());
    }

    qint64 demoId() {
        for (const DatabaseInfo &database : client.databases())
            if (database.name == QLatin1String("Demo"))
                return database.id;
        ADD_FAILURE() << "no Demo database";
        return 0;
    }

    LoginOutcome login(const QString &user, const QString &password,
                       const QString &device = QStringLiteral("phone-1")) {
        return client.login(demoId(), user, SecureBuffer::fromUtf8(password),
                            {device, QStringLiteral("Integration phone")});
    }

    TokenGrant loginAlice(const QString &device = QStringLiteral("phone-1")) {
        const LoginOutcome outcome =
            login(QStringLiteral("alice"), QStringLiteral("alice-demo-2026"), device);
        if (!outcome.grant) {
            ADD_FAILURE() << "alice got no grant";
            return {};
        }
        return *outcome.grant;
    }

    TestServer server;
    QtTransport transport;
    SystemRandom random;
    std::vector<std::chrono::milliseconds> slept;
    ApiClient client;
};

// XOR of SHA-256("<id>:<sequence>") over the set, in lower-case hex (docs/api.md §7.9),
// computed here independently of both the server and the client.
QString digestOf(const QMap<qint64, qint64> &sequenceById) {
    std::array<unsigned char, 32> acc{};
    for (auto it = sequenceById.begin(); it != sequenceById.end(); ++it) {
        const QByteArray hash = QCryptographicHash::hash(QByteArray::number(it.key()) + ':' +
                                                             QByteArray::number(it.value()),
                                                         QCryptographicHash::Sha256);
        for (std::size_t i = 0; i < acc.size(); ++i)
            acc[i] ^= static_cast<unsigned char>(hash[static_cast<qsizetype>(i)]);
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(acc.data()), static_cast<qsizetype>(acc.size()))
            .toHex());
}

TEST_F(ApiAgainstServer, ReadsInfoAndDatabases) {
    const ServerInfo info = client.info();
    EXPECT_EQ(info.apiVersion, 1);
    EXPECT_FALSE(info.name.isEmpty());
    EXPECT_TRUE(info.features.contains(QStringLiteral("refresh-rotation")));

    const QList<DatabaseInfo> databases = client.databases();
    ASSERT_EQ(databases.size(), 2);
    EXPECT_EQ(databases[0].name, QStringLiteral("Archive")); // ordered by name
    EXPECT_FALSE(databases[0].mobileSync);
    EXPECT_EQ(databases[1].name, QStringLiteral("Demo"));
    EXPECT_TRUE(databases[1].mobileSync);
}

TEST_F(ApiAgainstServer, AliceLogsInAndSeesHerSessionAndUnits) {
    const TokenGrant grant = loginAlice();
    ASSERT_FALSE(grant.accessToken.isEmpty());
    EXPECT_EQ(grant.session.userName, QStringLiteral("alice"));
    EXPECT_EQ(grant.session.displayName, QStringLiteral("Alice Admin"));
    EXPECT_EQ(grant.session.databaseName, QStringLiteral("Demo"));
    EXPECT_TRUE(grant.policy.mobileSyncAllowed);
    EXPECT_TRUE(grant.policy.deviceActive);
    EXPECT_GT(grant.refreshTokenExpiresAt, grant.accessTokenExpiresAt);

    const SessionInfo session = client.session(grant.accessToken);
    EXPECT_EQ(session.userName, QStringLiteral("alice"));
    ASSERT_EQ(session.units.size(), 2);
    EXPECT_EQ(session.units[0].name, QStringLiteral("IT"));
    EXPECT_TRUE(session.units[0].read && session.units[0].add && session.units[0].edit);
    EXPECT_EQ(session.units[1].name, QStringLiteral("Marketing"));
    EXPECT_TRUE(session.units[1].read && session.units[1].add);
    EXPECT_FALSE(session.units[1].edit);
    EXPECT_EQ(session.policy.accessTokenSeconds, grant.policy.accessTokenSeconds);
}

TEST_F(ApiAgainstServer, AWrongPasswordIsRefusedWithTheServersWords) {
    const ApiError error =
        thrownBy([this] { login(QStringLiteral("alice"), QStringLiteral("wrong")); });
    EXPECT_EQ(error.kind(), ApiError::Kind::Refusal);
    EXPECT_EQ(error.code(), QStringLiteral("bad-credentials"));
    EXPECT_EQ(error.status(), 401);
    EXPECT_FALSE(error.message().isEmpty());
}

TEST_F(ApiAgainstServer, AUserWithoutTheMobileRightIsToldWithThePolicy) {
    const ApiError error =
        thrownBy([this] { login(QStringLiteral("bob"), QStringLiteral("bob-demo-2026")); });
    EXPECT_EQ(error.code(), QStringLiteral("mobile-right-missing"));
    const std::optional<Policy> policy = error.policy();
    ASSERT_TRUE(policy.has_value());
    EXPECT_FALSE(policy->mobileSyncAllowed);
}

TEST_F(ApiAgainstServer, CarolAnswersTheTotpChallenge) {
    const LoginOutcome outcome = login(QStringLiteral("carol"), QStringLiteral("carol-demo-2026"));
    ASSERT_FALSE(outcome.grant.has_value());
    ASSERT_TRUE(outcome.challenge.has_value());
    ASSERT_EQ(outcome.challenge->methods.size(), 1);
    EXPECT_EQ(outcome.challenge->methods[0].type, QStringLiteral("totp"));
    EXPECT_EQ(outcome.challenge->methods[0].digits, 6);

    // A fresh secret for carol, known to the test (the demo's own is only in its otpauth URI).
    const auto carol = vls::findUserByName(*server.data.store, QStringLiteral("carol"));
    ASSERT_TRUE(carol.has_value());
    const QByteArray secret = vls::enableTotp(*server.data.store, server.data.random, carol->id);
    const LoginOutcome again = login(QStringLiteral("carol"), QStringLiteral("carol-demo-2026"));
    ASSERT_TRUE(again.challenge.has_value());

    const QString now = vls::totpCode(secret, vls::totpStep(server.data.clock.nowMs()));
    const QString wrong =
        now == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const ApiError failed =
        thrownBy([&] { client.answerTotp(again.challenge->transaction, wrong); });
    EXPECT_EQ(failed.code(), QStringLiteral("mfa-failed"));
    EXPECT_EQ(failed.attemptsLeft(), 4);

    const TokenGrant grant = client.answerTotp(again.challenge->transaction, now);
    EXPECT_EQ(grant.session.userName, QStringLiteral("carol"));
    EXPECT_EQ(client.session(grant.accessToken).userName, QStringLiteral("carol"));
}

TEST_F(ApiAgainstServer, RefreshRotatesAndAReusedTokenRevokesTheSession) {
    const TokenGrant first = loginAlice();
    const TokenGrant second = client.refresh(first.refreshToken);
    EXPECT_NE(second.accessToken, first.accessToken);
    EXPECT_NE(second.refreshToken, first.refreshToken);
    EXPECT_EQ(client.session(second.accessToken).userName, QStringLiteral("alice"));

    const ApiError reused = thrownBy([&] { client.refresh(first.refreshToken); });
    EXPECT_EQ(reused.code(), QStringLiteral("token-reused"));
    EXPECT_EQ(reused.status(), 401);
    EXPECT_EQ(thrownBy([&] { client.session(second.accessToken); }).code(),
              QStringLiteral("token-invalid"));
    EXPECT_EQ(thrownBy([&] { client.refresh(second.refreshToken); }).code(),
              QStringLiteral("token-reused"));
    EXPECT_TRUE(slept.empty()); // refusals are answers: nothing was repeated
}

TEST_F(ApiAgainstServer, TheFeedPagesToTheEndAndProvesTheMirrorComplete) {
    const TokenGrant grant = loginAlice();
    QMap<qint64, qint64> mirror;
    QString cursor;
    FeedPage page;
    int pages = 0;
    do {
        page = client.changes(grant.accessToken, cursor, 7);
        EXPECT_LE(page.records.size() + page.removed.size(), 7);
        for (qsizetype i = 0; i < page.records.size(); ++i) {
            const QJsonObject record = parseFeedRecord(page.records[i], i);
            mirror.insert(record.value(QStringLiteral("id")).toInteger(),
                          record.value(QStringLiteral("sequence")).toInteger());
        }
        for (const qint64 id : page.removed)
            mirror.remove(id);
        cursor = page.cursor;
        ASSERT_LT(++pages, 100) << "the feed never ended";
    } while (page.more);

    EXPECT_GT(pages, 2);
    EXPECT_GT(page.totalCount, 0);
    EXPECT_EQ(mirror.size(), page.totalCount);
    EXPECT_EQ(digestOf(mirror), page.totalDigest);
    EXPECT_TRUE(page.policy.mobileSyncAllowed);

    // Caught up: the stored cursor gives an empty last page with the same totals.
    const FeedPage again = client.changes(grant.accessToken, cursor, 7);
    EXPECT_TRUE(again.records.isEmpty());
    EXPECT_FALSE(again.more);
    EXPECT_EQ(again.totalDigest, page.totalDigest);
}

TEST_F(ApiAgainstServer, AnUnknownCursorIsRefused) {
    const TokenGrant grant = loginAlice();
    const ApiError error =
        thrownBy([&] { client.changes(grant.accessToken, QStringLiteral("bm90LWEtY3Vyc29y+/=")); });
    EXPECT_EQ(error.code(), QStringLiteral("cursor-unknown"));
    EXPECT_EQ(error.status(), 410);
}

TEST_F(ApiAgainstServer, ALinkCodeIsRedeemedOnce) {
    const TokenGrant grant = loginAlice();
    vls::test::HttpClient web(server.baseUrl(), server.certificate());
    const vls::test::Reply issued =
        web.post(QStringLiteral("/api/v1/link-codes"), {}, grant.accessToken);
    ASSERT_EQ(issued.status, 201) << issued.body.toStdString();
    const QString token = issued.json().value(QStringLiteral("token")).toString();

    const Redemption redemption = client.redeem(token);
    EXPECT_EQ(redemption.server, server.baseUrl());
    EXPECT_EQ(redemption.databaseId, grant.session.databaseId);
    EXPECT_EQ(redemption.databaseName, QStringLiteral("Demo"));
    EXPECT_EQ(redemption.userName, QStringLiteral("alice"));

    EXPECT_EQ(thrownBy([&] { client.redeem(token); }).code(), QStringLiteral("link-code-used"));
    EXPECT_EQ(thrownBy([&] { client.redeem(QStringLiteral("no-such-token")); }).code(),
              QStringLiteral("link-code-unknown"));
}

TEST_F(ApiAgainstServer, LogoutEndsTheSession) {
    const TokenGrant grant = loginAlice();
    client.logout(grant.accessToken);
    EXPECT_EQ(thrownBy([&] { client.session(grant.accessToken); }).code(),
              QStringLiteral("token-invalid"));
    EXPECT_EQ(thrownBy([&] { client.refresh(grant.refreshToken); }).code(),
              QStringLiteral("token-invalid"));
    EXPECT_EQ(thrownBy([&] { client.logout(grant.accessToken); }).code(),
              QStringLiteral("token-invalid"));
}

TEST(ApiClientTls, AnImpostorIsRefusedAtTheHandshakeAndNotRetried) {
    TestServer server;
    TestServer impostor; // another key
    QtTransport toImpostor(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    SystemRandom random;
    int sleeps = 0;
    ApiClient misled(QUrl(impostor.baseUrl()), toImpostor, random,
                     [&sleeps](std::chrono::milliseconds) { ++sleeps; });
    try {
        misled.info();
        ADD_FAILURE() << "the impostor was reached";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.kind(), ApiError::Kind::Network);
        EXPECT_EQ(error.netFailure(), NetFailure::Tls);
        EXPECT_EQ(error.tlsFailure(), TlsFailure::PinMismatch);
        EXPECT_EQ(error.message().key(), QStringLiteral("pin-mismatch")) << error.what();
    }
    EXPECT_EQ(sleeps, 0);
}

} // namespace
