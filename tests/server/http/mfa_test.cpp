#include "server/auth/devices.h"
#include "server/common/timefmt.h"
#include "server/crypto/totp.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class Mfa : public ApiTest {
protected:
    void SetUp() override { secret = enableTotp(store(), data().random, alice); }

    QString currentCode() const { return totpCode(secret, totpStep(server.data.clock.nowMs())); }
    QString wrongCode() const {
        // A code of none of the accepted steps (now - 1 .. now + 1).
        const qint64 step = totpStep(server.data.clock.nowMs());
        for (int candidate = 0;; ++candidate) {
            QString code = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
            if (code != totpCode(secret, step - 1) && code != totpCode(secret, step) &&
                code != totpCode(secret, step + 1))
                return code;
        }
    }

    // Starts a login; returns the transaction of the mfa-required answer.
    QString startLogin(const QString &deviceId = QStringLiteral("phone-1")) {
        const Reply reply = login(db, QStringLiteral("alice"), kAlicePassword, deviceId);
        if (!isProblem(reply, 401, "mfa-required")) {
            ADD_FAILURE() << "expected mfa-required: " << reply.body.toStdString();
            return {};
        }
        return reply.json().value(QStringLiteral("transaction")).toString();
    }

    Reply answer(const QString &transaction, const QString &code,
                 const QString &method = QStringLiteral("totp")) {
        return client.post(
            QStringLiteral("/api/v1/auth/mfa"),
            {{QStringLiteral("transaction"), transaction},
             {QStringLiteral("method"), method},
             {QStringLiteral("response"), QJsonObject{{QStringLiteral("code"), code}}}});
    }

    QByteArray secret;
};

