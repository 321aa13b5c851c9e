#pragma once

#include "src/profiles/profile_service.h"

#include <QObject>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace vaultlink::ui {

// Lets the core, working on the runner's thread, ask the user for a second-factor code: the
// prompt waits there while the page asks, and answer() or cancel() on the GUI thread lets it go
// on. An empty answer gives up, as the core expects.
class OtpBridge : public QObject {
    Q_OBJECT
public:
    explicit OtpBridge(QObject *parent = nullptr);
    ~OtpBridge() override; // releases a waiting prompt

    // For the core; call on the runner's thread only.
    OtpPrompt prompt();

    void answer(const QString &code);
    void cancel() { answer(QString()); }

signals:
    // On the GUI thread: the server asks for a code with these digits.
    void requested(int digits);

private:
    QString wait(const MfaChallenge &challenge);

    std::mutex m_mutex;
    std::condition_variable m_answered;
    std::condition_variable m_left; // a released prompt no longer touches this object
    std::optional<QString> m_answer;
    int m_waiting = 0;
    bool m_closed = false;
};

} // namespace vaultlink::ui
