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
    ASSERT_EQ(outcome.challenge->methods.size(), 1); // "sms" is skipped, unread
    EXPECT_EQ(outcome.challenge->methods[0].type, QStringLiteral("totp"));
    EXPECT_EQ(outcome.challenge->methods[0].digits, 8);
    EXPECT_EQ(outcome.challenge->methods[0].periodSeconds, 60);
}

TEST_F(Answers, AChallengeWithoutUsableMethodsIsEmptyNotAnError) {
    QJsonObject problem = challengeProblem();
    problem.insert(QStringLiteral("methods"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("sms")}}});
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), problem));
    const LoginOutcome outcome =
        client.login(1, QStringLiteral("carol"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    ASSERT_TRUE(outcome.challenge.has_value());
    EXPECT_TRUE(outcome.challenge->methods.isEmpty());
}

TEST_F(Answers, EveryMethodOfTheChallengeIsReadWithItsMembers) {
    QJsonObject problem = challengeProblem();
    problem.insert(
        QStringLiteral("methods"),
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("pin")},
                               {QStringLiteral("minLength"), 5},
                               {QStringLiteral("maxLength"), 8}},
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("push")},
                               {QStringLiteral("approvalSeconds"), 90},
                               {QStringLiteral("approver"), QStringLiteral("the Account page")}},
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("phone-call")},
                               {QStringLiteral("phone"), QStringLiteral("••• 23")}},
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("fido")},
                               {QStringLiteral("challenge"), QStringLiteral("Y2hhbGxlbmdl")},
                               {QStringLiteral("rpId"), QStringLiteral("vault.example.com")},
                               {QStringLiteral("userVerification"), QStringLiteral("required")},
                               {QStringLiteral("allowCredentials"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("type"), QStringLiteral("public-key")},
                                    {QStringLiteral("id"), QStringLiteral("a2V5LTE")}}}}}});
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), problem));
    const LoginOutcome outcome =
        client.login(1, QStringLiteral("carol"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}}, QStringLiteral("corp.example.com"));
    EXPECT_EQ(bodyOf(transport.requests.last()).value(QStringLiteral("domain")).toString(),
              QStringLiteral("corp.example.com"));
    ASSERT_TRUE(outcome.challenge.has_value());
    const QList<MfaMethod> &m = outcome.challenge->methods;
    ASSERT_EQ(m.size(), 4);
    EXPECT_TRUE(m[0].takesCode());
    EXPECT_EQ(m[0].minLength, 5);
    EXPECT_EQ(m[0].maxLength, 8);
    EXPECT_TRUE(m[1].takesApproval());
    EXPECT_EQ(m[1].approvalSeconds, 90);
    EXPECT_EQ(m[1].approver, QStringLiteral("the Account page"));
    EXPECT_EQ(m[2].phone, QStringLiteral("••• 23"));
    EXPECT_EQ(m[3].fidoChallenge, QByteArray("challenge"));
    EXPECT_EQ(m[3].rpId, QStringLiteral("vault.example.com"));
    EXPECT_EQ(m[3].userVerification, QStringLiteral("required"));
    EXPECT_EQ(m[3].allowCredentials, QList<QByteArray>{QByteArray("key-1")});
    EXPECT_EQ(m[3].timeoutSeconds, 60);

    // A security key's request without its challenge is not the contract's.
    problem.insert(QStringLiteral("methods"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("fido")},
                                          {QStringLiteral("rpId"), QStringLiteral("x")},
                                          {QStringLiteral("challenge"), QStringLiteral("***")},
                                          {QStringLiteral("allowCredentials"), QJsonArray{}}}});
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), problem));
    const ApiError error = thrownBy([&] {
        client.login(1, QStringLiteral("carol"), SecureBuffer::fromUtf8(QStringLiteral("pw")),
                     {QStringLiteral("phone-1"), {}});
    });
    EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer);
}

TEST_F(Answers, AnApprovalStillWaitingIsPendingAndItsEndIsTheServersRefusal) {
    QJsonObject pending = challengeProblem();
    pending.insert(
        QStringLiteral("approval"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                    {QStringLiteral("method"), QStringLiteral("push")},
                    {QStringLiteral("state"), QStringLiteral("pending")},
                    {QStringLiteral("expiresAt"), QStringLiteral("2026-11-22T15:52:00.000Z")}});
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), pending));
    const MfaOutcome waiting = client.answerMfa(QStringLiteral("tx-1"), QStringLiteral("push"),
                                                {{QStringLiteral("approval"), QStringLiteral("7")}},
                                                std::chrono::seconds(20));
    ASSERT_TRUE(waiting.pending.has_value());
    EXPECT_FALSE(waiting.grant.has_value());
    EXPECT_EQ(waiting.pending->id, QStringLiteral("7"));
    EXPECT_EQ(waiting.pending->expiresAt, utc("2026-11-22T15:52:00.000Z"));
    const QJsonObject sent =
        bodyOf(transport.requests.last()).value(QStringLiteral("response")).toObject();
    EXPECT_EQ(sent.value(QStringLiteral("approval")).toString(), QStringLiteral("7"));
    EXPECT_EQ(sent.value(QStringLiteral("waitSeconds")).toInt(), 20);

    transport.then(problemAnswer(401, QStringLiteral("mfa-failed"),
                                 {{QStringLiteral("attemptsLeft"), 4},
                                  {QStringLiteral("reason"), QStringLiteral("denied")}}));
    const ApiError denied =
        thrownBy([&] { client.answerMfa(QStringLiteral("tx-1"), QStringLiteral("push"), {}); });
    EXPECT_EQ(denied.code(), QStringLiteral("mfa-failed"));
    EXPECT_EQ(denied.attemptsLeft(), 4);

    // mfa-required without an approval answers no push: not the contract's.
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), challengeProblem()));
    transport.then(jsonAnswer(200, grantJson()));
    EXPECT_THROW(client.answerMfa(QStringLiteral("tx-1"), QStringLiteral("pin"),
                                  {{QStringLiteral("pin"), QStringLiteral("2468")}}),
                 ApiError);
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

TEST_F(Answers, AFeedPageOfFormatTwoIsReadWithItsCompactRecords) {
    const QJsonObject compact{
        {QStringLiteral("id"), 9},
        {QStringLiteral("form"), QStringLiteral("note")},
        {QStringLiteral("unit"), QJsonValue()},
        {QStringLiteral("sequence"), 90},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T15:45:42.398Z")},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("N")},
                                               {QStringLiteral("notes"), QString()},
                                               {QStringLiteral("tags"), QJsonArray{}}}},
        {QStringLiteral("changed"),
         QJsonObject{{QStringLiteral("notes"),
                      QJsonObject{{QStringLiteral("revision"), 2},
                                  {QStringLiteral("modifiedAt"),
                                   QStringLiteral("2026-11-22T15:47:03.120Z")},
                                  {QStringLiteral("modifiedBy"), QJsonValue()}}}}}};
    QJsonObject page = feedJson();
    page.insert(QStringLiteral("format"), 2);
    page.insert(QStringLiteral("records"), QJsonArray{compact});
    transport.then(jsonAnswer(200, page));
    const FeedPage read = client.changes(QStringLiteral("access-1"), QString());
    EXPECT_EQ(read.format, 2);
    ASSERT_EQ(read.records.size(), 1);
    EXPECT_EQ(parseFeedRecord(read.records[0], 0), compact);
    // A page without the member is format 1, as older servers send it.
    transport.then(jsonAnswer(200, feedJson()));
    EXPECT_EQ(client.changes(QStringLiteral("access-1"), QString()).format, 1);
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
