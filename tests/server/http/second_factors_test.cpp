// Every second factor of docs/api.md §7.3–7.4 over real TLS: the challenge in the
// administrator's order, PIN (throttled), push and phone call (long poll, approve, deny,
// expire, cancel), FIDO2 assertions, and directory accounts.
#include "server/auth/fido_credentials.h"
#include "server/auth/second_factor.h"
#include "server/crypto/token.h"
#include "server/crypto/totp.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"
#include "tests/server/support/test_key.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

QString b64url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromB64url(const QString &text) {
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

class SecondFactors : public ApiTest {
protected:
    // Starts alice's login; returns the mfa-required problem's body.
    QJsonObject challenge(const QString &user = QStringLiteral("alice"),
                          const QString &password = kAlicePassword) {
        const Reply reply = login(db, user, password);
        if (!isProblem(reply, 401, "mfa-required")) {
            ADD_FAILURE() << "expected mfa-required: " << reply.body.toStdString();
            return {};
        }
        return reply.json();
    }

    Reply answer(const QJsonObject &challenge, const QString &method, const QJsonObject &response) {
        return client.post(
            QStringLiteral("/api/v1/auth/mfa"),
            {{QStringLiteral("transaction"), challenge[QStringLiteral("transaction")]},
             {QStringLiteral("method"), method},
             {QStringLiteral("response"), response}});
    }

    static QString reasonOf(const Reply &reply) {
        return reply.json().value(QStringLiteral("reason")).toString();
    }

    static QJsonObject methodOf(const QJsonObject &challenge, const QString &type) {
        for (const QJsonValue entry : challenge[QStringLiteral("methods")].toArray())
            if (entry[QStringLiteral("type")].toString() == type)
                return entry.toObject();
        return {};
    }

    UserRow aliceRow() { return *findUser(store(), alice); }
};

TEST_F(SecondFactors, TheChallengeListsTheSetUpMethodsInTheAdministratorsOrder) {
    // None set up: the password alone logs in, whatever the order names.
    setMfaMethods(store(), alice, {QStringLiteral("fido"), QStringLiteral("pin")});
    EXPECT_EQ(login(db, QStringLiteral("alice"), kAlicePassword).status, 200);

    setPin(store(), data().random, alice, QStringLiteral("4711"), {10, 8, 1});
    setPhone(store(), alice, QStringLiteral("+49 170 5550123"));
    enableTotp(store(), data().random, alice);
    addMfaMethod(store(), alice, QStringLiteral("push"));
    setMfaMethods(store(), alice,
                  {QStringLiteral("push"), QStringLiteral("fido"), QStringLiteral("totp"),
                   QStringLiteral("phone-call"), QStringLiteral("pin")});
    const QJsonObject body = challenge();
    QStringList types;
    for (const QJsonValue entry : body[QStringLiteral("methods")].toArray())
        types << entry[QStringLiteral("type")].toString();
    // fido has no key yet, so it is left out; the rest keep their order.
    EXPECT_EQ(types, (QStringList{QStringLiteral("push"), QStringLiteral("totp"),
                                  QStringLiteral("phone-call"), QStringLiteral("pin")}));
    EXPECT_EQ(methodOf(body, QStringLiteral("pin"))[QStringLiteral("minLength")].toInt(), 4);
    EXPECT_EQ(methodOf(body, QStringLiteral("push"))[QStringLiteral("approvalSeconds")].toInt(),
              60);
    // The number is masked: which phone, not the number.
    EXPECT_EQ(methodOf(body, QStringLiteral("phone-call"))[QStringLiteral("phone")].toString(),
              QStringLiteral("••• 23"));
    EXPECT_FALSE(body[QStringLiteral("detail")].toString().contains(QStringLiteral("5550123")));

    // A method the user does not have is refused after the transaction is found.
    const Reply other = answer(body, QStringLiteral("fido"), QJsonObject{{QStringLiteral("x"), 1}});
    EXPECT_TRUE(isProblem(other, 400, "invalid-request"));
}

TEST_F(SecondFactors, APinIsCheckedAndThrottledLikeAPassword) {
    setPin(store(), data().random, alice, QStringLiteral("4711"), {10, 8, 1});
    QJsonObject body = challenge();
    Reply wrong =
        answer(body, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("1234")}});
    ASSERT_TRUE(isProblem(wrong, 401, "mfa-failed"));
    EXPECT_EQ(reasonOf(wrong), QStringLiteral("wrong-answer"));
    EXPECT_EQ(wrong.json()[QStringLiteral("attemptsLeft")].toInt(), 4);
    const Reply right =
        answer(body, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("4711")}});
    ASSERT_EQ(right.status, 200) << right.body.toStdString();

    // Three free failures (setting free-login-attempts), then each try waits.
    body = challenge();
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(isProblem(
            answer(body, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("0000")}}),
            401, "mfa-failed"));
    const Reply throttled =
        answer(body, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("4711")}});
    ASSERT_TRUE(isProblem(throttled, 429, "login-throttled"));
    EXPECT_GT(throttled.json()[QStringLiteral("retryAfterSeconds")].toInt(), 0);
    // The password login is throttled by the same count.
    EXPECT_TRUE(
        isProblem(login(db, QStringLiteral("alice"), kAlicePassword), 429, "login-throttled"));
    data().clock.advanceMs(60'000);
    EXPECT_EQ(answer(body, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("4711")}})
                  .status,
              200);
}

