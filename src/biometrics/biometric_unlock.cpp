#include "src/biometrics/biometric_unlock.h"

#include "src/base/message_catalog.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace vaultlink {

using platform::BiometricError;
using Reply = platform::BiometricKeyStore::Reply;

namespace {
QByteArray aadOf(const ProfileRecord &profile) {
    return biometricAad(profile.id, profile.serverUrl, profile.databaseId, profile.userName,
                        profile.dataKeyVersion);
}

// Later, on this thread's event loop, unless the controller is gone by then.
void later(const std::weak_ptr<bool> &alive, std::function<void()> call) {
    QTimer::singleShot(0, [alive, call = std::move(call)] {
        if (alive.lock())
            call();
    });
}
} // namespace

Message biometricMessage(const BiometricResult &result) {
    if (result.kind == BiometricResult::Kind::Done)
        return {};
    if (!result.error)
        return Message(msg::BiometricOff);
    switch (*result.error) {
    case BiometricError::Cancelled:
        return Message(msg::BiometricCancelled);
    case BiometricError::Failed:
        return Message(msg::BiometricNotRecognised);
    case BiometricError::Lockout:
        return Message(msg::BiometricLockedOut);
    case BiometricError::LockoutPermanent:
        return Message(msg::BiometricLockoutPermanent);
    case BiometricError::NotEnrolled:
        return Message(msg::BiometricNotEnrolled);
    case BiometricError::NoHardware:
        return Message(msg::BiometricNoHardware);
    case BiometricError::KeyInvalidated:
        return Message(msg::BiometricInvalidated);
    case BiometricError::Transient:
        return Message(msg::BiometricBusy);
    case BiometricError::Other:
        break;
    }
    return Message(msg::BiometricFailed);
}

BiometricUnlock::BiometricUnlock(platform::BiometricKeyStore &store)
    : m_store(store) {}

BiometricUnlock::~BiometricUnlock() {
    if (m_current != 0)
        m_store.cancel(m_current);
}

bool BiometricUnlock::turnsOff(BiometricError error) {
    return error == BiometricError::KeyInvalidated || error == BiometricError::NotEnrolled ||
           error == BiometricError::LockoutPermanent;
}

bool BiometricUnlock::canUnlock(const ProfileRecord &profile) const {
    return profile.biometric && profile.biometric->dataKeyVersion == profile.dataKeyVersion &&
           !m_store.availability().problem;
}

BiometricResult BiometricUnlock::failed(const Reply &reply) {
    BiometricResult result;
    result.error = reply.error;
    result.detail = reply.detail;
    if (turnsOff(*reply.error))
        result.kind = BiometricResult::Kind::TurnedOff;
    else if (*reply.error == BiometricError::NoHardware)
        result.kind = BiometricResult::Kind::Unavailable;
    else
        result.kind = BiometricResult::Kind::Declined;
    return result;
}

void BiometricUnlock::cancel() {
    if (m_current == 0)
        return;
    const Token abandoned = m_current;
    m_current = 0;
    m_store.cancel(abandoned); // its own reply, when it comes, is ignored (another token)
    later(m_alive, [done = std::move(m_done)] {
        BiometricResult result;
        result.kind = BiometricResult::Kind::Declined;
        result.error = BiometricError::Cancelled;
        if (done)
            done(std::move(result));
    });
    m_done = nullptr;
}

void BiometricUnlock::start(const std::function<Token(platform::BiometricKeyStore::Done)> &request,
                            Step next) {
    const std::weak_ptr<bool> alive = m_alive;
    m_current = request([this, alive, next = std::move(next)](Reply reply) {
        // A reply to a request cancelled or replaced since, or a second reply to this one.
        if (!alive.lock() || reply.token == 0 || reply.token != m_current)
            return;
        m_current = 0;
        if (reply.error)
            finish(failed(reply));
        else
            next(std::move(reply));
    });
}

void BiometricUnlock::finish(BiometricResult result) {
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
}

void BiometricUnlock::enable(const ProfileRecord &profile, const SecureBuffer &dataKey,
                             const platform::BiometricPrompt &prompt, Done done) {
    cancel();
    m_done = std::move(done);
    const QString alias = biometricAlias(profile.id);
    const QByteArray aad = aadOf(profile);
    auto key = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(dataKey.view()));
    const int version = profile.dataKeyVersion;
    start([&](auto reply) { return m_store.createKeys(alias, std::move(reply)); },
          [this, alias, aad, key, prompt, version](Reply keys) {
              auto publicKey = std::make_shared<QByteArray>(keys.data.view().toByteArray());
              start(
                  [&](auto reply) {
                      return m_store.seal(alias, *key, aad, prompt, std::move(reply));
                  },
                  [this, alias, publicKey, version](Reply sealed) {
                      BiometricResult result;
                      result.kind = BiometricResult::Kind::Done;
                      BiometricWrap wrap;
                      wrap.alias = alias;
                      wrap.sealed = sealed.data.view().toByteArray();
                      wrap.dataKeyVersion = version;
                      wrap.deviceKey = *publicKey;
                      wrap.enabledAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                      result.wrap = std::move(wrap);
                      finish(std::move(result));
                  });
              key->wipe();
          });
}

void BiometricUnlock::unlock(const ProfileRecord &profile, const platform::BiometricPrompt &prompt,
                             Done done) {
    cancel();
    if (!profile.biometric || profile.biometric->dataKeyVersion != profile.dataKeyVersion) {
        const QString why = profile.biometric ? QStringLiteral("sealed for an older data key")
                                              : QStringLiteral("biometric unlock is off");
        later(m_alive, [done = std::move(done), why] {
            BiometricResult result;
            result.detail = why;
            done(std::move(result));
        });
        return;
    }
    m_done = std::move(done);
    const BiometricWrap wrap = *profile.biometric;
    const QByteArray aad = aadOf(profile);
    start(
        [&](auto reply) {
            return m_store.open(wrap.alias, wrap.sealed, aad, prompt, std::move(reply));
        },
        [this](Reply opened) {
            BiometricResult result;
            result.kind = BiometricResult::Kind::Done;
            result.dataKey = std::move(opened.data);
            finish(std::move(result));
        });
}

void BiometricUnlock::sign(const ProfileRecord &profile, const QByteArray &message,
                           const platform::BiometricPrompt &prompt, Done done) {
    cancel();
    if (!profile.biometric || profile.biometric->deviceKey.isEmpty()) {
        later(m_alive, [done = std::move(done)] { done(BiometricResult{}); });
        return;
    }
    m_done = std::move(done);
    const QString alias = profile.biometric->alias;
    start([&](auto reply) { return m_store.sign(alias, message, prompt, std::move(reply)); },
          [this](Reply signedReply) {
              BiometricResult result;
              result.kind = BiometricResult::Kind::Done;
              result.signature = signedReply.data.view().toByteArray();
              finish(std::move(result));
          });
}

void BiometricUnlock::forget(const ProfileRecord &profile) {
    cancel();
    m_store.remove(profile.biometric ? profile.biometric->alias : biometricAlias(profile.id));
}

BiometricResult awaitBiometric(const std::function<void(BiometricUnlock::Done)> &request) {
    std::optional<BiometricResult> result;
    QEventLoop loop;
    request([&](BiometricResult got) {
        result = std::move(got);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace vaultlink
