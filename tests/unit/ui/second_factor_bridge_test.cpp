// The app's second-factor step between the core's thread and the page: what the page is shown,
// what the core gets back, and every way of letting a waiting core go.
#include "platform/desktop/stand_in_security_key.h"
#include "src/base/message_catalog.h"
#include "src/ui/second_factor_bridge.h"
#include "tests/unit/ui/wait_for.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace vaultlink::testing {
namespace {

using Phase = ui::SecondFactorBridge::Phase;

MfaMethod method(const QString &type) {
    MfaMethod m;
    m.type = type;
    m.phone = QStringLiteral("••• 23");
    m.rpId = QStringLiteral("localhost");
    m.fidoChallenge = QByteArray(32, 'c');
    return m;
}

MfaChallenge challengeOf(const QStringList &types) {
    MfaChallenge challenge;
    challenge.transaction = QStringLiteral("t-1");
    for (const QString &type : types)
        challenge.methods.append(method(type));
    return challenge;
}

// The core's side: a thread that runs one call on the bridge and keeps what it returned.
template <typename Result> class Core {
public:
    Core(ui::SecondFactorBridge &bridge, std::function<Result()> call)
        : m_bridge(bridge)
        , m_thread([this, call = std::move(call)] {
            m_result = call();
            m_done = true;
        }) {}
    // After a failed assertion the core may still wait: let it go, so that the test fails
    // instead of hanging.
    ~Core() {
        if (!m_thread.joinable())
            return;
        while (!m_done) {
            m_bridge.giveUp();
            QCoreApplication::processEvents();
            std::this_thread::yield();
        }
        m_thread.join();
    }
    Result result() {
        EXPECT_TRUE(waitFor([this] { return m_done.load(); }));
        m_thread.join();
        return m_result;
    }
    bool done() const { return m_done; }

private:
    ui::SecondFactorBridge &m_bridge;
    Result m_result{};
    std::atomic<bool> m_done = false;
    std::thread m_thread; // last: it starts once the members above exist
};

TEST(SecondFactorBridge, ThePageChoosesAMethodAndItsCodeForTheCore) {
    auto bridge = std::make_unique<ui::SecondFactorBridge>(nullptr);
    QSignalSpy requested(bridge.get(), &ui::SecondFactorBridge::requested);
    const MfaChallenge challenge =
        challengeOf({QStringLiteral("push"), QStringLiteral("pin"), QStringLiteral("totp")});
    {
        // The method used last comes first; the page sees every method in the server's order.
        Core<MfaChoice> core(*bridge, [&] { return bridge->choose(challenge, "pin", {}); });
        ASSERT_TRUE(waitFor([&] { return requested.size() == 1; }));
        EXPECT_FALSE(core.done()) << "the core went on before the page answered";
        EXPECT_EQ(bridge->phase(), Phase::Choose);
        EXPECT_EQ(bridge->method(), QStringLiteral("pin"));
        ASSERT_EQ(bridge->methods().size(), 3);
        EXPECT_EQ(bridge->methods().at(0).toMap().value("type"), QStringLiteral("push"));
        EXPECT_TRUE(bridge->retryText().isEmpty());
        bridge->answer(QStringLiteral("pin"), QStringLiteral(" 2468\n"));
        const MfaChoice choice = core.result();
        EXPECT_EQ(choice.method, QStringLiteral("pin"));
        EXPECT_EQ(choice.code, QStringLiteral("2468"));
        EXPECT_EQ(bridge->phase(), Phase::Idle);
    }
    {
        // Refused: the same method again, and why. A last method not offered: the first.
        Core<MfaChoice> core(*bridge, [&] {
            return bridge->choose(challenge, "fido", Message(msg::MfaFailed, {"4"}));
        });
        ASSERT_TRUE(waitFor([&] { return requested.size() == 2; }));
        EXPECT_EQ(bridge->method(), QStringLiteral("pin"));
        EXPECT_FALSE(bridge->retryText().isEmpty());
        EXPECT_FALSE(bridge->retryText().contains(QLatin1Char('%')));
        bridge->cancel(); // while choosing: the login is given up
        const MfaChoice choice = core.result();
        EXPECT_TRUE(choice.method.isEmpty());
        EXPECT_EQ(choice.why.key(), QString(msg::MfaCancelled));
    }
    {
        bridge->finish();
        Core<MfaChoice> core(*bridge, [&] { return bridge->choose(challenge, "", {}); });
        ASSERT_TRUE(waitFor([&] { return requested.size() == 3; }));
        EXPECT_EQ(bridge->method(), QStringLiteral("push"));
        // Gone while the core waits: it gives up instead of hanging.
        bridge.reset();
        EXPECT_TRUE(core.result().method.isEmpty());
    }
}

TEST(SecondFactorBridge, AWaitShowsTheTimeLeftAndCancelOrLockingLetsTheCoreGo) {
    ui::SecondFactorBridge bridge(nullptr);
    const MfaChallenge challenge = challengeOf({QStringLiteral("phone-call")});
    bridge.waiting(method(QStringLiteral("phone-call")),
                   QDateTime::currentDateTimeUtc().addSecs(60));
    ASSERT_TRUE(waitFor([&] { return bridge.phase() == Phase::Waiting; }));
    EXPECT_GE(bridge.secondsLeft(), 58);
    EXPECT_LE(bridge.secondsLeft(), 60);
    EXPECT_EQ(bridge.method(), QStringLiteral("phone-call"));
    EXPECT_FALSE(bridge.cancelled().load());
    bridge.cancel(); // the core withdraws the call at its next look
    EXPECT_TRUE(bridge.cancelled().load());

    // A new question starts uncancelled.
    QSignalSpy requested(&bridge, &ui::SecondFactorBridge::requested);
    {
        Core<MfaChoice> core(bridge, [&] { return bridge.choose(challenge, "", {}); });
        ASSERT_TRUE(waitFor([&] { return requested.size() == 1; }));
        EXPECT_FALSE(bridge.cancelled().load());
        bridge.answer(QStringLiteral("phone-call"), {});
        EXPECT_EQ(core.result().method, QStringLiteral("phone-call"));
    }
    // Locked meanwhile: the core gives up at once, wherever it is, until the login is over.
    bridge.giveUp();
    EXPECT_TRUE(bridge.cancelled().load());
    EXPECT_TRUE(bridge.choose(challenge, "", {}).method.isEmpty());
    bridge.finish();
    {
        Core<MfaChoice> core(bridge, [&] { return bridge.choose(challenge, "", {}); });
        ASSERT_TRUE(waitFor([&] { return requested.size() == 2; }));
        bridge.answer(QStringLiteral("phone-call"), {});
        EXPECT_EQ(core.result().method, QStringLiteral("phone-call"));
    }
}

TEST(SecondFactorBridge, TheSecurityKeyIsAskedOnTheGuiThread) {
    {
        // No FIDO here: said at once.
        ui::SecondFactorBridge bridge(nullptr);
        Core<FidoAnswer> core(bridge, [&] { return bridge.assertion(method("fido")); });
        EXPECT_EQ(core.result().refusal.key(), QString(msg::SecurityKeyNone));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("key.json"));
    const auto made = platform::StandInSecurityKey::createStandInKey(file, QStringLiteral("ES256"));
    ASSERT_TRUE(made);
    platform::StandInSecurityKey key(file);
    ui::SecondFactorBridge bridge(&key);
    EXPECT_TRUE(bridge.standInKey());
    MfaMethod fido = method(QStringLiteral("fido"));
    fido.allowCredentials = {made->credentialId};
    {
        Core<FidoAnswer> core(bridge, [&] { return bridge.assertion(fido); });
        const FidoAnswer answer = core.result();
        EXPECT_TRUE(answer.refusal.isEmpty()) << answer.refusal.debugText().toStdString();
        EXPECT_EQ(answer.credentialId, made->credentialId);
        EXPECT_TRUE(answer.clientDataJson.contains("\"origin\":\"https://localhost\""));
        EXPECT_FALSE(answer.signature.isEmpty());
    }
    {
        // A key without the account's credential.
        fido.allowCredentials = {QByteArray("someone-else")};
        Core<FidoAnswer> core(bridge, [&] { return bridge.assertion(fido); });
        EXPECT_EQ(core.result().refusal.key(), QString(msg::SecurityKeyNotRegistered));
    }
}

} // namespace
} // namespace vaultlink::testing