TEST_F(SecondFactors, APushIsApprovedDeniedExpiredOrCancelled) {
    addMfaMethod(store(), alice, QStringLiteral("push"));
    QJsonObject body = challenge();

    // Started without waiting: pending, with the approval to ask about.
    Reply started = answer(body, QStringLiteral("push"), {});
    ASSERT_TRUE(isProblem(started, 401, "mfa-required"));
    QJsonObject approval = started.json()[QStringLiteral("approval")].toObject();
    EXPECT_EQ(approval[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    EXPECT_EQ(started.json()[QStringLiteral("transaction")], body[QStringLiteral("transaction")]);
    const QList<MfaApproval> waiting = pendingApprovals(store(), alice, data().clock.nowMs());
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().deviceName, QStringLiteral("Test phone"));
    EXPECT_EQ(waiting.first().address, QStringLiteral("127.0.0.1"));

    // Denied: counted as a wrong answer; the transaction goes on.
    ASSERT_TRUE(decideApproval(store(), waiting.first().id, alice, QStringLiteral("push"), false,
                               data().clock.nowMs()));
    Reply denied = answer(body, QStringLiteral("push"),
                          {{QStringLiteral("approval"), approval[QStringLiteral("id")]}});
    ASSERT_TRUE(isProblem(denied, 401, "mfa-failed"));
    EXPECT_EQ(reasonOf(denied), QStringLiteral("denied"));
    EXPECT_EQ(denied.json()[QStringLiteral("attemptsLeft")].toInt(), 4);

    // Expired: nobody answered within mfa-approval-seconds; not counted.
    approval =
        answer(body, QStringLiteral("push"), {}).json()[QStringLiteral("approval")].toObject();
    data().clock.advanceMs(61'000);
    Reply expired = answer(body, QStringLiteral("push"),
                           {{QStringLiteral("approval"), approval[QStringLiteral("id")]}});
    ASSERT_TRUE(isProblem(expired, 401, "mfa-failed"));
    EXPECT_EQ(reasonOf(expired), QStringLiteral("expired"));
    EXPECT_EQ(expired.json()[QStringLiteral("attemptsLeft")].toInt(), 4);
    EXPECT_TRUE(pendingApprovals(store(), alice, data().clock.nowMs()).isEmpty());

    // Cancelled by the client: the Account page no longer shows it, and it cannot be approved.
    approval =
        answer(body, QStringLiteral("push"), {}).json()[QStringLiteral("approval")].toObject();
    const qint64 id = approval[QStringLiteral("id")].toString().toLongLong();
    Reply cancelled = answer(body, QStringLiteral("push"),
                             {{QStringLiteral("approval"), approval[QStringLiteral("id")]},
                              {QStringLiteral("cancel"), true}});
    ASSERT_TRUE(isProblem(cancelled, 401, "mfa-failed"));
    EXPECT_EQ(reasonOf(cancelled), QStringLiteral("cancelled"));
    EXPECT_TRUE(pendingApprovals(store(), alice, data().clock.nowMs()).isEmpty());
    EXPECT_FALSE(
        decideApproval(store(), id, alice, QStringLiteral("push"), true, data().clock.nowMs()));
    // A number is never given again: an answer meant for a withdrawn request reaches no other.
    const QJsonObject next =
        answer(body, QStringLiteral("push"), {}).json()[QStringLiteral("approval")].toObject();
    EXPECT_GT(next[QStringLiteral("id")].toString().toLongLong(), id);

    // Long poll: the answer comes as soon as the approval does, not at the end of the wait.
    QTimer::singleShot(300, [this] {
        for (const MfaApproval &a : pendingApprovals(store(), alice, data().clock.nowMs()))
            decideApproval(store(), a.id, 0, QStringLiteral("push"), true, data().clock.nowMs());
    });
    QElapsedTimer waited;
    waited.start();
    const Reply approved =
        answer(body, QStringLiteral("push"), {{QStringLiteral("waitSeconds"), 20}});
    ASSERT_EQ(approved.status, 200) << approved.body.toStdString();
    EXPECT_LT(waited.elapsed(), 5000);
    EXPECT_FALSE(approved.json()[QStringLiteral("accessToken")].toString().isEmpty());

    // A long poll that nobody answers ends with the pending challenge after its wait.
    body = challenge();
    waited.restart();
    const Reply still = answer(body, QStringLiteral("push"), {{QStringLiteral("waitSeconds"), 1}});
    EXPECT_TRUE(isProblem(still, 401, "mfa-required"));
    EXPECT_GE(waited.elapsed(), 900);
    EXPECT_TRUE(still.json().contains(QStringLiteral("approval")));
    EXPECT_TRUE(
        isProblem(answer(body, QStringLiteral("push"), {{QStringLiteral("waitSeconds"), 26}}), 400,
                  "invalid-request"));
}

TEST_F(SecondFactors, APhoneCallIsAnsweredOnItsOwnChannel) {
    setPhone(store(), alice, QStringLiteral("+49 170 5550123"));
    const QJsonObject body = challenge();
    const QJsonObject approval = answer(body, QStringLiteral("phone-call"), {})
                                     .json()[QStringLiteral("approval")]
                                     .toObject();
    const qint64 id = approval[QStringLiteral("id")].toString().toLongLong();
    EXPECT_EQ(approval[QStringLiteral("method")].toString(), QStringLiteral("phone-call"));
    // A push approval cannot answer a call.
    EXPECT_FALSE(
        decideApproval(store(), id, alice, QStringLiteral("push"), true, data().clock.nowMs()));
    EXPECT_TRUE(decideApproval(store(), id, alice, QStringLiteral("phone-call"), true,
                               data().clock.nowMs()));
    const Reply granted = answer(body, QStringLiteral("phone-call"),
                                 {{QStringLiteral("approval"), approval[QStringLiteral("id")]}});
    EXPECT_EQ(granted.status, 200) << granted.body.toStdString();
}

// A security key's assertion, made here as WebAuthn §6.3.3 says an authenticator makes one.
struct Assertion {
    QByteArray clientData;
    QByteArray authData;
    QByteArray signature;
};

Assertion assertWith(const TestKey &key, const QByteArray &challenge, quint32 counter,
                     const QString &rpId = QStringLiteral("localhost"),
                     const QString &origin = QStringLiteral("https://localhost")) {
    Assertion a;
    a.clientData =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("webauthn.get")},
                                  {QStringLiteral("challenge"), b64url(challenge)},
                                  {QStringLiteral("origin"), origin}})
            .toJson(QJsonDocument::Compact);
    a.authData = sha256(rpId.toUtf8());
    a.authData.append(char(0x01)); // user present
    for (int shift = 24; shift >= 0; shift -= 8)
        a.authData.append(static_cast<char>((counter >> shift) & 0xff));
    a.signature = key.sign(a.authData + sha256(a.clientData));
    return a;
}

