#include "src/ui/otp_bridge.h"
#include "tests/unit/ui/wait_for.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

namespace vaultlink::testing {
namespace {

MfaChallenge challengeWith(QList<MfaMethod> methods) {
    MfaChallenge challenge;
    challenge.transaction = QStringLiteral("t-1");
    challenge.methods = std::move(methods);
    return challenge;
}

// The core's side: a worker thread that asks through the prompt and keeps the answer.
class Worker {
public:
    Worker(ui::OtpBridge &bridge, MfaChallenge challenge)
        : m_bridge(bridge)
        , m_thread([prompt = bridge.prompt(), challenge = std::move(challenge), this] {
            m_answer = prompt(challenge);
            m_done = true;
        }) {}
    // After a failed assertion the prompt may still wait (or not have begun): let it go, so
    // that the test fails instead of hanging.
    ~Worker() {
        if (!m_thread.joinable())
            return;
        while (!m_done) {
            m_bridge.cancel();
            std::this_thread::yield();
        }
        m_thread.join();
    }
    QString answer() {
        m_thread.join();
        return m_answer;
    }
    bool done() const { return m_done; }

private:
    ui::OtpBridge &m_bridge;
    QString m_answer;
    std::atomic<bool> m_done = false;
    std::thread m_thread; // last: it starts once the members above exist
};

// The GUI thread's side: the page is asked through the signal, then answers.
class OtpBridgeTest : public ::testing::Test {
protected:
    // True once the request for a code has reached the GUI thread.
    bool asked(int times = 1) {
        return waitFor([&] { return requested.size() == times; });
    }

    std::unique_ptr<ui::OtpBridge> bridge = std::make_unique<ui::OtpBridge>();
    QSignalSpy requested{bridge.get(), &ui::OtpBridge::requested};
    const MfaChallenge totp = challengeWith({MfaMethod{QStringLiteral("totp"), 6, 30}});
};

TEST_F(OtpBridgeTest, APromptOnAWorkerGetsTheAnswerGivenOnTheGuiThreadTrimmed) {
    Worker worker(*bridge, totp);
    ASSERT_TRUE(asked());
    EXPECT_FALSE(worker.done()) << "the prompt returned before it was answered";
    bridge->answer(QStringLiteral("  123456\n"));
    EXPECT_EQ(worker.answer(), QStringLiteral("123456"));
}

TEST_F(OtpBridgeTest, TheRequestCarriesTheDigitsOfTheTotpMethod) {
    {
        Worker worker(*bridge, challengeWith({MfaMethod{QStringLiteral("sms"), 4, 0},
                                              MfaMethod{QStringLiteral("totp"), 8, 30}}));
        ASSERT_TRUE(asked(1));
        bridge->answer(QStringLiteral("12345678"));
    }
    EXPECT_EQ(requested.at(0).at(0).toInt(), 8);
    {
        // Without a TOTP method the usual six.
        Worker worker(*bridge, challengeWith({MfaMethod{QStringLiteral("sms"), 4, 0}}));
        ASSERT_TRUE(asked(2));
        bridge->answer(QStringLiteral("123456"));
    }
    EXPECT_EQ(requested.at(1).at(0).toInt(), 6);
}

TEST_F(OtpBridgeTest, CancelAnswersEmpty) {
    Worker worker(*bridge, totp);
    ASSERT_TRUE(asked());
    bridge->cancel();
    EXPECT_TRUE(worker.answer().isEmpty());
}

TEST_F(OtpBridgeTest, DestroyingTheBridgeReleasesAWaitingPromptWithAnEmptyAnswer) {
    Worker worker(*bridge, totp);
    ASSERT_TRUE(asked());
    bridge.reset();
    EXPECT_TRUE(worker.answer().isEmpty());
}

TEST_F(OtpBridgeTest, ASecondPromptWaitsForItsOwnAnswer) {
    {
        Worker first(*bridge, totp);
        ASSERT_TRUE(asked(1));
        bridge->answer(QStringLiteral("111111"));
        EXPECT_EQ(first.answer(), QStringLiteral("111111"));
    }
    Worker second(*bridge, totp);
    ASSERT_TRUE(asked(2));
    bridge->answer(QStringLiteral("222222"));
    EXPECT_EQ(second.answer(), QStringLiteral("222222")) << "the first answer was used again";
}

TEST_F(OtpBridgeTest, AnAnswerGivenBeforeAnyPromptIsNotKept) {
    bridge->answer(QStringLiteral("999999")); // a late tap on a dialog already gone
    Worker worker(*bridge, totp);
    ASSERT_TRUE(asked());
    bridge->answer(QStringLiteral("123456"));
    EXPECT_EQ(worker.answer(), QStringLiteral("123456"));
}

} // namespace
} // namespace vaultlink::testing
