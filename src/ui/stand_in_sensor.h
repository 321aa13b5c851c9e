#pragma once

#include "platform/biometric_key_store.h"

#include <QObject>

#include <functional>

namespace vaultlink::ui {

// The desktop's STAND-IN for a fingerprint sensor: the biometric key store's confirmation
// (platform::StandInConfirm) shown as a dialog, which answers with answer(). Phones never ask it.
// A new question before the last was answered ends the last with "no".
class StandInSensor : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool asking READ asking NOTIFY askingChanged)
    Q_PROPERTY(QString title READ title NOTIFY askingChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY askingChanged)
public:
    using QObject::QObject;

    bool asking() const { return static_cast<bool>(m_answer); }
    QString title() const { return m_prompt.title; }
    QString subtitle() const { return m_prompt.subtitle; }

    void ask(const platform::BiometricPrompt &prompt, std::function<void(bool)> answer);
    Q_INVOKABLE void answer(bool yes);

signals:
    void askingChanged();

private:
    platform::BiometricPrompt m_prompt;
    std::function<void(bool)> m_answer;
};

} // namespace vaultlink::ui