QJsonObject fidoResponse(const QByteArray &credentialId, const Assertion &a) {
    return {{QStringLiteral("credentialId"), b64url(credentialId)},
            {QStringLiteral("clientDataJSON"), b64url(a.clientData)},
            {QStringLiteral("authenticatorData"), b64url(a.authData)},
            {QStringLiteral("signature"), b64url(a.signature)}};
}

TEST_F(SecondFactors, ASecurityKeysAssertionIsVerifiedByTheRulesOfWebAuthn) {
    const TestKey key;
    const QByteArray credentialId = QByteArray("credential-one");
    FidoCredentialRow row;
    row.userId = alice;
    row.credentialId = credentialId;
    row.name = QStringLiteral("YubiKey");
    row.algorithm = QStringLiteral("ES256");
    row.publicKey = key.spki();
    addFidoCredential(store(), row, data().clock.nowMs());

    QJsonObject body = challenge();
    const QJsonObject fido = methodOf(body, QStringLiteral("fido"));
    ASSERT_FALSE(fido.isEmpty());
    EXPECT_EQ(fido[QStringLiteral("rpId")].toString(), QStringLiteral("localhost"));
    EXPECT_EQ(fido[QStringLiteral("allowCredentials")][0][QStringLiteral("id")].toString(),
              b64url(credentialId));
    const QByteArray first = fromB64url(fido[QStringLiteral("challenge")].toString());
    EXPECT_EQ(first.size(), 32);

    const auto refused = [&](const QJsonObject &response, const char *reason) {
        const Reply reply = answer(body, QStringLiteral("fido"), response);
        EXPECT_TRUE(isProblem(reply, 401, "mfa-failed")) << reason;
        EXPECT_EQ(reasonOf(reply), QString::fromLatin1(reason));
    };
    refused(fidoResponse("someone-else", assertWith(key, first, 1)), "unknown-credential");
    refused(fidoResponse(credentialId, assertWith(key, first, 1, QStringLiteral("evil.example"))),
            "rp-id-mismatch");
    refused(fidoResponse(credentialId, assertWith(key, first, 1, QStringLiteral("localhost"),
                                                  QStringLiteral("https://evil.example"))),
            "origin-mismatch");
    refused(fidoResponse(credentialId, assertWith(TestKey(), first, 1)), "bad-signature");

    const Assertion good = assertWith(key, first, 7);
    const Reply granted = answer(body, QStringLiteral("fido"), fidoResponse(credentialId, good));
    ASSERT_EQ(granted.status, 200) << granted.body.toStdString();
    EXPECT_EQ(findFidoCredential(store(), alice, credentialId)->signCount, 7U);

    // Each login has a fresh challenge: yesterday's assertion is a replay.
    body = challenge();
    const QByteArray second =
        fromB64url(methodOf(body, QStringLiteral("fido"))[QStringLiteral("challenge")].toString());
    EXPECT_NE(second, first);
    refused(fidoResponse(credentialId, good), "challenge-mismatch");
    // A counter going backwards means a cloned key.
    refused(fidoResponse(credentialId, assertWith(key, second, 7)), "counter-regressed");
    EXPECT_EQ(
        answer(body, QStringLiteral("fido"), fidoResponse(credentialId, assertWith(key, second, 8)))
            .status,
        200);
}

