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

} // namespace vaultlink
