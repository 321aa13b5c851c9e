#pragma once

#include "platform/biometric_key_store.h"
#include "src/base/message.h"
#include "src/storage/profile_registry.h"

#include <functional>

namespace vaultlink {

// What became of a biometric request.
struct BiometricResult {
    enum class Kind {
        Done,      // enabled (wrap), unlocked (dataKey) or signed (signature)
        Declined,  // cancelled, not recognised, locked out for a while, busy: nothing changes, the
                   // password is offered and biometrics may be tried again
        TurnedOff, // the platform's key is gone or unusable for good (KeyInvalidated,
                   // NotEnrolled, LockoutPermanent): the wrap must go; the password, then
                   // biometrics can be turned on again
        Unavailable, // no sensor, or nothing to unlock with (no wrap, a wrap of an older key)
    };
    Kind kind = Kind::Unavailable;
    std::optional<platform::BiometricError> error; // the platform's answer, when it gave one
    std::optional<BiometricWrap> wrap;             // Done, by enable()
    SecureBuffer dataKey;                          // Done, by unlock()
    QByteArray signature;                          // Done, by sign(): DER ECDSA-SHA256
    QString detail;                                // for logs only
};

// What to tell the user about a result that is not Done (empty for Done): one message per
// platform answer, the lasting ones saying that biometrics were turned off and how to turn them
// on again.
Message biometricMessage(const BiometricResult &result);

// Biometric unlock of one profile at a time, over the platform's key store: the data key is
// sealed a second time under the profile's platform key (never the password; nothing usable in
// plain storage), and the same platform alias holds the device-login signing key.
//
// Enabling takes the data key a password unlock gave in this session (the caller holds it), so
// a newly enrolled finger can never switch biometrics back on by itself. Only the three lasting
// answers turn it off (BiometricResult::TurnedOff); a cancel, a failed match and a transient
// error never do. One request at a time: a new one, or cancel(), ends the one before with
// Declined/Cancelled, and the platform's late or repeated answers to it are ignored.
//
// Requests answer through `done` on the calling thread's event loop, never before they return.
class BiometricUnlock {
public:
    using Done = std::function<void(BiometricResult)>;
    explicit BiometricUnlock(platform::BiometricKeyStore &store);
    ~BiometricUnlock();
    BiometricUnlock(const BiometricUnlock &) = delete;
    BiometricUnlock &operator=(const BiometricUnlock &) = delete;

    platform::BiometricAvailability availability() const { return m_store.availability(); }
    // Whether unlock() can be offered for this profile now (a wrap of its current data key,
    // and a sensor with something enrolled).
    bool canUnlock(const ProfileRecord &profile) const;

    // New platform keys for the profile (replacing any), the data key sealed under them: the
    // result's wrap is what the caller stores in the profile list.
    void enable(const ProfileRecord &profile, const SecureBuffer &dataKey,
                const platform::BiometricPrompt &prompt, Done done);
    void unlock(const ProfileRecord &profile, const platform::BiometricPrompt &prompt, Done done);
    // The device-login key's signature of `message` (src/profiles' device login).
    void sign(const ProfileRecord &profile, const QByteArray &message,
              const platform::BiometricPrompt &prompt, Done done);
    void cancel();
    // The profile's platform keys deleted (turned off, or the profile unlinked); the caller
    // drops the wrap.
    void forget(const ProfileRecord &profile);

    // KeyInvalidated, NotEnrolled and LockoutPermanent: the answers that turn biometrics off.
    static bool turnsOff(platform::BiometricError error);

private:
    using Token = platform::BiometricKeyStore::Token;
    using Step = std::function<void(platform::BiometricKeyStore::Reply)>;
    // Starts a request whose reply goes to `next` unless another request replaced it.
    void start(const std::function<Token(platform::BiometricKeyStore::Done)> &request, Step next);
    void finish(BiometricResult result);
    static BiometricResult failed(const platform::BiometricKeyStore::Reply &reply);

    platform::BiometricKeyStore &m_store;
    Token m_current = 0; // the request whose reply is awaited; 0: none
    Done m_done;         // the caller of the request in flight
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// Runs one request of a BiometricUnlock to its end on the calling thread (a local event loop
// while the answer is awaited): for callers with no event loop of their own running, the
// command line and the benchmarks.
BiometricResult awaitBiometric(const std::function<void(BiometricUnlock::Done)> &request);

} // namespace vaultlink
