#include "src/ui/unlock_view_model.h"

#include "src/profiles/profile_service.h"
#include "src/ui/failure_text.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <algorithm>
#include <memory>

namespace vaultlink::ui {

UnlockViewModel::UnlockViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                                 QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_session(session) {
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockViewModel::tick);
}

void UnlockViewModel::setProfileName(const QString &name) {
    if (name == m_profileName)
        return;
    m_profileName = name;
    m_wrongTries = 0;
    setError({}, {});
    emit profileNameChanged();
}

void UnlockViewModel::unlock(const QString &password) {
    if (m_busy || m_waitSeconds > 0)
        return;
    if (password.isEmpty()) {
        setError(QStringLiteral("password"), tr("Enter the password of this profile."));
        return;
    }
    setError({}, {});
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(password));
    const QString name = m_profileName;
    m_runner.run<std::unique_ptr<OpenProfile>>(
        this,
        [this, name, secret] {
            std::unique_ptr<OpenProfile> profile = m_service.unlock(name, *secret);
            m_service.checkOfflineLimit(*profile);
            return profile;
        },
        [this, secret](std::unique_ptr<OpenProfile> profile) {
            setBusy(false);
            m_wrongTries = 0;
            m_session.open(std::move(profile), std::move(*secret));
            emit unlocked();
        },
        [this](const Failure &failure) {
            setBusy(false);
            setError(failure.code(), failureText(failure));
            if (failure.code() != QLatin1String("wrong-password"))
                return;
            // Slows down guessing on this device; the KDF already costs each try half a second.
            ++m_wrongTries;
            if (m_wrongTries < 2)
                return;
            m_waitSeconds = std::min(30, 1 << std::min(m_wrongTries - 2, 5));
            emit waitSecondsChanged();
            m_countdown.start();
        });
}

void UnlockViewModel::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void UnlockViewModel::setError(const QString &code, const QString &message) {
    if (message == m_error && code == m_errorCode)
        return;
    m_error = message;
    m_errorCode = code;
    emit errorChanged();
}

void UnlockViewModel::tick() {
    m_waitSeconds = std::max(0, m_waitSeconds - 1);
    if (m_waitSeconds == 0)
        m_countdown.stop();
    emit waitSecondsChanged();
}

} // namespace vaultlink::ui
