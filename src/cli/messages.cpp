#include "src/cli/messages.h"

#include "src/base/message_catalog.h"

#include <QHash>

namespace vaultlink::cli {

namespace {

// The command line's words for every message of src/base/message_catalog.h. The advice names
// this program's commands and options; the app says the same with its buttons.
constexpr Sentence kSentences[] = {
    {msg::AddressEmpty, "Enter the server's address, e.g. vault.example.com."},
    {msg::AddressPlainHttp, "Plain HTTP is refused: passwords are only sent over HTTPS; use an "
                            "https:// address."},
    {msg::AddressScheme, "The address must be an https:// address, not %1:."},
    {msg::AddressNoSlashes, "The address is malformed; write it as https://host."},
    {msg::AddressFragment, "The address must not contain a fragment (#…)."},
    {msg::AddressQuery, "The address must not contain a query (?…)."},
    {msg::AddressUserInfo, "The address must not contain a user name or password (…@)."},
    {msg::AddressIpv6Unclosed, "The IPv6 address lacks its closing bracket."},
    {msg::AddressAfterIpv6, "Unexpected text after the IPv6 address."},
    {msg::AddressIpv6Invalid, "'%1' is not a valid IPv6 address."},
    {msg::AddressIpv6Brackets, "Write an IPv6 address in brackets, e.g. [2001:db8::1]:8443."},
    {msg::AddressNoHost, "The address has no server name."},
    {msg::AddressHostInvalid, "'%1' is not a valid server name."},
    {msg::AddressPortInvalid, "'%1' is not a valid port (1 to 65535)."},
    {msg::AddressMalformed, "The address is malformed (%1)."},
    {msg::PinMalformed, "A key pin has the form sha256/<base64 of 32 bytes>, as the server's "
                        "administrator or its QR code shows it (--pin)."},

    {msg::PlainHttpRefused, "Plain HTTP to %1 is refused: passwords are only sent over HTTPS."},
    {msg::HostNotFound, "The server name could not be found (DNS): %1."},
    {msg::ConnectionRefused, "Nobody answers on port %2 at %1 (connection refused)."},
    {msg::Timeout, "The server at %1 did not answer within %2 s (timeout; --timeout waits "
                   "longer)."},
    {msg::ConnectionTimedOut, "The connection to %1 timed out."},
    {msg::ConnectionLost, "The connection to %1 was closed before the answer arrived."},
    {msg::NetworkDown, "%1 cannot be reached: the network is down."},
    {msg::NoRoute, "%1 cannot be reached: no network or no route (%2)."},
    {msg::ConnectionBroke, "The connection to %1 broke (%2)."},
    {msg::RequestFailed, "The request to %1 failed (%2)."},
    {msg::NetworkError, "The server could not be reached."},
    {msg::TlsPinMismatch, "The server's key does not match the one pinned when this profile was "
                          "linked; someone may be intercepting the connection."},
    {msg::TlsHostName, "The certificate is not for this server name (%1)."},
    {msg::TlsExpired, "The server's certificate has expired."},
    {msg::TlsNotYetValid, "The server's certificate is not valid yet (check this computer's "
                          "date)."},
    {msg::TlsUntrusted, "The server's certificate is not trusted (%1). If the server uses a "
                        "private certificate, link with the key pin its administrator gives "
                        "you (--pin sha256/…) or with its link QR code (--qr)."},
    {msg::TlsRefused, "The server's certificate was refused (%1)."},
    {msg::TlsHandshake, "The secure connection to %1 could not be set up (%2)."},
    {msg::TlsProtocolTooOld, "The server at %1 offers only an outdated TLS version (1.1 or "
                             "older), which Vaultlink refuses; its administrator must enable "
                             "TLS 1.2 or 1.3."},
    {msg::TlsNotHttps, "Port %2 at %1 does not answer with HTTPS (plain HTTP or another "
                       "protocol); check the address and the port."},
    {msg::BadAnswer, "The server's answer is not Vaultlink API v1: %1."},

    {msg::MalformedJson, "The server could not read this client's request (malformed JSON); "
                         "update vaultlink-cli."},
    {msg::InvalidRequest, "The server refused the request as invalid."},
    {msg::RequestTooLarge, "The request is larger than the server accepts."},
    {msg::UnsupportedMediaType, "The server refused this client's request (media type); update "
                                "vaultlink-cli."},
    {msg::NotFound, "The server does not offer this service; check the address, or update "
                    "vaultlink-cli."},
    {msg::MethodNotAllowed, "The server does not offer this service; update vaultlink-cli."},
    {msg::WebServicesDisabled, "The server's web services are switched off. Your local copy "
                               "stays usable; try again later or ask your administrator."},
    {msg::DatabaseUnknown, "The server has no such database. List them with 'vaultlink-cli "
                           "databases URL'."},
    {msg::MobileSyncDisabled, "Mobile synchronization is switched off for this database — ask "
                              "your administrator."},
    {msg::MobileRightMissing, "Your account may not synchronize with mobile devices — ask your "
                              "administrator for the right \"can synchronize with mobile "
                              "devices\"."},
    {msg::BadCredentials, "The server refused the user name or password (or, for a directory "
                          "account, the domain: --domain, or DOMAIN\\user). Check them and try "
                          "again."},
    {msg::LoginThrottled, "Too many failed logins for this user. Wait %1 seconds, then try "
                          "again."},
    {msg::MfaRequired, "This account needs the code from its authenticator app (give it with "
                       "--otp)."},
    {msg::MfaFailed, "The authenticator code was wrong or already used (%1 tries left). Wait "
                     "for the next code."},
    {msg::MfaTransactionUnknown, "The login took too long or had too many wrong codes. Log in "
                                 "again."},
    {msg::AuthRequired, "The server wants a login first. Log in again."},
    {msg::TokenInvalid, "The server no longer knows this device's session (logged out or "
                        "replaced). Log in again with your password; your local copy is kept."},
    {msg::TokenExpired, "This device's session has run out. Log in again with your password; "
                        "your local copy is kept."},
    {msg::SessionExpired, "The session ended (idle too long or at its maximum age). Log in "
                          "again with your password; your local copy is kept."},
    {msg::TokenReused, "The server ended this device's session because a session key was used "
                       "twice — it may have been copied. Log in again, and tell your "
                       "administrator if this was not you."},
    {msg::DeviceRevoked, "An administrator revoked this device. Its copy of the passwords has "
                         "been deleted; ask your administrator before linking it again."},
    {msg::Forbidden, "Your account lacks the right for this change."},
    {msg::RecordUnknownOnServer, "The server has no such record (deleted, or no longer visible "
                                 "to you)."},
    {msg::RevisionConflict, "The record was changed on the server meanwhile."},
    {msg::CursorUnknown, "The server no longer knows this device's position in its history; a "
                         "full resynchronization is needed."},
    {msg::LinkCodeUnknown, "The server does not know this link code. Check that it was made by "
                           "this server, or make a new one on the Account page."},
    {msg::LinkCodeExpired, "This link code has expired. Make a new one on the Account page."},
    {msg::LinkCodeUsed, "This link code was already used. Each code links one device; make a "
                        "new one on the Account page."},
    {msg::DeviceLoginDisabled, "The server does not take device keys for logins. Log in with "
                               "your password."},
    {msg::DeviceKeyUnknown, "The server knows no device key for this device. Log in with your "
                            "password."},
    {msg::DeviceChallengeUnknown, "The server does not know this device-login challenge. Try "
                                  "again."},
    {msg::DeviceChallengeUsed, "This device-login challenge was already used. Try again."},
    {msg::DeviceChallengeExpired, "The device-login challenge expired before it was answered. Try "
                                  "again."},
    {msg::DeviceSignatureInvalid, "The server did not accept this device's key. Log in with "
                                  "your password."},
    {msg::NameTaken, "The name is already in use."},
    {msg::InternalError, "The server failed to answer (internal error). Nothing was changed; "
                         "try again later."},
    {msg::RefusedUnknownCode, "The server refused the request (%1)."},
};

} // namespace

std::span<const Sentence> networkSentences() {
    return kSentences;
}

MessageWords englishWords() {
    static const QHash<QString, const char *> table =
        indexSentences({networkSentences(), localSentences()});
    return {[](const QString &key) {
                if (key == kOwnText)
                    return QStringLiteral("%1");
                return QString::fromUtf8(table.value(key, ""));
            },
            presentArgument};
}

QString say(const Message &message) {
    return renderMessage(message, englishWords());
}

} // namespace vaultlink::cli
