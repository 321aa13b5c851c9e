#include "src/ui/messages.h"

#include "src/base/message_catalog.h"

#include <QCoreApplication>
#include <QHash>

namespace vaultlink::ui {

namespace {

// The app's words for every message of src/base/message_catalog.h; the command line has its own
// (src/cli/messages.cpp) that name its options instead of the app's buttons.
constexpr Sentence kSentences[] = {
    {msg::AddressEmpty,
     QT_TRANSLATE_NOOP("Messages", "Enter the server's address, e.g. vault.example.com.")},
    {msg::AddressPlainHttp,
     QT_TRANSLATE_NOOP("Messages", "Plain HTTP is refused: passwords are only sent over HTTPS. Use "
                                   "an https:// address.")},
    {msg::AddressScheme,
     QT_TRANSLATE_NOOP("Messages", "The address must be an https:// address, not %1:.")},
    {msg::AddressNoSlashes,
     QT_TRANSLATE_NOOP("Messages", "The address is malformed; write it as https://host.")},
    {msg::AddressFragment,
     QT_TRANSLATE_NOOP("Messages", "The address must not contain a fragment (#…).")},
    {msg::AddressQuery,
     QT_TRANSLATE_NOOP("Messages", "The address must not contain a query (?…).")},
    {msg::AddressUserInfo,
     QT_TRANSLATE_NOOP("Messages", "The address must not contain a user name or password (…@).")},
    {msg::AddressIpv6Unclosed,
     QT_TRANSLATE_NOOP("Messages", "The IPv6 address lacks its closing bracket.")},
    {msg::AddressAfterIpv6,
     QT_TRANSLATE_NOOP("Messages", "Unexpected text after the IPv6 address.")},
    {msg::AddressIpv6Invalid, QT_TRANSLATE_NOOP("Messages", "'%1' is not a valid IPv6 address.")},
    {msg::AddressIpv6Brackets,
     QT_TRANSLATE_NOOP("Messages", "Write an IPv6 address in brackets, e.g. [2001:db8::1]:8443.")},
    {msg::AddressNoHost, QT_TRANSLATE_NOOP("Messages", "The address has no server name.")},
    {msg::AddressHostInvalid, QT_TRANSLATE_NOOP("Messages", "'%1' is not a valid server name.")},
    {msg::AddressPortInvalid,
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a valid port (1 to 65535).")},
    {msg::AddressMalformed, QT_TRANSLATE_NOOP("Messages", "The address is malformed (%1).")},
    {msg::PinMalformed,
     QT_TRANSLATE_NOOP("Messages",
                       "A key pin has the form sha256/<base64 of 32 bytes>, as the server's "
                       "administrator or its QR code shows it.")},

    {msg::PlainHttpRefused,
     QT_TRANSLATE_NOOP("Messages", "Plain HTTP to %1 is refused: passwords are only sent over "
                                   "HTTPS.")},
    {msg::HostNotFound,
     QT_TRANSLATE_NOOP("Messages",
                       "The server name could not be found (DNS): %1. Check the address and "
                       "the connection.")},
    {msg::ConnectionRefused,
     QT_TRANSLATE_NOOP("Messages", "Nobody answers on port %2 at %1 (connection refused).")},
    {msg::Timeout,
     QT_TRANSLATE_NOOP("Messages",
                       "The server at %1 did not answer within %2 seconds. Try again later.")},
    {msg::ConnectionTimedOut,
     QT_TRANSLATE_NOOP("Messages", "The connection to %1 timed out. Try again later.")},
    {msg::ConnectionLost,
     QT_TRANSLATE_NOOP("Messages", "The connection to %1 was closed before the answer arrived.")},
    {msg::NetworkDown, QT_TRANSLATE_NOOP("Messages", "%1 cannot be reached: the network is down.")},
    {msg::NoRoute,
     QT_TRANSLATE_NOOP("Messages", "%1 cannot be reached: no network or no route (%2).")},
    {msg::ConnectionBroke, QT_TRANSLATE_NOOP("Messages", "The connection to %1 broke (%2).")},
    {msg::RequestFailed, QT_TRANSLATE_NOOP("Messages", "The request to %1 failed (%2).")},
    {msg::NetworkError, QT_TRANSLATE_NOOP("Messages", "The server could not be reached.")},
    {msg::TlsPinMismatch,
     QT_TRANSLATE_NOOP("Messages",
                       "The server's key does not match the one pinned when this profile "
                       "was linked; someone may be intercepting the connection.")},
    {msg::TlsHostName,
     QT_TRANSLATE_NOOP("Messages", "The certificate is not for this server name (%1).")},
    {msg::TlsExpired, QT_TRANSLATE_NOOP("Messages", "The server's certificate has expired.")},
    {msg::TlsNotYetValid,
     QT_TRANSLATE_NOOP("Messages", "The server's certificate is not valid yet. Check this device's "
                                   "date and time.")},
    {msg::TlsUntrusted,
     QT_TRANSLATE_NOOP("Messages",
                       "The server's certificate is not trusted (%1). If your server uses a "
                       "private certificate, link by scanning its QR code, or enter the key "
                       "pin your administrator gives you.")},
    {msg::TlsRefused, QT_TRANSLATE_NOOP("Messages", "The server's certificate was refused (%1).")},
    {msg::TlsHandshake,
     QT_TRANSLATE_NOOP("Messages", "The secure connection to %1 could not be set up (%2).")},
    {msg::TlsProtocolTooOld,
     QT_TRANSLATE_NOOP("Messages", "The server at %1 offers only an outdated TLS version (1.1 or "
                                   "older), which Vaultlink refuses. Ask its administrator to "
                                   "enable TLS 1.2 or 1.3.")},
    {msg::TlsNotHttps,
     QT_TRANSLATE_NOOP("Messages", "Port %2 at %1 does not answer with HTTPS (plain HTTP or "
                                   "another protocol). Check the server's address and port.")},
    {msg::BadAnswer,
     QT_TRANSLATE_NOOP("Messages", "The server's answer is not Vaultlink API v1: %1.")},

    {msg::MalformedJson,
     QT_TRANSLATE_NOOP("Messages",
                       "The server could not read the app's request; update Vaultlink.")},
    {msg::InvalidRequest,
     QT_TRANSLATE_NOOP("Messages", "The server refused the request as invalid.")},
    {msg::RequestTooLarge,
     QT_TRANSLATE_NOOP("Messages", "The request is larger than the server accepts.")},
    {msg::UnsupportedMediaType,
     QT_TRANSLATE_NOOP("Messages", "The server could not read the app's request; update "
                                   "Vaultlink.")},
    {msg::NotFound,
     QT_TRANSLATE_NOOP("Messages",
                       "The server does not offer this service; check the address, or update "
                       "Vaultlink.")},
    {msg::MethodNotAllowed,
     QT_TRANSLATE_NOOP("Messages", "The server does not offer this service; update Vaultlink.")},
    {msg::WebServicesDisabled,
     QT_TRANSLATE_NOOP("Messages", "The server's web services are switched off. Your local copy "
                                   "stays usable; try again later or ask your administrator.")},
    {msg::DatabaseUnknown,
     QT_TRANSLATE_NOOP("Messages", "The server has no such database; choose one from its list.")},
    {msg::MobileSyncDisabled,
     QT_TRANSLATE_NOOP("Messages", "Mobile synchronization is switched off for this database. "
                                   "Ask your administrator.")},
    {msg::MobileRightMissing,
     QT_TRANSLATE_NOOP("Messages", "Your account may not synchronize with mobile devices. Ask "
                                   "your administrator for the right \"can synchronize with "
                                   "mobile devices\".")},
    {msg::BadCredentials,
     QT_TRANSLATE_NOOP("Messages",
                       "The server refused the user name or password (or, for a directory "
                       "account, the domain). Check them and try again.")},
    {msg::LoginThrottled,
     QT_TRANSLATE_NOOP("Messages",
                       "Too many failed logins for this user. Wait %1 seconds, then try "
                       "again.")},
    {msg::MfaRequired,
     QT_TRANSLATE_NOOP("Messages", "This account needs the code from its authenticator app.")},
    {msg::MfaFailed,
     QT_TRANSLATE_NOOP("Messages",
                       "The authenticator code was wrong or already used (tries left: %1). "
                       "Wait for the next code.")},
    {msg::MfaTransactionUnknown,
     QT_TRANSLATE_NOOP("Messages", "The login took too long or had too many wrong codes. Log "
                                   "in again.")},
    {msg::AuthRequired,
     QT_TRANSLATE_NOOP("Messages", "The server wants a login first. Log in again.")},
    {msg::TokenInvalid,
     QT_TRANSLATE_NOOP("Messages",
                       "The server no longer knows this device's session (logged out or "
                       "replaced). Synchronize again with your password; your local copy "
                       "is kept.")},
    {msg::TokenExpired,
     QT_TRANSLATE_NOOP("Messages", "This device's session has run out. Synchronize again with your "
                                   "password; your local copy is kept.")},
    {msg::SessionExpired,
     QT_TRANSLATE_NOOP("Messages",
                       "The session ended (idle too long or at its maximum age). "
                       "Synchronize again with your password; your local copy is kept.")},
    {msg::TokenReused,
     QT_TRANSLATE_NOOP("Messages",
                       "The server ended this device's session because a session key was "
                       "used twice; it may have been copied. Log in again, and tell your "
                       "administrator if this was not you.")},
    {msg::DeviceRevoked,
     QT_TRANSLATE_NOOP("Messages",
                       "An administrator revoked this device. Its copy of the passwords "
                       "has been deleted; ask your administrator before linking it "
                       "again.")},
    {msg::Forbidden,
     QT_TRANSLATE_NOOP("Messages", "Your account lacks the right for this change.")},
    {msg::RecordUnknownOnServer,
     QT_TRANSLATE_NOOP("Messages", "The server has no such record (deleted, or no longer "
                                   "visible to you).")},
    {msg::RevisionConflict,
     QT_TRANSLATE_NOOP("Messages", "The record was changed on the server meanwhile.")},
    {msg::CursorUnknown,
     QT_TRANSLATE_NOOP("Messages",
                       "The server no longer knows this device's position in its history; "
                       "a full synchronization is needed.")},
    {msg::LinkCodeUnknown,
     QT_TRANSLATE_NOOP("Messages",
                       "The server does not know this link code. Check that it was made "
                       "by this server, or make a new one on the Account page.")},
    {msg::LinkCodeExpired,
     QT_TRANSLATE_NOOP("Messages", "This link code has expired. Make a new one on the Account "
                                   "page.")},
    {msg::LinkCodeUsed,
     QT_TRANSLATE_NOOP("Messages",
                       "This link code was already used. Each code links one device; make "
                       "a new one on the Account page.")},
    {msg::DeviceLoginDisabled,
     QT_TRANSLATE_NOOP("Messages", "The server does not take this device's key for logins. Log "
                                   "in with your password.")},
    {msg::DeviceKeyUnknown,
     QT_TRANSLATE_NOOP("Messages", "The server knows no key for this device. Log in with your "
                                   "password.")},
    {msg::DeviceChallengeUnknown,
     QT_TRANSLATE_NOOP("Messages", "The server does not know this login challenge. Try "
                                   "again.")},
    {msg::DeviceChallengeUsed,
     QT_TRANSLATE_NOOP("Messages", "This login challenge was already used. Try again.")},
    {msg::DeviceChallengeExpired,
     QT_TRANSLATE_NOOP("Messages", "The login challenge expired before it was answered. Try "
                                   "again.")},
    {msg::DeviceSignatureInvalid,
     QT_TRANSLATE_NOOP("Messages", "The server did not accept this device's key. Log in with "
                                   "your password.")},
    {msg::NameTaken, QT_TRANSLATE_NOOP("Messages", "The name is already in use.")},
    {msg::InternalError,
     QT_TRANSLATE_NOOP("Messages",
                       "The server failed to answer (internal error). Nothing was changed; "
                       "try again later.")},
    {msg::RefusedUnknownCode,
     QT_TRANSLATE_NOOP("Messages", "The server refused the request (%1).")},
};

} // namespace

std::span<const Sentence> networkSentences() {
    return kSentences;
}

const char *sourceText(const QString &key) {
    static const QHash<QString, const char *> table =
        indexSentences({networkSentences(), localSentences()});
    return table.value(key, nullptr);
}

MessageWords appWords() {
    return {[](const QString &key) {
                if (key == kOwnText)
                    return QStringLiteral("%1");
                const char *text = sourceText(key);
                return text ? QCoreApplication::translate("Messages", text) : QString();
            },
            presentArgument};
}

QString say(const Message &message) {
    return renderMessage(message, appWords());
}

QString say(const Failure &failure) {
    return say(failure.message());
}

} // namespace vaultlink::ui
