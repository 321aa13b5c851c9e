#include "src/ui/otp_bridge.h"

#include <QMetaObject>

namespace vaultlink::ui {

OtpBridge::OtpBridge(QObject *parent)
    : QObject(parent) {}

OtpBridge::~OtpBridge() {
    std::unique_lock lock(m_mutex);
    m_closed = true;
    m_answered.notify_all();
    // A woken prompt still needs the mutex and the answer: they must outlive its return.
    m_left.wait(lock, [this] { return m_waiting == 0; });
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
    ++m_waiting;
    m_answered.wait(lock, [this] { return m_answer.has_value() || m_closed; });
    --m_waiting;
    QString answer = m_closed ? QString() : *m_answer;
    m_answer.reset(); // one answer, one prompt
    m_left.notify_all();
    return answer;
}

void OtpBridge::answer(const QString &code) {
    const std::lock_guard lock(m_mutex);
    m_answer = code.trimmed();
    m_answered.notify_all();
}

} // namespace vaultlink::ui
