#include "biometric_replies.h"
#include "platform/biometric_requests.h"

#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace vaultlink::testing {
namespace {

using platform::BiometricError;

const int store = 0; // an owner
const int otherStore = 0;

TEST(BiometricRequests, TokensAreNeverZeroAndNeverRepeat) {
    platform::BiometricRequests requests;
    Replies replies;
    const auto first = requests.add(&store, replies.done());
    const auto second = requests.add(&store, replies.done());
    EXPECT_NE(first, 0u);
    EXPECT_NE(first, second);
}

TEST(BiometricRequests, TheReplyComesOnceLaterOnTheThreadThatAsked) {
    platform::BiometricRequests requests;
    Replies replies;
    const auto token = requests.add(&store, replies.done());
    EXPECT_TRUE(requests.isPending(token));
    std::thread([&] {
        EXPECT_TRUE(requests.answer(token, std::nullopt, SecureBuffer::copyOf("key"), "fine"));
        EXPECT_FALSE(requests.answer(token, BiometricError::Other)) << "answered twice";
    }).join();
    EXPECT_FALSE(requests.isPending(token));
    EXPECT_TRUE(replies.received.empty());
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].data.view(), QByteArray("key"));
    EXPECT_EQ(replies.received[0].detail, "fine");
    EXPECT_EQ(replies.threads, std::vector<QThread *>{QThread::currentThread()});
}

TEST(BiometricRequests, ARequestFromAnotherThreadIsAnsweredThere) {
    platform::BiometricRequests requests;
    std::atomic<QThread *> answeredOn = nullptr;
    QThread *asker = nullptr;
    platform::BiometricRequests::Token token = 0;
    QThread thread;
    auto *worker = new QObject;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(
        worker,
        [&] {
            asker = QThread::currentThread();
            token = requests.add(&store, [&](platform::BiometricKeyStore::Reply) {
                answeredOn = QThread::currentThread();
            });
        },
        Qt::BlockingQueuedConnection);
    requests.answer(token, std::nullopt); // from here, the main thread
    QElapsedTimer timer;
    timer.start();
    while (!answeredOn && timer.elapsed() < 5000)
        QThread::msleep(5);
    thread.quit();
    thread.wait();
    EXPECT_EQ(answeredOn, asker);
    EXPECT_NE(asker, QThread::currentThread());
}

TEST(BiometricRequests, ForgottenRequestsAreNeverAnswered) {
    platform::BiometricRequests requests;
    Replies replies;
    const auto mine = requests.add(&store, replies.done());
    const auto others = requests.add(&otherStore, replies.done());
    EXPECT_EQ(requests.forget(&store), std::vector<platform::BiometricRequests::Token>{mine});
    EXPECT_FALSE(requests.answer(mine, std::nullopt));
    EXPECT_TRUE(requests.answer(others, std::nullopt));
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, others);
}

} // namespace
} // namespace vaultlink::testing
