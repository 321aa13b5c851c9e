// vaultlink-cli biometrics enable|disable|status, and --biometric: unlocking with the data key
// the biometric key store gives (on this computer its stand-in, which asks on the terminal).
#include "src/base/message_catalog.h"
#include "src/biometrics/biometric_unlock.h"
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"

#include <QJsonObject>

namespace vaultlink::cli {

namespace {
platform::BiometricPrompt promptFor(const ProfileRecord &profile) {
    return {
        QStringLiteral("Unlock Vaultlink"),
        QStringLiteral("%1, %2 on %3").arg(profile.name, profile.userName, profile.databaseName),
        QStringLiteral("Use password")};
}

ProfileRecord profileNamed(Context &context) {
    const QString name = chosenProfile(context);
    const std::optional<ProfileRecord> profile = context.service.find(name);
    if (!profile)
        throw Failure(Failure::Kind::Usage, msg::ProfileUnknown, {name});
    return *profile;
}

// A result that unlocked nothing, as a failure; a lasting one first turns biometrics off.
[[noreturn]] void refuse(Context &context, BiometricUnlock &unlock, const ProfileRecord &profile,
                         const BiometricResult &result) {
    if (result.kind == BiometricResult::Kind::TurnedOff) {
        unlock.forget(profile);
        context.service.setBiometricWrap(profile.id, std::nullopt);
    }
    const Message message = biometricMessage(result);
    throw Failure(result.kind == BiometricResult::Kind::Unavailable ? Failure::Kind::Usage
                                                                    : Failure::Kind::Authentication,
                  message.key(), message, result.detail);
}

QString kindName(platform::BiometricAvailability::Kind kind) {
    using Kind = platform::BiometricAvailability::Kind;
    switch (kind) {
    case Kind::Fingerprint:
        return QStringLiteral("fingerprint");
    case Kind::Face:
        return QStringLiteral("face");
    case Kind::Iris:
        return QStringLiteral("iris");
    case Kind::Several:
        return QStringLiteral("several");
    case Kind::StandIn:
        return QStringLiteral("stand-in");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

std::unique_ptr<OpenProfile> openProfileWithBiometrics(Context &context) {
    const ProfileRecord profile = profileNamed(context);
    BiometricUnlock unlock(context.biometrics);
    BiometricResult result = awaitBiometric([&](BiometricUnlock::Done done) {
        unlock.unlock(profile, promptFor(profile), std::move(done));
    });
    if (result.kind != BiometricResult::Kind::Done)
        refuse(context, unlock, profile, result);
    return context.service.unlockWithKey(profile.name, std::move(result.dataKey));
}

DeviceSigner biometricSigner(Context &context) {
    return [&context](const ProfileRecord &profile, const QByteArray &message) {
        BiometricUnlock unlock(context.biometrics);
        const platform::BiometricPrompt prompt{
            QStringLiteral("Sign in to the server"),
            QStringLiteral("%1, %2 on %3").arg(profile.name, profile.userName, profile.serverUrl),
            QStringLiteral("Use password")};
        BiometricResult result = awaitBiometric([&](BiometricUnlock::Done done) {
            unlock.sign(profile, message, prompt, std::move(done));
        });
        DeviceSignature signature{result.signature, biometricMessage(result), false};
        if (result.kind == BiometricResult::Kind::TurnedOff) {
            unlock.forget(profile);
            context.service.setBiometricWrap(profile.id, std::nullopt);
            signature.turnedOff = true;
        }
        return signature;
    };
}

int biometricsCommand(Context &context) {
    const QString action = context.args.arguments.at(0);
    BiometricUnlock unlock(context.biometrics);
    if (action == QLatin1String("enable")) {
        // Only with the password: a finger enrolled later must never turn it on by itself.
        const std::unique_ptr<OpenProfile> open = openProfileWith(
            context,
            context.input.password(
                QStringLiteral("Password for profile \"%1\"").arg(chosenProfile(context))));
        const BiometricResult result = awaitBiometric([&](BiometricUnlock::Done done) {
            unlock.enable(open->record, open->dataKey, promptFor(open->record), std::move(done));
        });
        if (result.kind != BiometricResult::Kind::Done)
            refuse(context, unlock, open->record, result);
        context.service.setBiometricWrap(open->record.id, result.wrap);
        context.out.line(
            QStringLiteral("Biometric unlock is on for \"%1\"; use --biometric instead "
                           "of the password. On this computer it is a stand-in: the "
                           "keys are in your desktop keyring.")
                .arg(open->record.name));
        return Ok;
    }
    const ProfileRecord profile = profileNamed(context);
    if (action == QLatin1String("disable")) {
        unlock.forget(profile);
        context.service.setBiometricWrap(profile.id, std::nullopt);
        context.out.line(QStringLiteral("Biometric unlock is off for \"%1\".").arg(profile.name));
        return Ok;
    }
    const platform::BiometricAvailability available = unlock.availability();
    const bool on = profile.biometric.has_value();
    if (context.out.json()) {
        context.out.value(QJsonObject{
            {QStringLiteral("enabled"), on},
            {QStringLiteral("usable"), unlock.canUnlock(profile)},
            {QStringLiteral("sensor"), kindName(available.kind)},
            {QStringLiteral("deviceKeyRegistered"), on && profile.biometric->deviceKeyRegistered},
            {QStringLiteral("enabledAt"), on ? profile.biometric->enabledAt : QString()}});
        return Ok;
    }
    context.out.line(
        on ? QStringLiteral("Biometric unlock: on since %1 (%2).")
                 .arg(profile.biometric->enabledAt, kindName(available.kind))
           : QStringLiteral("Biometric unlock: off (%1).").arg(kindName(available.kind)));
    return Ok;
}

} // namespace vaultlink::cli
