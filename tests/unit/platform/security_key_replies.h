#pragma once

#include "platform/security_key.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <vector>

namespace vaultlink::testing {

// Collects a security key's replies, and where each arrived.
struct KeyReplies {
    platform::SecurityKey::Done done() {
        return [this](platform::SecurityKey::Reply reply) {
            threads.push_back(QThread::currentThread());
            received.push_back(std::move(reply));
        };
    }
    // Replies travel through the event loop: none arrives before this runs.
    void deliver() { QCoreApplication::processEvents(); }
    // For keys that answer from a thread of their own (libfido2's): runs the event loop until
    // `count` replies came, or `ms` passed.
    bool waitFor(std::size_t count, int ms = 5000) {
        QElapsedTimer clock;
        clock.start();
        while (received.size() < count && clock.elapsed() < ms) {
            QCoreApplication::processEvents();
            QThread::msleep(5);
        }
        QCoreApplication::processEvents();
        return received.size() >= count;
    }

    std::vector<platform::SecurityKey::Reply> received;
    std::vector<QThread *> threads;
};

} // namespace vaultlink::testing
