#include "src/ui/biometric_view_model.h"

#include "src/base/message_catalog.h"
#include "src/profiles/profile_service.h"
#include "src/ui/messages.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

namespace vaultlink::ui {

using Kind = platform::BiometricAvailability::Kind;

BiometricViewModel::BiometricViewModel(ProfileService &service, TaskRunner &runner,
                                       VaultSession &session, platform::BiometricKeyStore &store,
                                       QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_session(session)
    , m_unlock(store) {
    // Settings speak of the open profile.
    connect(&m_session, &VaultSession::openChanged, this, [this] {
        if (m_session.isOpen())
            setProfileName(m_session.profileName());
    });
}

std::optional<ProfileRecord> BiometricViewModel::profile() const {
    try {
        return m_profileName.isEmpty() ? std::nullopt : m_service.find(m_profileName);
    } catch (const std::exception &) {
        return std::nullopt; // an unreadable profile list: the password path says why
    }
}

void BiometricViewModel::setProfileName(const QString &name) {
    m_unlock.cancel();
    m_profileName = name;
    m_error.clear();
    m_errorCode.clear();
    reload();
}

void BiometricViewModel::reload() {
    // Read once here, not at each of the pages' bindings: the profile list is a file.
    m_record = profile();
    emit changed();
}

bool BiometricViewModel::available() const {
    return !m_unlock.availability().problem;
}

bool BiometricViewModel::enabled() const {
    return m_record && m_record->biometric;
}

bool BiometricViewModel::offered() const {
    return m_record && m_unlock.canUnlock(*m_record);
}

bool BiometricViewModel::standIn() const {
    return m_unlock.availability().kind == Kind::StandIn;
}

QString BiometricViewModel::unlockLabel() const {
    switch (m_unlock.availability().kind) {
    case Kind::Fingerprint:
        return tr("Unlock with fingerprint");
    case Kind::Face:
        return tr("Unlock with face");
    case Kind::StandIn:
        return tr("Unlock with the sensor stand-in");
    default:
        return tr("Unlock with biometrics");
    }
}

void BiometricViewModel::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit changed();
}

void BiometricViewModel::setError(const QString &code, const QString &message) {
    m_errorCode = code;
    m_error = message;
    emit changed();
}

void BiometricViewModel::refused(const ProfileRecord &record, const BiometricResult &result) {
    if (result.kind == BiometricResult::Kind::TurnedOff) {
        m_unlock.forget(record);
        try {
            m_service.setBiometricWrap(record.id, std::nullopt);
        } catch (const std::exception &) {
            // An unwritable profile list: the wrap no longer opens anyway.
        }
        m_record = profile();
    }
    const Message message = biometricMessage(result);
    setError(message.key(), say(message));
}

void BiometricViewModel::unlock() {
    const std::optional<ProfileRecord> record = profile();
    if (m_busy || !record)
        return;
    setError({}, {});
    setBusy(true);
    const platform::BiometricPrompt prompt{tr("Unlock Vaultlink"), record->name,
                                           tr("Use password")};
    m_unlock.unlock(*record, prompt, [this, record = *record](BiometricResult result) {
        if (result.kind != BiometricResult::Kind::Done) {
            setBusy(false);
            refused(record, result);
            return;
        }
        auto key = std::make_shared<SecureBuffer>(std::move(result.dataKey));
        const QString name = record.name;
        m_runner.run<std::unique_ptr<OpenProfile>>(
            this,
            [this, name, key] {
                std::unique_ptr<OpenProfile> open = m_service.unlockWithKey(name, std::move(*key));
                m_service.checkOfflineLimit(*open);
                return open;
            },
            [this](std::unique_ptr<OpenProfile> open) {
                setBusy(false);
                // No password to keep: a sync that finds the session ended signs in with the
                // device key (signIn), where the server takes it.
                m_session.open(std::move(open), SecureBuffer());
                emit unlocked();
            },
            [this](const Failure &failure) {
                setBusy(false);
                setError(failure.code(), say(failure));
            });
    });
}

void BiometricViewModel::enable(const QString &password) {
    const std::optional<ProfileRecord> record = profile();
    if (m_busy || !record)
        return;
    if (password.isEmpty()) {
        setError(QStringLiteral("password"), tr("Enter the password of this profile."));
        return;
    }
    setError({}, {});
    setBusy(true);
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(password));
    m_runner.run<SecureBuffer>(
        this,
        [record = *record, secret] {
            std::optional<SecureBuffer> key = unlockDataKey(*secret, record);
            secret->wipe();
            if (!key)
                throw Failure(Failure::Kind::Authentication, msg::WrongPassword, {record.name});
            return std::move(*key);
        },
        [this, record = *record](SecureBuffer dataKey) {
            const platform::BiometricPrompt prompt{tr("Turn on biometric unlock"), record.name,
                                                   tr("Cancel")};
            m_unlock.enable(record, dataKey, prompt, [this, record](BiometricResult result) {
                setBusy(false);
                if (result.kind != BiometricResult::Kind::Done) {
                    refused(record, result);
                    return;
                }
                try {
                    m_service.setBiometricWrap(record.id, result.wrap);
                } catch (const std::exception &failure) {
                    setError(QStringLiteral("local-data"), say(explain(failure)));
                }
                reload();
            });
        },
        [this](const Failure &failure) {
            setBusy(false);
            setError(failure.code(), say(failure));
        });
}

void BiometricViewModel::signIn(const ProfileRecord &record, const QByteArray &message,
                                const std::function<void(DeviceSignature)> &reply) {
    const platform::BiometricPrompt prompt{tr("Sign in to the server"), record.name,
                                           tr("Use password")};
    m_unlock.sign(record, message, prompt, [this, record, reply](const BiometricResult &result) {
        DeviceSignature signature{result.signature, biometricMessage(result), false};
        if (result.kind == BiometricResult::Kind::TurnedOff) {
            refused(record, result);
            signature.turnedOff = true;
        }
        reply(std::move(signature));
    });
}

void BiometricViewModel::forgetKeys(const ProfileRecord &record) {
    m_unlock.forget(record);
    reload();
}

void BiometricViewModel::disable() {
    const std::optional<ProfileRecord> record = profile();
    if (!record)
        return;
    m_unlock.forget(*record);
    try {
        m_service.setBiometricWrap(record->id, std::nullopt);
    } catch (const std::exception &failure) {
        setError(QStringLiteral("local-data"), say(explain(failure)));
    }
    reload();
}

} // namespace vaultlink::ui
