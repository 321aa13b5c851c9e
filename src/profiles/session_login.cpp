#include "src/profiles/session_login.h"

#include "src/api/api_client.h"
#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"

#include <algorithm>

namespace vaultlink {

namespace {
// The server's answers that say the device key cannot sign this user in now, though the password
// can: wrapped in device-login-refused. Anything else (network, throttling, revocation) is what
// it is whichever credential was used.
bool deviceRefusal(const ApiError &error) {
    static const QStringList codes = {
        QStringLiteral("device-login-disabled"),    QStringLiteral("device-key-unknown"),
        QStringLiteral("device-challenge-unknown"), QStringLiteral("device-challenge-used"),
        QStringLiteral("device-challenge-expired"), QStringLiteral("device-signature-invalid")};
    return error.kind() == ApiError::Kind::Refusal && codes.contains(error.code());
}

bool keyLost(const ApiError &error) {
    return error.code() == QLatin1String("device-key-unknown") ||
           error.code() == QLatin1String("device-signature-invalid");
}

Failure refused(Failure::Kind kind, const QString &code, const Message &why) {
    return {kind, code, Message(msg::DeviceLoginRefused, {}, why)};
}

TokenGrant secondFactor(ApiClient &api, const ProfileRecord &profile, const MfaChallenge &challenge,
                        const SignIn &signIn, LoginNotes &notes) {
    if (signIn.mfa)
        return answerSecondFactor(api, challenge, *signIn.mfa, profile.lastMfaMethod,
                                  notes.mfaMethod);
    CodeOnlyUi codeOnly(signIn.otp);
    return answerSecondFactor(api, challenge, codeOnly, profile.lastMfaMethod, notes.mfaMethod);
}

bool deviceKeyReady(const ProfileRecord &profile, const SignIn &signIn) {
    return signIn.signer && profile.biometric && profile.biometric->deviceKeyRegistered;
}

// The device-key login itself: challenge, signature, login. `password` is sent where the
// challenge says the key stands in for the second factor only. Throws as logIn() says; an empty
// result: the server wants what the key does not replace here (`acceptable`).
std::optional<LoginOutcome> deviceLogin(ApiClient &api, const ProfileRecord &profile,
                                        const QString &deviceName, const SignIn &signIn,
                                        const QList<DeviceLoginMode> &acceptable,
                                        LoginNotes &notes) {
    const DeviceIdentity device{profile.deviceId, deviceName};
    DeviceChallenge challenge;
    try {
        challenge = api.deviceChallenge(profile.databaseId, profile.userName, device.id);
    } catch (const ApiError &error) {
        notes.deviceKeyLost = keyLost(error);
        throw;
    }
    if (!acceptable.contains(challenge.replaces))
        return std::nullopt;
    const bool withPassword = challenge.replaces == DeviceLoginMode::SecondFactor;
    if (withPassword && signIn.password.isEmpty())
        throw refused(Failure::Kind::Authentication, QString(msg::DeviceLoginNeedsPassword),
                      Message(msg::DeviceLoginNeedsPassword));
    const DeviceSignature signature =
        signIn.signer(profile, deviceLoginMessage(challenge.challenge, profile.databaseId,
                                                  profile.userName, device.id));
    if (signature.der.isEmpty()) {
        const Message why =
            signature.refusal.isEmpty() ? Message(msg::BiometricFailed) : signature.refusal;
        if (signature.turnedOff)
            notes.notice = why;
        throw refused(Failure::Kind::Authentication, why.key(), why);
    }
    try {
        return api.deviceLogin(challenge.challenge, signature.der, device,
                               withPassword ? &signIn.password : nullptr);
    } catch (const ApiError &error) {
        notes.deviceKeyLost = keyLost(error);
        throw;
    }
}
} // namespace

TokenGrant logIn(ApiClient &api, const ProfileRecord &profile, const QString &deviceName,
                 const SignIn &signIn, LoginNotes &notes) {
    if (signIn.password.isEmpty()) {
        if (!deviceKeyReady(profile, signIn))
            throw Failure(Failure::Kind::Authentication, msg::SignInNeedsPassword);
        std::optional<LoginOutcome> outcome;
        try {
            outcome = deviceLogin(
                api, profile, deviceName, signIn,
                {DeviceLoginMode::Password, DeviceLoginMode::SecondFactor, DeviceLoginMode::Both},
                notes);
        } catch (const ApiError &error) {
            if (!deviceRefusal(error))
                throw;
            const Failure failure = explain(error);
            throw refused(failure.kind(), failure.code(), failure.message());
        }
        notes.byDeviceKey = true;
        // "password": the key stood in for the password; a second factor is still asked for.
        return outcome->grant ? *outcome->grant
                              : secondFactor(api, profile, *outcome->challenge, signIn, notes);
    }

    const DeviceIdentity device{profile.deviceId, deviceName};
    LoginOutcome outcome = api.login(profile.databaseId, profile.userName, signIn.password, device,
                                     profile.directoryDomain);
    if (outcome.grant)
        return *outcome.grant;
    if (deviceKeyReady(profile, signIn)) {
        // The biometric prompt instead of the authenticator app, where the server takes it; any
        // way this does not work leaves the code to be asked for, as without biometrics.
        try {
            const std::optional<LoginOutcome> byKey =
                deviceLogin(api, profile, deviceName, signIn,
                            {DeviceLoginMode::SecondFactor, DeviceLoginMode::Both}, notes);
            if (byKey && byKey->grant) {
                notes.byDeviceKey = true;
                return *byKey->grant;
            }
        } catch (const ApiError &error) {
            // Whatever the server says against the key (throttling too), the code may still
            // do; not a revocation, nor a network that would fail the code as well.
            if (error.kind() != ApiError::Kind::Refusal ||
                error.code() == QLatin1String("device-revoked"))
                throw;
        } catch (const Failure &) {
            // Declined or turned off (notes.notice says which needs telling).
        }
    }
    return secondFactor(api, profile, *outcome.challenge, signIn, notes);
}

} // namespace vaultlink
