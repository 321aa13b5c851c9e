// The second-factor step of every login (answerSecondFactor) against the in-memory Web
// Application: each method, each way it ends, and what the front end is asked and told.
#include "src/api/api_client.h"
#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/profiles/second_factor.h"
#include "tests/unit/support/api_doubles.h"
#include "tests/unit/support/fake_web_app.h"
#include "tests/unit/support/http_doubles.h"

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

// The front end as a script: its choices in order (then it gives up), what it was asked.
class ScriptedUi final : public SecondFactorUi {
public:
    QList<MfaChoice> choices;
    FidoAnswer key;
    bool cancelOnWait = false;
    struct Asked {
        QString last;
        QString retry; // the refusal's key
    };
    QList<Asked> asked;
    QList<QDateTime> waits;
    QList<MfaMethod> keyAsked;
    int finishedCount = 0;

    MfaChoice choose(const MfaChallenge &, const QString &last, const Message &retry) override {
        asked.append({last, retry.key()});
        return choices.isEmpty() ? MfaChoice{} : choices.takeFirst();
    }
    void waiting(const MfaMethod &, const QDateTime &until) override {
        waits.append(until);
        if (cancelOnWait)
            m_cancel = true;
    }
    const std::atomic<bool> &cancelled() const override { return m_cancel; }
    FidoAnswer assertion(const MfaMethod &method) override {
        keyAsked.append(method);
        return key;
    }
    void finished() override { ++finishedCount; }

private:
    std::atomic<bool> m_cancel{false};
};

struct Case {
    const char *name;
    QStringList methods; // what the server offers
    QString approval;    // how a push or call is answered
    QList<MfaChoice> choices;
    QByteArray keyCredential; // the security key's answer ("" with keyRefusal: none)
    QString keyRefusal;
    bool cancelOnWait;
    int attemptsLeft;
    // What comes of it
    QString used;        // the method that passed; empty: it failed
    QString failure;     // the failure's code
    QStringList retries; // the refusals the front end was told, in order
    int waits;
};

MfaChoice pick(const char *method, const char *code = "") {
    return {QString::fromLatin1(method), QString::fromLatin1(code), {}};
}

class SecondFactorStep : public ::testing::TestWithParam<Case> {};

TEST_P(SecondFactorStep, EachMethodEndsAsTheServerAndTheUserSay) {
    const Case &c = GetParam();
    FakeWebApp server;
    server.mfaMethods = c.methods;
    server.approval = c.approval;
    server.mfaAttemptsLeft = c.attemptsLeft;
    FixedRandom random;
    ApiClient api(QUrl(QStringLiteral("https://vault.example")), server, random,
                  [](std::chrono::milliseconds) {});
    const LoginOutcome outcome =
        api.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(server.password),
                  {QStringLiteral("phone-1"), {}});
    ASSERT_TRUE(outcome.challenge);

    ScriptedUi ui;
    ui.choices = c.choices;
    ui.cancelOnWait = c.cancelOnWait;
    if (!c.keyRefusal.isEmpty())
        ui.key.refusal = Message(c.keyRefusal);
    else
        ui.key = {c.keyCredential, "{}", "auth", "sig", {}, {}};

    QString used;
    QString failure;
    try {
        const TokenGrant grant =
            answerSecondFactor(api, *outcome.challenge, ui, QStringLiteral("pin"), used);
        EXPECT_FALSE(grant.accessToken.isEmpty());
    } catch (const Failure &f) {
        failure = f.code();
    } catch (const ApiError &e) {
        failure = e.code();
    }
    EXPECT_EQ(used, c.used);
    EXPECT_EQ(failure, c.failure);
    QStringList retries;
    for (const ScriptedUi::Asked &a : ui.asked) {
        EXPECT_EQ(a.last, QStringLiteral("pin")); // the profile's last method, every time
        if (!a.retry.isEmpty())
            retries.append(a.retry);
    }
    EXPECT_EQ(retries, c.retries);
    EXPECT_EQ(ui.waits.size(), c.waits);
    EXPECT_EQ(ui.finishedCount, 1) << "the front end was not told the step was over";

    // What the server was sent: a code or PIN in its own member, an approval asked about by its
    // id with a long poll, a cancel when the user cancelled, the key's answer in base64url.
    for (const QJsonObject &sent : std::as_const(server.mfaAnswers)) {
        const QString method = sent.value(QStringLiteral("method")).toString();
        const QJsonObject response = sent.value(QStringLiteral("response")).toObject();
        EXPECT_EQ(sent.value(QStringLiteral("transaction")).toString(), QStringLiteral("tx-1"));
        if (method == QLatin1String("pin")) {
            EXPECT_TRUE(response.contains(QStringLiteral("pin")));
        }
        if (method == QLatin1String("totp")) {
            EXPECT_TRUE(response.contains(QStringLiteral("code")));
        }
        if (response.contains(QStringLiteral("approval")) &&
            !response.contains(QStringLiteral("cancel"))) {
            EXPECT_EQ(response.value(QStringLiteral("waitSeconds")).toInt(), 20);
        }
        if (method == QLatin1String("fido")) {
            EXPECT_FALSE(response.value(QStringLiteral("credentialId"))
                             .toString()
                             .contains(QLatin1Char('=')));
        }
    }
    const bool cancelSent = std::any_of(server.mfaAnswers.begin(), server.mfaAnswers.end(),
                                        [](const QJsonObject &sent) {
                                            return sent.value(QStringLiteral("response"))
                                                .toObject()
                                                .contains(QStringLiteral("cancel"));
                                        });
    EXPECT_EQ(cancelSent, c.cancelOnWait);
}

