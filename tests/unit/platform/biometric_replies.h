#pragma once

#include "platform/biometric_key_store.h"

#include <QCoreApplication>
#include <QThread>

#include <vector>

namespace vaultlink::testing {

// Collects a store's replies, and where each arrived.
struct Replies {
    platform::BiometricKeyStore::Done done() {
        return [this](platform::BiometricKeyStore::Reply reply) {
            threads.push_back(QThread::currentThread());
            received.push_back(std::move(reply));
        };
    }
    // Replies travel through the event loop: none arrives before this runs.
    void deliver() { QCoreApplication::processEvents(); }

    std::vector<platform::BiometricKeyStore::Reply> received;
    std::vector<QThread *> threads;
};

} // namespace vaultlink::testing
