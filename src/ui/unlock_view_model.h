#pragma once

#include <QObject>
#include <QTimer>

namespace vaultlink {
class ProfileService;
}

namespace vaultlink::ui {

class TaskRunner;
class VaultSession;

// The Unlock page: the profile's password opens its mirror, offline too. A wrong password says
// so, and each further wrong one makes the next try wait longer (1, 2, 4 … up to 30 seconds).
class UnlockViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString profileName READ profileName WRITE setProfileName NOTIFY profileNameChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
public:
    UnlockViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                    QObject *parent = nullptr);

    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name);
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }
    int waitSeconds() const { return m_waitSeconds; }

    Q_INVOKABLE void unlock(const QString &password);

signals:
    void profileNameChanged();
    void busyChanged();
    void errorChanged();
    void waitSecondsChanged();
    void unlocked();

private:
    void setBusy(bool busy);
    void setError(const QString &code, const QString &message);
    void tick();

    ProfileService &m_service;
    TaskRunner &m_runner;
    VaultSession &m_session;
    QString m_profileName;
    bool m_busy = false;
    QString m_error;
    QString m_errorCode;
    int m_wrongTries = 0;
    int m_waitSeconds = 0;
    QTimer m_countdown;
};

} // namespace vaultlink::ui
