#pragma once

#include "src/profiles/second_factor.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace vaultlink::platform {
class SecurityKey;
}

namespace vaultlink::ui {

// The app's second-factor step (SecondFactorUi): the core, logging in on the runner's thread,
// asks through this object, and the page (components/SecondFactorPanel.qml) shows what it asks:
// the server's methods to choose from with the one used last first, a code field, a wait for a
// push or a call with the time left, or the security key's prompt, and why the previous answer
// was refused. The core waits on its thread for the user's choice; the security key is asked on
// the GUI thread, where the platform shows its prompt. Cancel gives up while choosing, and
// withdraws a waiting push or call or the key's request (the core then asks again). Closed or
// destroyed while the core waits, the core gives up.
class SecondFactorBridge : public QObject, public SecondFactorUi {
    Q_OBJECT
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(QVariantList methods READ methods NOTIFY changed)
    Q_PROPERTY(QString method READ method NOTIFY changed)
    Q_PROPERTY(QString retryText READ retryText NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool standInKey READ standInKey CONSTANT)
public:
    enum class Phase {
        Idle,        // no second factor is being answered
        Choose,      // choose a method (and type its code)
        Waiting,     // a push or call waits for approval
        SecurityKey, // the security key is asked
    };
    Q_ENUM(Phase)

    // `key` may be null (no FIDO here); it must outlive this object.
    explicit SecondFactorBridge(platform::SecurityKey *key, QObject *parent = nullptr);
    ~SecondFactorBridge() override;

    Phase phase() const { return m_phase; }
    QVariantList methods() const { return m_methods; }
    QString method() const { return m_method; }
    QString retryText() const { return m_retryText; }
    int secondsLeft() const;
    bool standInKey() const;

    // The page: answer with a method (and its code; empty for the others), or cancel.
    Q_INVOKABLE void answer(const QString &method, const QString &code);
    Q_INVOKABLE void cancel();
    // The owner, once the login is over (on the GUI thread): back to Idle.
    void finish();
    // Gives the login up wherever it is (the vault locked meanwhile), until finish().
    void giveUp();
    // Releases a waiting core for good (before the owner waits for its runner).
    void close();

    // SecondFactorUi, for the core on the runner's thread.
    MfaChoice choose(const MfaChallenge &challenge, const QString &last,
                     const Message &retry) override;
    void waiting(const MfaMethod &method, const QDateTime &until) override;
    const std::atomic<bool> &cancelled() const override { return m_cancel; }
    FidoAnswer assertion(const MfaMethod &method) override;

signals:
    void changed();
    void secondsLeftChanged();
    // A choice is asked for (the owner shows the step).
    void requested();

private:
    void setPhase(Phase phase);
    void askKey(const MfaMethod &method);

    platform::SecurityKey *m_key;
    // GUI thread
    Phase m_phase = Phase::Idle;
    QVariantList m_methods;
    QString m_method;
    QString m_retryText;
    QDateTime m_until;
    QTimer m_tick;
    quint64 m_keyToken = 0;
    // shared with the core's thread
    std::mutex m_mutex;
    std::condition_variable m_answered;
    std::condition_variable m_left; // a released core no longer touches this object
    std::optional<MfaChoice> m_choice;
    std::optional<FidoAnswer> m_fido;
    int m_waiting = 0;
    bool m_closed = false;
    bool m_givingUp = false;
    std::atomic<bool> m_cancel{false};
};

} // namespace vaultlink::ui
