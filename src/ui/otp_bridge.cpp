#include "src/ui/otp_bridge.h"

#include <QMetaObject>

namespace vaultlink::ui {

OtpBridge::OtpBridge(QObject *parent)
    : QObject(parent) {}

OtpBridge::~OtpBridge() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_answered.notify_all();
}

OtpPrompt OtpBridge::prompt() {
    return [this](const MfaChallenge &challenge) { return wait(challenge); };
}

QString OtpBridge::wait(const MfaChallenge &challenge) {
    int digits = 6;
    for (const MfaMethod &method : challenge.methods)
        if (method.type == QLatin1String("totp"))
            digits = method.digits;
    std::unique_lock lock(m_mutex);
    m_answer.reset();
    QMetaObject::invokeMethod(
        this, [this, digits] { emit requested(digits); }, Qt::QueuedConnection);
    m_answered.wait(lock, [this] { return m_answer.has_value() || m_closed; });
    return m_closed ? QString() : *m_answer;
}

void OtpBridge::answer(const QString &code) {
    const std::lock_guard lock(m_mutex);
    m_answer = code.trimmed();
    m_answered.notify_all();
}

} // namespace vaultlink::ui