const QByteArray kKey = "key-1";
const QStringList kPush = {QStringLiteral("push"), QStringLiteral("pin")};

INSTANTIATE_TEST_SUITE_P(
    Table, SecondFactorStep,
    ::testing::Values(
        Case{"totp",
             {"totp"},
             "approve",
             {pick("totp", "123456")},
             {},
             {},
             false,
             4,
             "totp",
             {},
             {},
             0},
        Case{"wrongCodeThenRight",
             {"totp"},
             "approve",
             {pick("totp", "000000"), pick("totp", "123456")},
             {},
             {},
             false,
             4,
             "totp",
             {},
             {"mfa-failed"},
             0},
        Case{"wrongCodeGivenUp",
             {"totp"},
             "approve",
             {pick("totp", "000000")},
             {},
             {},
             false,
             4,
             {},
             "mfa-failed",
             {"mfa-failed"},
             0},
        Case{"lastTryWrong",
             {"totp"},
             "approve",
             {pick("totp", "000000")},
             {},
             {},
             false,
             0,
             {},
             "mfa-failed",
             {},
             0},
        Case{"pin",
             {"totp", "pin"},
             "approve",
             {pick("pin", "2468")},
             {},
             {},
             false,
             4,
             "pin",
             {},
             {},
             0},
        Case{"pushApproved", kPush, "approve", {pick("push")}, {}, {}, false, 4, "push", {}, {}, 1},
        Case{"pushDenied",
             kPush,
             "deny",
             {pick("push")},
             {},
             {},
             false,
             4,
             {},
             "mfa-denied",
             {"mfa-denied"},
             1},
        Case{"callExpired",
             {"phone-call"},
             "expire",
             {pick("phone-call")},
             {},
             {},
             false,
             4,
             {},
             "mfa-approval-expired",
             {"mfa-approval-expired"},
             1},
        Case{"pushCancelledThenPin",
             kPush,
             "wait",
             {pick("push"), pick("pin", "2468")},
             {},
             {},
             true,
             4,
             "pin",
             {},
             {"mfa-cancelled"},
             1},
        Case{"pushCancelled",
             kPush,
             "wait",
             {pick("push")},
             {},
             {},
             true,
             4,
             {},
             "mfa-cancelled",
             {"mfa-cancelled"},
             1},
        Case{"securityKey",
             {"fido"},
             "approve",
             {pick("fido")},
             kKey,
             {},
             false,
             4,
             "fido",
             {},
             {},
             0},
        Case{"securityKeyUnknown",
             {"fido"},
             "approve",
             {pick("fido")},
             "other",
             {},
             false,
             4,
             {},
             "mfa-key-unknown",
             {"mfa-key-unknown"},
             0},
        Case{"securityKeyCancelledThenPin",
             {"fido", "pin"},
             "approve",
             {pick("fido"), pick("pin", "2468")},
             {},
             "security-key-cancelled",
             false,
             4,
             "pin",
             {},
             {"security-key-cancelled"},
             0},
        Case{"givenUpAtOnce", {"totp"}, "approve", {}, {}, {}, false, 4, {}, "mfa-required", {}, 0},
        Case{"aMethodNotOffered",
             {"totp"},
             "approve",
             {pick("push")},
             {},
             {},
             false,
             4,
             {},
             "mfa-required",
             {},
             0}),
    [](const ::testing::TestParamInfo<Case> &param) { return std::string(param.param.name); });

TEST(SecondFactorStepWithoutMethods, AChallengeWithNothingThisClientKnowsIsUnsupported) {
    FakeWebApp server;
    FixedRandom random;
    ApiClient api(QUrl(QStringLiteral("https://vault.example")), server, random,
                  [](std::chrono::milliseconds) {});
    ScriptedUi ui;
    QString used;
    MfaChallenge none;
    none.transaction = QStringLiteral("tx-1");
    try {
        answerSecondFactor(api, none, ui, {}, used);
        ADD_FAILURE() << "no failure";
    } catch (const Failure &failure) {
        EXPECT_EQ(failure.code(), QString(msg::MfaUnsupported));
    }
    EXPECT_TRUE(ui.asked.isEmpty());
    EXPECT_TRUE(server.mfaAnswers.isEmpty());
}

TEST(SecondFactorStepCodeOnly, AScriptsCodeGoesToTheFirstCodeMethodOnce) {
    int asked = 0;
    CodeOnlyUi ui([&](const MfaChallenge &) {
        ++asked;
        return QStringLiteral("2468");
    });
    MfaChallenge challenge;
    challenge.methods = {MfaMethod{}, MfaMethod{}};
    challenge.methods[0].type = QStringLiteral("push");
    challenge.methods[1].type = QStringLiteral("pin");
    const MfaChoice first = ui.choose(challenge, {}, {});
    EXPECT_EQ(first.method, QStringLiteral("pin"));
    EXPECT_EQ(first.code, QStringLiteral("2468"));
    EXPECT_TRUE(ui.choose(challenge, {}, Message(msg::MfaDenied)).method.isEmpty());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(ui.assertion({}).refusal.key(), QString(msg::SecurityKeyNone));
}

} // namespace
} // namespace vaultlink::testing