TEST_F(Mfa, PasswordAloneAnswersMfaRequiredWithAChallenge) {
    const qint64 now = data().clock.nowMs();
    const Reply reply = login(db, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(reply, 401, "mfa-required"));
    const QJsonObject body = reply.json();
    EXPECT_FALSE(body.value(QStringLiteral("transaction")).toString().isEmpty());
    EXPECT_EQ(body.value(QStringLiteral("expiresAt")).toString(), isoTime(now + 300'000));
    const QJsonArray methods = body.value(QStringLiteral("methods")).toArray();
    ASSERT_EQ(methods.size(), 1);
    EXPECT_EQ(methods.first()[QStringLiteral("type")].toString(), QStringLiteral("totp"));
    EXPECT_EQ(methods.first()[QStringLiteral("digits")].toInt(), 6);
    EXPECT_EQ(methods.first()[QStringLiteral("periodSeconds")].toInt(), 30);
    EXPECT_TRUE(body.value(QStringLiteral("accessToken")).isUndefined());
}

TEST_F(Mfa, TheRightCodeCompletesTheLogin) {
    const QString transaction = startLogin(QStringLiteral("mfa-phone"));
    ASSERT_FALSE(transaction.isEmpty());
    const Reply reply = answer(transaction, currentCode());
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject grant = reply.json();
    const QString access = grant.value(QStringLiteral("accessToken")).toString();
    ASSERT_FALSE(access.isEmpty());
    EXPECT_FALSE(grant.value(QStringLiteral("refreshToken")).toString().isEmpty());
    EXPECT_EQ(
        grant[QStringLiteral("session")][QStringLiteral("device")][QStringLiteral("id")].toString(),
        QStringLiteral("mfa-phone"));
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/session"), access).status, 200);
    // The transaction is spent.
    EXPECT_TRUE(isProblem(answer(transaction, currentCode()), 401, "mfa-transaction-unknown"));
}

TEST_F(Mfa, TheWrongPasswordNeverReachesTheSecondFactor) {
    EXPECT_TRUE(isProblem(login(db, QStringLiteral("alice"), QStringLiteral("nope")), 401,
                          "bad-credentials"));
}

TEST_F(Mfa, AWrongCodeIsMfaFailedAndMayBeRetried) {
    const QString transaction = startLogin();
    ASSERT_FALSE(transaction.isEmpty());
    const Reply failed = answer(transaction, wrongCode());
    ASSERT_TRUE(isProblem(failed, 401, "mfa-failed"));
    EXPECT_EQ(failed.json().value(QStringLiteral("attemptsLeft")).toInt(), 4);
    EXPECT_EQ(answer(transaction, currentCode()).status, 200);
}

TEST_F(Mfa, TooManyWrongCodesEndTheTransaction) {
    const QString transaction = startLogin();
    ASSERT_FALSE(transaction.isEmpty());
    for (int i = 0; i < 5; ++i) {
        const Reply failed = answer(transaction, wrongCode());
        ASSERT_TRUE(isProblem(failed, 401, "mfa-failed")) << "attempt " << i;
        EXPECT_EQ(failed.json().value(QStringLiteral("attemptsLeft")).toInt(), 4 - i);
    }
    EXPECT_TRUE(isProblem(answer(transaction, currentCode()), 401, "mfa-transaction-unknown"));
}

TEST_F(Mfa, ACodeCannotBeReplayed) {
    const QString code = currentCode();
    const QString first = startLogin(QStringLiteral("phone-a"));
    ASSERT_EQ(answer(first, code).status, 200);
    const QString second = startLogin(QStringLiteral("phone-b"));
    ASSERT_FALSE(second.isEmpty());
    EXPECT_TRUE(isProblem(answer(second, code), 401, "mfa-failed"));
    // The next time step brings a fresh code.
    data().clock.advanceSeconds(30);
    EXPECT_EQ(answer(second, currentCode()).status, 200);
}

TEST_F(Mfa, UnknownTransaction) {
    EXPECT_TRUE(isProblem(answer(QStringLiteral("no-such-transaction"), currentCode()), 401,
                          "mfa-transaction-unknown"));
}

TEST_F(Mfa, ExpiredTransaction) {
    setSetting(setting::kMfaSeconds, QStringLiteral("60"));
    const QString transaction = startLogin();
    ASSERT_FALSE(transaction.isEmpty());
    data().clock.advanceSeconds(61);
    EXPECT_TRUE(isProblem(answer(transaction, currentCode()), 401, "mfa-transaction-unknown"));
}

TEST_F(Mfa, AMethodThatWasNotOfferedIsInvalid) {
    const QString transaction = startLogin();
    ASSERT_FALSE(transaction.isEmpty());
    EXPECT_TRUE(isProblem(answer(transaction, currentCode(), QStringLiteral("sms")), 400,
                          "invalid-request"));
    EXPECT_EQ(answer(transaction, currentCode()).status, 200);
}

TEST_F(Mfa, TheTransactionIsCheckedBeforeTheMethod) {
    EXPECT_TRUE(isProblem(answer(QStringLiteral("unknown"), currentCode(), QStringLiteral("sms")),
                          401, "mfa-transaction-unknown"));
}

TEST_F(Mfa, NoChallengeWhileTheDatabaseMayNotSync) {
    const qint64 offline = data().addDatabase(QStringLiteral("Offline"), false);
    const Reply reply = login(offline, QStringLiteral("alice"), kAlicePassword);
    EXPECT_TRUE(isProblem(reply, 403, "mobile-sync-disabled"));
    EXPECT_TRUE(reply.json().value(QStringLiteral("transaction")).isUndefined());
}

TEST_F(Mfa, MissingFieldsAreInvalid) {
    const Reply reply = client.post(QStringLiteral("/api/v1/auth/mfa"),
                                    {{QStringLiteral("method"), QStringLiteral("totp")}});
    ASSERT_TRUE(isProblem(reply, 400, "invalid-request"));
    EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
              QStringLiteral("transaction"));
}

TEST_F(Mfa, TheSecondFactorStillChecksTheDevice) {
    // Sign in once so the device exists, then revoke it while a login waits for its code.
    const QString first = startLogin(QStringLiteral("phone-r"));
    ASSERT_EQ(answer(first, currentCode()).status, 200);
    data().clock.advanceSeconds(30);
    const QString transaction = startLogin(QStringLiteral("phone-r"));
    ASSERT_FALSE(transaction.isEmpty());
    setDeviceActive(store(), QStringLiteral("phone-r"), QStringLiteral("alice"), false,
                    data().clock.nowMs());
    const Reply reply = answer(transaction, currentCode());
    ASSERT_TRUE(isProblem(reply, 403, "device-revoked"));
    EXPECT_FALSE(
        reply.json()[QStringLiteral("policy")][QStringLiteral("deviceActive")].toBool(true));
}

} // namespace
