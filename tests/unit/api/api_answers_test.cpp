#include "src/api/api_parse.h"
#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

class Answers : public ::testing::Test, protected ClientFixture {};

QDateTime utc(const char *text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

TEST(PolicyFromJson, ReadsEveryMember) {
    const std::optional<Policy> policy = Policy::fromJson(policyJson());
    ASSERT_TRUE(policy.has_value());
    EXPECT_EQ(policy->accessTokenSeconds, 300);
    EXPECT_EQ(policy->sessionTimeoutSeconds, 86400);
    EXPECT_EQ(policy->refreshTokenSeconds, 604800);
    EXPECT_EQ(policy->maxSessionSeconds, 2592000);
    EXPECT_EQ(policy->maxOfflineSeconds, 259200);
    EXPECT_TRUE(policy->mobileSyncAllowed);
    EXPECT_TRUE(policy->deviceActive);
    EXPECT_FALSE(policy->biometricUnlockAllowed);
    EXPECT_EQ(policy->deviceLogin, DeviceLoginMode::SecondFactor);
    EXPECT_EQ(policy->serverTime, utc("2026-11-22T15:45:49.779Z"));
    EXPECT_EQ(policy->json, policyJson());
}

TEST(PolicyFromJson, AnOlderServersPolicyAllowsBiometricUnlockAndNoDeviceLogin) {
    for (const QJsonValue &absent : {QJsonValue(QJsonValue::Undefined), QJsonValue()}) {
        QJsonObject json = policyJson();
        for (const QString &member :
             {QStringLiteral("biometricUnlockAllowed"), QStringLiteral("deviceLogin")}) {
            if (absent.isUndefined())
                json.remove(member);
            else
                json.insert(member, absent);
        }
        const std::optional<Policy> policy = Policy::fromJson(json);
        ASSERT_TRUE(policy.has_value()) << (absent.isNull() ? "null" : "absent");
        EXPECT_TRUE(policy->biometricUnlockAllowed);
        EXPECT_EQ(policy->deviceLogin, DeviceLoginMode::None);
    }
}

TEST(PolicyFromJson, ReadsEachDeviceLoginModeAndTakesANewerOneForNone) {
    const std::pair<const char *, DeviceLoginMode> modes[] = {
        {"none", DeviceLoginMode::None},
        {"password", DeviceLoginMode::Password},
        {"second-factor", DeviceLoginMode::SecondFactor},
        {"both", DeviceLoginMode::Both},
        {"face-and-password", DeviceLoginMode::None},
        {"Both", DeviceLoginMode::None},
        {"", DeviceLoginMode::None},
    };
    for (const auto &[name, mode] : modes) {
        QJsonObject json = policyJson();
        json.insert(QStringLiteral("deviceLogin"), QString::fromLatin1(name));
        const std::optional<Policy> policy = Policy::fromJson(json);
        ASSERT_TRUE(policy.has_value()) << name;
        EXPECT_EQ(policy->deviceLogin, mode) << name;
    }
    EXPECT_EQ(deviceLoginModeName(DeviceLoginMode::SecondFactor), QStringLiteral("second-factor"));
    EXPECT_EQ(deviceLoginModeNamed(QStringLiteral("both")), DeviceLoginMode::Both);
}

TEST(PolicyFromJson, IgnoresUnknownMembers) {
    QJsonObject json = policyJson();
    json.insert(QStringLiteral("futureLimit"), 7);
    EXPECT_TRUE(Policy::fromJson(json).has_value());
}

TEST(PolicyFromJson, RefusesAMissingOrMistypedMember) {
    // The two a server older than them leaves out are read with their defaults when absent.
    const QStringList optional{QStringLiteral("biometricUnlockAllowed"),
                               QStringLiteral("deviceLogin")};
    const QStringList members = policyJson().keys();
    for (const QString &member : members) {
        QJsonObject missing = policyJson();
        missing.remove(member);
        EXPECT_EQ(Policy::fromJson(missing).has_value(), optional.contains(member))
            << "without " << member.toStdString();
        QJsonObject mistyped = policyJson();
        mistyped.insert(member, QStringLiteral("300"));
        if (member == QLatin1String("serverTime") || member == QLatin1String("deviceLogin"))
            mistyped.insert(member, 1234);
        EXPECT_FALSE(Policy::fromJson(mistyped).has_value()) << "mistyped " << member.toStdString();
    }
    QJsonObject fraction = policyJson();
    fraction.insert(QStringLiteral("accessTokenSeconds"), 300.5);
    EXPECT_FALSE(Policy::fromJson(fraction).has_value());
    QJsonObject badTime = policyJson();
    badTime.insert(QStringLiteral("serverTime"), QStringLiteral("yesterday"));
    EXPECT_FALSE(Policy::fromJson(badTime).has_value());
}

TEST_F(Answers, InfoIsRead) {
    transport.then(jsonAnswer(200, infoJson()));
    const ServerInfo info = client.info();
    EXPECT_EQ(info.name, QStringLiteral("Vaultlink reference server"));
    EXPECT_EQ(info.apiVersion, 1);
    EXPECT_EQ(info.features,
              (QStringList{QStringLiteral("mfa-totp"), QStringLiteral("change-feed")}));
}

TEST_F(Answers, DatabasesAreReadInOrder) {
    transport.then(jsonAnswer(200, databasesJson()));
    const QList<DatabaseInfo> databases = client.databases();
    ASSERT_EQ(databases.size(), 2);
    EXPECT_EQ(databases[0].id, 2);
    EXPECT_EQ(databases[0].name, QStringLiteral("Archive"));
    EXPECT_FALSE(databases[0].mobileSync);
    EXPECT_EQ(databases[1].id, 1);
    EXPECT_EQ(databases[1].name, QStringLiteral("Demo"));
    EXPECT_TRUE(databases[1].mobileSync);
}

TEST_F(Answers, ALoginGrantIsRead) {
    transport.then(jsonAnswer(200, grantJson()));
    const LoginOutcome outcome =
        client.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    ASSERT_TRUE(outcome.grant.has_value());
    EXPECT_FALSE(outcome.challenge.has_value());
    const TokenGrant &grant = *outcome.grant;
    EXPECT_EQ(grant.accessToken, QStringLiteral("access-1"));
    EXPECT_EQ(grant.refreshToken, QStringLiteral("refresh-1"));
    EXPECT_EQ(grant.accessTokenExpiresAt, utc("2026-11-22T15:50:49.779Z"));
    EXPECT_EQ(grant.refreshTokenExpiresAt, utc("2026-11-29T15:45:49.779Z"));
    EXPECT_EQ(grant.session.userName, QStringLiteral("alice"));
    EXPECT_EQ(grant.session.displayName, QStringLiteral("Alice Admin"));
    EXPECT_EQ(grant.session.databaseId, 1);
    EXPECT_EQ(grant.session.databaseName, QStringLiteral("Demo"));
    EXPECT_TRUE(grant.session.units.isEmpty());
    EXPECT_EQ(grant.policy.accessTokenSeconds, 300);
    EXPECT_EQ(grant.session.policy.json, policyJson());
}

TEST_F(Answers, MfaRequiredGivesTheChallengeWithTheMethodsThisClientKnows) {
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), challengeProblem()));
    const LoginOutcome outcome =
        client.login(1, QStringLiteral("carol"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    EXPECT_FALSE(outcome.grant.has_value());
    ASSERT_TRUE(outcome.challenge.has_value());
    EXPECT_EQ(outcome.challenge->transaction, QStringLiteral("tx-1"));
    EXPECT_EQ(outcome.challenge->expiresAt, utc("2026-11-22T15:51:18.959Z"));
    ASSERT_EQ(outcome.challenge->methods.size(), 1); // "push" is skipped, unread
    EXPECT_EQ(outcome.challenge->methods[0].type, QStringLiteral("totp"));
    EXPECT_EQ(outcome.challenge->methods[0].digits, 8);
    EXPECT_EQ(outcome.challenge->methods[0].periodSeconds, 60);
}

TEST_F(Answers, AChallengeWithoutUsableMethodsIsEmptyNotAnError) {
    QJsonObject problem = challengeProblem();
    problem.insert(QStringLiteral("methods"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("fido")}}});
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), problem));
    const LoginOutcome outcome =
        client.login(1, QStringLiteral("carol"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    ASSERT_TRUE(outcome.challenge.has_value());
    EXPECT_TRUE(outcome.challenge->methods.isEmpty());
}

TEST_F(Answers, TheSessionIsReadWithItsUnits) {
    transport.then(jsonAnswer(200, sessionJson()));
    const SessionInfo session = client.session(QStringLiteral("access-1"));
    EXPECT_EQ(session.userName, QStringLiteral("alice"));
    EXPECT_EQ(session.databaseId, 1);
    ASSERT_EQ(session.units.size(), 2);
    EXPECT_EQ(session.units[0].id, 1);
    EXPECT_EQ(session.units[0].name, QStringLiteral("IT"));
    EXPECT_TRUE(session.units[0].read && session.units[0].add && session.units[0].edit);
    EXPECT_EQ(session.units[1].name, QStringLiteral("Marketing"));
    EXPECT_TRUE(session.units[1].read && session.units[1].add);
    EXPECT_FALSE(session.units[1].edit);
    EXPECT_TRUE(session.policy.deviceActive);
}

TEST_F(Answers, AFeedPageIsRead) {
    transport.then(jsonAnswer(200, feedJson()));
    const FeedPage page = client.changes(QStringLiteral("access-1"), QString());
    ASSERT_EQ(page.records.size(), 2);
    EXPECT_EQ(parseFeedRecord(page.records[0], 0), recordJson(2, 84));
    EXPECT_EQ(parseFeedRecord(page.records[1], 1).value(QStringLiteral("id")).toInteger(), 7);
    EXPECT_EQ(page.removed, QList<qint64>{5});
    EXPECT_EQ(page.cursor, QStringLiteral("djE6OWU0ZDA0YjZhZGU0Ojg1"));
    EXPECT_FALSE(page.more);
    EXPECT_EQ(page.sequence, 85);
    EXPECT_EQ(page.totalCount, 60);
    EXPECT_EQ(page.totalDigest,
              QStringLiteral("6fbd85dae8442a24cb14cf7eba4c4fb0116dd8d54533f49d443562219a02881e"));
    EXPECT_EQ(page.policy.maxOfflineSeconds, 259200);
}

TEST_F(Answers, ARedemptionIsRead) {
    transport.then(jsonAnswer(200, redemptionJson()));
    const Redemption redemption = client.redeem(QStringLiteral("link-token"));
    EXPECT_EQ(redemption.server, QStringLiteral("https://localhost:8443"));
    EXPECT_EQ(redemption.databaseId, 1);
    EXPECT_EQ(redemption.databaseName, QStringLiteral("Demo"));
    EXPECT_EQ(redemption.userName, QStringLiteral("alice"));
}

} // namespace
