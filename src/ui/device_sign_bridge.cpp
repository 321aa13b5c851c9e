#include "src/ui/device_sign_bridge.h"

#include "src/base/message_catalog.h"

#include <QMetaObject>
#include <QObject>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace vaultlink::ui {

namespace {
// What a closed bridge answers: nothing signed, as after the user's cancel.
DeviceSignature notSigned() {
    return {{}, Message(msg::BiometricCancelled), false};
}
} // namespace

// Shared with every reply handed out, so that a reply outliving the bridge finds it still there.
struct DeviceSignBridge::State {
    std::mutex mutex;
    std::condition_variable answered;
    quint64 request = 0; // the request the answer is awaited for
    std::optional<DeviceSignature> answer;
    bool closed = false;
};

DeviceSignBridge::DeviceSignBridge(QObject &guiContext, Sign sign)
    : m_state(std::make_shared<State>())
    , m_context(&guiContext)
    , m_sign(std::move(sign)) {}

void DeviceSignBridge::close() {
    const std::lock_guard lock(m_state->mutex);
    m_state->closed = true;
    m_state->answered.notify_all();
}

DeviceSigner DeviceSignBridge::signer() const {
    return [state = m_state, context = m_context, sign = m_sign](const ProfileRecord &profile,
                                                                 const QByteArray &message) {
        std::unique_lock lock(state->mutex);
        if (state->closed)
            return notSigned();
        const quint64 request = ++state->request;
        state->answer.reset();
        const Reply reply = [state, request](DeviceSignature signature) {
            const std::lock_guard replyLock(state->mutex);
            if (request != state->request || state->answer)
                return; // late, or said twice
            state->answer = std::move(signature);
            state->answered.notify_all();
        };
        QMetaObject::invokeMethod(
            context, [sign, profile, message, reply] { sign(profile, message, reply); },
            Qt::QueuedConnection);
        state->answered.wait(lock, [&] { return state->answer.has_value() || state->closed; });
        DeviceSignature answer = state->closed ? notSigned() : std::move(*state->answer);
        state->answer.reset();
        ++state->request; // whatever still answers this request goes nowhere
        return answer;
    };
}

} // namespace vaultlink::ui
