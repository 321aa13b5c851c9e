#include "src/ui/unlock_view_model.h"

#include "src/profiles/profile_service.h"
#include "src/ui/messages.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <algorithm>
#include <memory>

namespace vaultlink::ui {

UnlockViewModel::UnlockViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                                 platform::SecurityKey *securityKey, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_session(session)
    , m_secondFactor(securityKey) {
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockViewModel::tick);
}

UnlockViewModel::~UnlockViewModel() {
    // A connect waiting for the user's second factor gives up before the runner waits for it.
    m_secondFactor.close();
}

void UnlockViewModel::setProfileName(const QString &name) {
    if (name == m_profileName)
        return;
    m_profileName = name;
    m_wrongTries = 0;
    m_needsConnection = false;
    setError({}, {});
    emit profileNameChanged();
}

void UnlockViewModel::unlock(const QString &password) {
    start(password, false);
}

void UnlockViewModel::connectAndUnlock(const QString &password) {
    start(password, true);
}

void UnlockViewModel::start(const QString &password, bool connect) {
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
        [this, name, secret, connect] {
            std::unique_ptr<OpenProfile> profile = m_service.unlock(name, *secret);
            // Past the limit nothing is shown before the sync has restarted the count.
            if (connect)
                (void)m_service.sync(*profile, SignIn{*secret, {}, {}, &m_secondFactor});
            (void)m_service.checkOfflineLimit(*profile);
            return profile;
        },
        [this, secret](std::unique_ptr<OpenProfile> profile) {
            m_secondFactor.finish();
            setBusy(false);
            m_wrongTries = 0;
            m_needsConnection = false;
            m_session.open(std::move(profile), std::move(*secret));
            emit unlocked();
        },
        [this](const Failure &failure) {
            m_secondFactor.finish();
            failed(failure);
        });
}

void UnlockViewModel::failed(const Failure &failure) {
    setBusy(false);
    if (failure.code() == QLatin1String("offline-too-long"))
        m_needsConnection = true;
    setError(failure.code(), say(failure));
    if (failure.code() != QLatin1String("wrong-password"))
        return;
    // Slows down guessing on this device; the KDF already costs each try half a second.
    ++m_wrongTries;
    if (m_wrongTries < 2)
        return;
    m_waitSeconds = std::min(30, 1 << std::min(m_wrongTries - 2, 5));
    emit waitSecondsChanged();
    m_countdown.start();
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
