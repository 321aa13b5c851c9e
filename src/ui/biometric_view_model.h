#pragma once

#include "src/biometrics/biometric_unlock.h"
#include "src/profiles/session_login.h"

#include <QObject>

namespace vaultlink {
class ProfileService;
}

namespace vaultlink::ui {

class TaskRunner;
class VaultSession;

// Biometric unlock in the app: the Unlock page's "Unlock with fingerprint/face" for the profile
// it shows, and the Settings page's switch for the open profile (turning it on asks for the
// profile's password: a finger enrolled later can never turn it on by itself). A lasting answer
// (new enrolment, nothing enrolled, permanent lockout) turns it off with its own message; the
// password then unlocks and turns it on again.
class BiometricViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString profileName READ profileName WRITE setProfileName NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed) // the device offers it
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)     // on for the profile
    Q_PROPERTY(bool offered READ offered NOTIFY changed)     // the Unlock page's button
    Q_PROPERTY(bool standIn READ standIn NOTIFY changed)
    Q_PROPERTY(QString unlockLabel READ unlockLabel NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY changed)
public:
    BiometricViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                       platform::BiometricKeyStore &store, QObject *parent = nullptr);

    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name);
    bool available() const;
    bool enabled() const;
    bool offered() const;
    bool standIn() const;
    QString unlockLabel() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }

    Q_INVOKABLE void unlock();
    Q_INVOKABLE void enable(const QString &password);
    Q_INVOKABLE void disable();
    Q_INVOKABLE void cancel() { m_unlock.cancel(); }
    // Re-reads the profile (after a sync or an unlock elsewhere).
    Q_INVOKABLE void reload();
    // A sync signing in again after the server's session ended: the device-login key signs
    // `message` behind the biometric prompt. A lasting answer turns biometrics off first.
    void signIn(const ProfileRecord &profile, const QByteArray &message,
                const std::function<void(DeviceSignature)> &reply);
    // The server forbade biometric unlock and the sync dropped the wrap: the platform's keys go.
    void forgetKeys(const ProfileRecord &profile);

signals:
    void changed();
    void unlocked(); // the profile is open in the session

private:
    std::optional<ProfileRecord> profile() const; // read from the profile list

    void setBusy(bool busy);
    void setError(const QString &code, const QString &message);
    // A result that opened nothing; a lasting one turns biometrics off first.
    void refused(const ProfileRecord &profile, const BiometricResult &result);

    ProfileService &m_service;
    TaskRunner &m_runner;
    VaultSession &m_session;
    BiometricUnlock m_unlock;
    QString m_profileName;
    std::optional<ProfileRecord> m_record; // as last read (reload)
    bool m_busy = false;
    QString m_error;
    QString m_errorCode;
};

} // namespace vaultlink::ui