TEST_F(SecondFactors, ADirectoryAccountSignsInWithItsDomain) {
    const qint64 ivan = data().addUser(QStringLiteral("ivan"), QStringLiteral("ivan-pw"));
    setDirectoryDomain(store(), ivan, QStringLiteral("Corp.Example.com"));
    const auto loginIn = [&](const QString &user, const QString &domain,
                             const QString &password = QStringLiteral("ivan-pw")) {
        QJsonObject request = loginBody(db, user, password);
        if (!domain.isNull())
            request.insert(QStringLiteral("domain"), domain);
        return client.post(QStringLiteral("/api/v1/auth/login"), request);
    };
    EXPECT_EQ(loginIn(QStringLiteral("ivan"), QStringLiteral("corp.example.com")).status, 200);
    EXPECT_EQ(loginIn(QStringLiteral("ivan"), QStringLiteral("CORP")).status, 200); // NetBIOS
    EXPECT_TRUE(isProblem(loginIn(QStringLiteral("ivan"), QString()), 401, "bad-credentials"));
    EXPECT_TRUE(isProblem(loginIn(QStringLiteral("ivan"), QStringLiteral("other.example.com")), 401,
                          "bad-credentials"));
    // A local account given a domain is not that account…
    EXPECT_TRUE(isProblem(
        loginIn(QStringLiteral("alice"), QStringLiteral("corp.example.com"), kAlicePassword), 401,
        "bad-credentials"));
    // …unless its name is the whole "user@domain" a client split.
    data().addUser(QStringLiteral("jo@example.org"), QStringLiteral("jo-pw"));
    EXPECT_EQ(loginIn(QStringLiteral("jo"), QStringLiteral("example.org"), QStringLiteral("jo-pw"))
                  .status,
              200);
    EXPECT_TRUE(isProblem(
        loginIn(QStringLiteral("ivan"), QStringLiteral("corp.example.com"), QStringLiteral("no")),
        401, "bad-credentials"));
}

} // namespace
