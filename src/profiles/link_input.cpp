#include "src/profiles/link_input.h"

#include "src/base/message_catalog.h"
#include "src/crypto/spki_pin.h"
#include "src/net/server_address.h"
#include "src/profiles/failure.h"

namespace vaultlink {

QUrl serverUrlFrom(const QString &typed) {
    const ServerAddress address = ServerAddress::parse(typed);
    if (!address.url)
        throw Failure(Failure::Kind::Usage, QStringLiteral("address"), address.error);
    return *address.url;
}

QString pinFrom(const QString &typed) {
    const QString pin = typed.trimmed();
    if (!pin.isEmpty() && !parsePin(pin))
        throw Failure(Failure::Kind::Usage, QStringLiteral("pin"), Message(msg::PinMalformed));
    return pin;
}

LinkPayload linkPayloadFrom(const QrReading &reading) {
    if (reading.problem != QrReading::Problem::None)
        throw Failure(Failure::Kind::LinkCode,
                      reading.problem == QrReading::Problem::NoCode
                          ? QStringLiteral("qr-not-found")
                          : QStringLiteral("qr-unreadable"),
                      reading.message);
    return linkPayloadFrom(reading.text);
}

LinkPayload linkPayloadFrom(const QString &text) {
    const LinkPayload::Parsed parsed = LinkPayload::parse(text);
    if (parsed.payload)
        return *parsed.payload;
    const QString code = parsed.problem == LinkPayload::Problem::NotVaultlink
                             ? QStringLiteral("qr-not-vaultlink")
                         : parsed.problem == LinkPayload::Problem::UnsupportedVersion
                             ? QStringLiteral("qr-unsupported-version")
                             : QStringLiteral("qr-malformed");
    throw Failure(Failure::Kind::LinkCode, code, parsed.message);
}

AccountName accountNameFrom(const QString &typedUser, const QString &typedDomain) {
    const QString user = typedUser.trimmed();
    const QString domain = typedDomain.trimmed();
    if (!domain.isEmpty())
        return {user, domain};
    if (const qsizetype slash = user.indexOf(QLatin1Char('\\'));
        slash > 0 && slash < user.size() - 1)
        return {user.mid(slash + 1), user.left(slash)};
    // The last '@': a user part may hold one, a domain never does. A domain has a dot, so that
    // "team@home" stays a name.
    if (const qsizetype at = user.lastIndexOf(QLatin1Char('@')); at > 0 && at < user.size() - 1) {
        const QString suffix = user.mid(at + 1);
        if (suffix.contains(QLatin1Char('.')) && !suffix.startsWith(QLatin1Char('.')) &&
            !suffix.endsWith(QLatin1Char('.')))
            return {user.left(at), suffix};
    }
    return {user, {}};
}

} // namespace vaultlink
