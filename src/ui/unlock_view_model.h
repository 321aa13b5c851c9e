#pragma once

#include "src/ui/second_factor_bridge.h"

#include <QObject>
#include <QTimer>

namespace vaultlink {
class Failure;
class ProfileService;
} // namespace vaultlink

namespace vaultlink::ui {

class TaskRunner;
class VaultSession;

// The Unlock page: the profile's password opens its mirror, offline too. A wrong password says
// so, and each further wrong one makes the next try wait longer (1, 2, 4 … up to 30 seconds).
// Past the server's offline limit the page offers "Connect to continue": the password opens the
// mirror for a sync only (signing in again, with the second factor through `secondFactor`),
// and the vault opens once the sync has restarted the offline count.
class UnlockViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString profileName READ profileName WRITE setProfileName NOTIFY profileNameChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    // The last unlock found the copy past the offline limit: connecting is the way on.
    Q_PROPERTY(bool needsConnection READ needsConnection NOTIFY errorChanged)
    Q_PROPERTY(vaultlink::ui::SecondFactorBridge *secondFactor READ secondFactor CONSTANT)
public:
    // `securityKey` (may be null) answers a security-key second factor; it outlives this.
    UnlockViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                    platform::SecurityKey *securityKey = nullptr, QObject *parent = nullptr);
    ~UnlockViewModel() override;

    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name);
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }
    int waitSeconds() const { return m_waitSeconds; }
    // Stays after a connect that failed (no network yet): only connecting opens the copy now.
    bool needsConnection() const { return m_needsConnection; }
    SecondFactorBridge *secondFactor() { return &m_secondFactor; }

    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE void connectAndUnlock(const QString &password);

signals:
    void profileNameChanged();
    void busyChanged();
    void errorChanged();
    void waitSecondsChanged();
    void unlocked();

private:
    void start(const QString &password, bool connect);
    void failed(const Failure &failure);
    void setBusy(bool busy);
    void setError(const QString &code, const QString &message);
    void tick();

    ProfileService &m_service;
    TaskRunner &m_runner;
    VaultSession &m_session;
    SecondFactorBridge m_secondFactor;
    QString m_profileName;
    bool m_busy = false;
    QString m_error;
    QString m_errorCode;
    int m_wrongTries = 0;
    bool m_needsConnection = false;
    int m_waitSeconds = 0;
    QTimer m_countdown;
};

} // namespace vaultlink::ui
