#include "src/ui/second_factor_bridge.h"

#include "platform/security_key.h"
#include "src/base/message_catalog.h"
#include "src/mfa/security_key_prompt.h"
#include "src/ui/messages.h"

#include <QMetaObject>
#include <QVariantMap>

#include <algorithm>

namespace vaultlink::ui {

namespace {
QVariantMap methodMap(const MfaMethod &m) {
    return {{QStringLiteral("type"), m.type},
            {QStringLiteral("digits"), m.digits},
            {QStringLiteral("minLength"), m.minLength},
            {QStringLiteral("maxLength"), m.maxLength},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("approver"), m.approver},
            {QStringLiteral("rpId"), m.rpId}};
}
} // namespace

SecondFactorBridge::SecondFactorBridge(platform::SecurityKey *key, QObject *parent)
    : QObject(parent)
    , m_key(key) {
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SecondFactorBridge::secondsLeftChanged);
}

SecondFactorBridge::~SecondFactorBridge() {
    close();
    std::unique_lock lock(m_mutex);
    // A woken core still needs the mutex and its answer: they must outlive its return.
    m_left.wait(lock, [this] { return m_waiting == 0; });
}

int SecondFactorBridge::secondsLeft() const {
    if (!m_until.isValid())
        return 0;
    // A server's far-off time must not overflow the count (an hour is more than any wait).
    return static_cast<int>(
        std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(m_until), 0, 3600));
}

bool SecondFactorBridge::standInKey() const {
    return m_key && m_key->kind() == platform::SecurityKey::Kind::StandIn;
}

void SecondFactorBridge::setPhase(Phase phase) {
    m_phase = phase;
    if (phase == Phase::Waiting)
        m_tick.start();
    else
        m_tick.stop();
    emit changed();
    emit secondsLeftChanged();
}

void SecondFactorBridge::answer(const QString &method, const QString &code) {
    {
        const std::lock_guard lock(m_mutex);
        m_choice = MfaChoice{method, code.trimmed(), {}};
        m_answered.notify_all();
    }
    m_method = method;
    setPhase(Phase::Idle); // the core goes on; it says what comes next
}

void SecondFactorBridge::cancel() {
    switch (m_phase) {
    case Phase::Choose: {
        const std::lock_guard lock(m_mutex);
        m_choice = MfaChoice{{}, {}, Message(msg::MfaCancelled)};
        m_answered.notify_all();
        break;
    }
    case Phase::Waiting:
        m_cancel = true; // the core withdraws the approval within a tenth of a second
        break;
    case Phase::SecurityKey:
        if (m_key && m_keyToken != 0)
            m_key->cancel(m_keyToken);
        break;
    case Phase::Idle:
        break;
    }
}

void SecondFactorBridge::finish() {
    {
        const std::lock_guard lock(m_mutex);
        m_givingUp = false;
    }
    m_until = {};
    m_retryText.clear();
    setPhase(Phase::Idle);
}

void SecondFactorBridge::giveUp() {
    {
        const std::lock_guard lock(m_mutex);
        m_givingUp = true;
        m_cancel = true;
        m_answered.notify_all();
    }
    if (m_key && m_keyToken != 0)
        m_key->cancel(m_keyToken);
    setPhase(Phase::Idle);
}

void SecondFactorBridge::close() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_cancel = true;
    m_answered.notify_all();
}

MfaChoice SecondFactorBridge::choose(const MfaChallenge &challenge, const QString &last,
                                     const Message &retry) {
    std::unique_lock lock(m_mutex);
    if (m_givingUp || m_closed)
        return {};
    m_choice.reset();
    m_cancel = false;
    QMetaObject::invokeMethod(
        this,
        [this, challenge, last, retry] {
            m_methods.clear();
            for (const MfaMethod &m : challenge.methods)
                m_methods.append(methodMap(m));
            const auto offered = [&](const QString &type) {
                return std::any_of(challenge.methods.begin(), challenge.methods.end(),
                                   [&](const MfaMethod &m) { return m.type == type; });
            };
            // After a refusal the same method again (a mistyped code); else the last one used.
            if (retry.isEmpty() || !offered(m_method))
                m_method = offered(last) ? last : challenge.methods.first().type;
            m_retryText = retry.isEmpty() ? QString() : say(retry);
            m_until = {};
            setPhase(Phase::Choose);
            emit requested();
        },
        Qt::QueuedConnection);
    ++m_waiting;
    m_answered.wait(lock, [this] { return m_choice.has_value() || m_closed || m_givingUp; });
    --m_waiting;
    MfaChoice choice = m_closed || m_givingUp ? MfaChoice{} : *m_choice;
    m_choice.reset(); // one answer, one question
    m_left.notify_all();
    return choice;
}

void SecondFactorBridge::waiting(const MfaMethod &method, const QDateTime &until) {
    QMetaObject::invokeMethod(
        this,
        [this, type = method.type, until] {
            m_method = type;
            m_until = until;
            m_retryText.clear(); // the refusal before this wait is told; it is over
            setPhase(Phase::Waiting);
        },
        Qt::QueuedConnection);
}

void SecondFactorBridge::askKey(const MfaMethod &method) {
    m_method = method.type;
    setPhase(Phase::SecurityKey);
    if (!m_key) {
        const std::lock_guard lock(m_mutex);
        m_fido = FidoAnswer{{}, {}, {}, {}, {}, Message(msg::SecurityKeyNone)};
        m_answered.notify_all();
        return;
    }
    m_keyToken =
        m_key->getAssertion(securityKeyRequest(method), [this](platform::SecurityKey::Reply reply) {
            FidoAnswer answer;
            if (reply.error)
                answer.refusal = securityKeyRefusal(*reply.error);
            else
                answer = {reply.assertion.credentialId,      reply.assertion.clientDataJson,
                          reply.assertion.authenticatorData, reply.assertion.signature,
                          reply.assertion.userHandle,        {}};
            m_keyToken = 0;
            setPhase(Phase::Idle);
            const std::lock_guard lock(m_mutex);
            m_fido = std::move(answer);
            m_answered.notify_all();
        });
}

FidoAnswer SecondFactorBridge::assertion(const MfaMethod &method) {
    std::unique_lock lock(m_mutex);
    m_fido.reset();
    // Asked on the GUI thread: the platform's prompt belongs there, and so do its answers.
    QMetaObject::invokeMethod(
        this, [this, method] { askKey(method); }, Qt::QueuedConnection);
    ++m_waiting;
    m_answered.wait(lock, [this] { return m_fido.has_value() || m_closed || m_givingUp; });
    --m_waiting;
    FidoAnswer answer;
    if (m_closed || m_givingUp)
        answer.refusal = Message(msg::SecurityKeyCancelled);
    else
        answer = std::move(*m_fido);
    m_fido.reset();
    m_left.notify_all();
    return answer;
}

} // namespace vaultlink::ui
