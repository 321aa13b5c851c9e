#pragma once

#include "src/profiles/session_login.h"

#include <memory>

class QObject;

namespace vaultlink::ui {

// Lets the core, signing in again on the runner's thread, have the device-login key sign: the
// request goes to the GUI thread, where the biometric prompt is shown (`sign`), and the sync
// waits for the answer. Closed (or destroyed) while a sync waits, the sync goes on with nothing
// signed, as after a cancel; an answer that comes after that goes nowhere. The owner closes it
// before it waits for the runner, and `guiContext` must outlive it.
class DeviceSignBridge {
public:
    using Reply = std::function<void(DeviceSignature)>;
    // On the GUI thread: ask the platform, then call the reply exactly once (on any thread).
    using Sign =
        std::function<void(const ProfileRecord &profile, const QByteArray &message, Reply reply)>;

    DeviceSignBridge(QObject &guiContext, Sign sign);
    ~DeviceSignBridge() { close(); }
    DeviceSignBridge(const DeviceSignBridge &) = delete;
    DeviceSignBridge &operator=(const DeviceSignBridge &) = delete;

    // For the core; call on the runner's thread only.
    DeviceSigner signer() const;
    // Releases a waiting sync; later requests are answered at once with nothing signed.
    void close();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QObject *m_context;
    Sign m_sign;
};

} // namespace vaultlink::ui
