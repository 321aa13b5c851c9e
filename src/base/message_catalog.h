#pragma once

#include <QString>

#include <span>

namespace vaultlink {

// Every message the core gives (see message.h): its key, and how many arguments it carries with
// what in them. Front ends must have a text for each (tests/unit/contract checks both of them);
// a message's `inner`, where it has one, comes after the arguments. The keys of the server's
// refusals are its wire codes (docs/api.md §4).
//
// X(identifier, "key", argument count)   // the arguments
#define VAULTLINK_MESSAGES(X)                                                                      \
    /* A server address as typed (src/net/server_address) */                                       \
    X(AddressEmpty, "address-empty", 0)                                                            \
    X(AddressPlainHttp, "address-plain-http", 0)                                                   \
    X(AddressScheme, "address-scheme", 1) /* the scheme given */                                   \
    X(AddressNoSlashes, "address-no-slashes", 0)                                                   \
    X(AddressFragment, "address-fragment", 0)                                                      \
    X(AddressQuery, "address-query", 0)                                                            \
    X(AddressUserInfo, "address-user-info", 0)                                                     \
    X(AddressIpv6Unclosed, "address-ipv6-unclosed", 0)                                             \
    X(AddressAfterIpv6, "address-after-ipv6", 0)                                                   \
    X(AddressIpv6Invalid, "address-ipv6-invalid", 1) /* the text in brackets */                    \
    X(AddressIpv6Brackets, "address-ipv6-brackets", 0)                                             \
    X(AddressNoHost, "address-no-host", 0)                                                         \
    X(AddressHostInvalid, "address-host-invalid", 1) /* the host */                                \
    X(AddressPortInvalid, "address-port-invalid", 1) /* the port */                                \
    X(AddressMalformed, "address-malformed", 1)      /* Qt's reason, English */                    \
    X(PinMalformed, "pin-malformed", 0)                                                            \
    /* No answer from the server (src/net) */                                                      \
    X(PlainHttpRefused, "plain-http-refused", 1)     /* host */                                    \
    X(HostNotFound, "host-not-found", 1)             /* host */                                    \
    X(ConnectionRefused, "connection-refused", 2)    /* host, port */                              \
    X(Timeout, "timeout", 2)                         /* host, seconds waited */                    \
    X(ConnectionTimedOut, "connection-timed-out", 1) /* host */                                    \
    X(ConnectionLost, "connection-lost", 1)          /* host */                                    \
    X(NetworkDown, "network-down", 1)                /* host */                                    \
    X(NoRoute, "no-route", 2)                        /* host, the system's reason */               \
    X(ConnectionBroke, "connection-broke", 2)        /* host, the system's reason */               \
    X(RequestFailed, "request-failed", 2)            /* host, the system's reason */               \
    X(NetworkError, "network-error", 0)                                                            \
    X(TlsPinMismatch, "pin-mismatch", 0)                                                           \
    X(TlsHostName, "tls-host-name", 1) /* OpenSSL's reason */                                      \
    X(TlsExpired, "tls-expired", 0)                                                                \
    X(TlsNotYetValid, "tls-not-yet-valid", 0)                                                      \
    X(TlsUntrusted, "tls-untrusted", 1)             /* OpenSSL's reason */                         \
    X(TlsRefused, "tls-failed", 1)                  /* OpenSSL's reason */                         \
    X(TlsHandshake, "tls-handshake", 2)             /* host, OpenSSL's reason */                   \
    X(TlsProtocolTooOld, "tls-protocol-too-old", 1) /* host */                                     \
    X(TlsNotHttps, "tls-not-https", 2)              /* host, port */                               \
    /* An answer outside the contract (src/api) */                                                 \
    X(BadAnswer, "bad-answer", 1) /* what was wrong, English, for support */                       \
    /* The server's refusals: docs/api.md §4, in its order */                                     \
    X(MalformedJson, "malformed-json", 0)                                                          \
    X(InvalidRequest, "invalid-request", 0)                                                        \
    X(RequestTooLarge, "request-too-large", 0)                                                     \
    X(UnsupportedMediaType, "unsupported-media-type", 0)                                           \
    X(NotFound, "not-found", 0)                                                                    \
    X(MethodNotAllowed, "method-not-allowed", 0)                                                   \
    X(WebServicesDisabled, "web-services-disabled", 0)                                             \
    X(DatabaseUnknown, "database-unknown", 0)                                                      \
    X(MobileSyncDisabled, "mobile-sync-disabled", 0)                                               \
    X(MobileRightMissing, "mobile-right-missing", 0)                                               \
    X(BadCredentials, "bad-credentials", 0)                                                        \
    X(LoginThrottled, "login-throttled", 1) /* seconds to wait */                                  \
    X(MfaRequired, "mfa-required", 0)                                                              \
    X(MfaFailed, "mfa-failed", 1) /* tries left */                                                 \
    X(MfaTransactionUnknown, "mfa-transaction-unknown", 0)                                         \
    X(AuthRequired, "auth-required", 0)                                                            \
    X(TokenInvalid, "token-invalid", 0)                                                            \
    X(TokenExpired, "token-expired", 0)                                                            \
    X(TokenReused, "token-reused", 0)                                                              \
    X(SessionExpired, "session-expired", 0)                                                        \
    X(DeviceRevoked, "device-revoked", 0)                                                          \
    X(Forbidden, "forbidden", 0)                                                                   \
    X(RecordUnknownOnServer, "record-unknown", 0)                                                  \
    X(RevisionConflict, "revision-conflict", 0)                                                    \
    X(CursorUnknown, "cursor-unknown", 0)                                                          \
    X(LinkCodeUnknown, "link-code-unknown", 0)                                                     \
    X(LinkCodeExpired, "link-code-expired", 0)                                                     \
    X(LinkCodeUsed, "link-code-used", 0)                                                           \
    X(DeviceLoginDisabled, "device-login-disabled", 0)                                             \
    X(DeviceKeyUnknown, "device-key-unknown", 0)                                                   \
    X(DeviceChallengeUnknown, "device-challenge-unknown", 0)                                       \
    X(DeviceChallengeUsed, "device-challenge-used", 0)                                             \
    X(DeviceChallengeExpired, "device-challenge-expired", 0)                                       \
    X(DeviceSignatureInvalid, "device-signature-invalid", 0)                                       \
    X(NameTaken, "name-taken", 0)                                                                  \
    X(InternalError, "internal-error", 0)                                                          \
    X(RefusedUnknownCode, "refused-unknown-code", 1) /* the code of a newer server */              \
    /* Reading a link code (src/linking) */                                                        \
    X(QrNoPicture, "qr-no-picture", 0)                                                             \
    X(QrEmptyPicture, "qr-empty-picture", 0)                                                       \
    X(QrFileMissing, "qr-file-missing", 1)          /* file name */                                \
    X(QrFileIsFolder, "qr-file-is-folder", 1)       /* file name */                                \
    X(QrFileNotReadable, "qr-file-not-readable", 1) /* file name */                                \
    X(QrFileNotPicture, "qr-file-not-picture", 1)   /* file name */                                \
    X(QrFileDamaged, "qr-file-damaged", 1)          /* file name */                                \
    X(QrFileUnreadable, "qr-file-unreadable", 2)    /* file name, Qt's reason */                   \
    X(QrNotFound, "qr-not-found", 0)                                                               \
    X(QrForeign, "qr-not-vaultlink", 0) /* inner: what the code holds (a Foreign… term) */       \
    X(QrNewerVersion, "qr-unsupported-version", 0)                                                 \
    X(QrPartMissing, "qr-part-missing", 0)   /* inner: the part (a Part… term) */                \
    X(QrPartTwice, "qr-part-twice", 0)       /* inner: the part */                                 \
    X(QrPartEncoding, "qr-part-encoding", 0) /* inner: the part */                                 \
    X(QrVersionNotNumber, "qr-version-not-number", 0)                                              \
    X(QrVersionInvalid, "qr-version-invalid", 0)                                                   \
    X(QrServerHttp, "qr-server-http", 0)                                                           \
    X(QrServerUnusable, "qr-server-unusable", 0) /* inner: the address problem */                  \
    X(QrServerNotHttps, "qr-server-not-https", 0)                                                  \
    X(QrDatabaseId, "qr-database-id", 0)                                                           \
    X(QrTokenCharacters, "qr-token-characters", 0)                                                 \
    X(QrTokenShort, "qr-token-short", 0)                                                           \
    X(QrTokenLong, "qr-token-long", 0)                                                             \
    X(QrPinInvalid, "qr-pin-invalid", 0)                                                           \
    X(QrTrailingText, "qr-trailing-text", 0)                                                       \
    /* Terms: the parts of a link code, and what a foreign QR code holds */                        \
    X(PartVersion, "part-version", 0)                                                              \
    X(PartServer, "part-server", 0)                                                                \
    X(PartDatabaseId, "part-database-id", 0)                                                       \
    X(PartDatabaseName, "part-database-name", 0)                                                   \
    X(PartUser, "part-user", 0)                                                                    \
    X(PartToken, "part-token", 0)                                                                  \
    X(PartPin, "part-pin", 0)                                                                      \
    X(ForeignNothing, "foreign-nothing", 0)                                                        \
    X(ForeignVaultlink, "foreign-vaultlink", 0)                                                    \
    X(ForeignWebAddress, "foreign-web-address", 0)                                                 \
    X(ForeignWifi, "foreign-wifi", 0)                                                              \
    X(ForeignEmail, "foreign-email", 0)                                                            \
    X(ForeignEmailMessage, "foreign-email-message", 0)                                             \
    X(ForeignPhone, "foreign-phone", 0)                                                            \
    X(ForeignTextMessage, "foreign-text-message", 0)                                               \
    X(ForeignContact, "foreign-contact", 0)                                                        \
    X(ForeignEvent, "foreign-event", 0)                                                            \
    X(ForeignLocation, "foreign-location", 0)                                                      \
    X(ForeignOtpSetup, "foreign-otp-setup", 0)                                                     \
    X(ForeignOtpExport, "foreign-otp-export", 0)                                                   \
    X(ForeignOtherLink, "foreign-other-link", 0)                                                   \
    X(ForeignText, "foreign-text", 0)                                                              \
    /* Profiles, this device's files, and the sync (src/storage, src/sync, src/profiles) */        \
    X(ProfileNameLength, "profile-name-length", 0)                                                 \
    X(ProfileNameControl, "profile-name-control", 0)                                               \
    X(ProfileExists, "profile-exists", 1)               /* the name */                             \
    X(ProfileUnknown, "profile-unknown", 1)             /* the name */                             \
    X(DatabaseNotOnServer, "database-not-on-server", 1) /* the name asked for */                   \
    X(LinkCodeMismatch, "link-code-mismatch", 0)                                                   \
    X(MfaUnsupported, "mfa-unsupported", 0)                                                        \
    X(MfaCodeMissing, "mfa-code-missing", 0)                                                       \
    X(MfaDenied, "mfa-denied", 0)                                                                  \
    X(MfaApprovalExpired, "mfa-approval-expired", 0)                                               \
    X(MfaCancelled, "mfa-cancelled", 0)                                                            \
    X(MfaKeyUnknown, "mfa-key-unknown", 0)                                                         \
    X(MfaKeyRefused, "mfa-key-refused", 1)              /* the server's reason code */             \
    X(MfaMethodNotOffered, "mfa-method-not-offered", 2) /* asked for; offered, comma-separated */  \
    X(SecurityKeyNone, "security-key-none", 0)                                                     \
    X(SecurityKeyNotRegistered, "security-key-not-registered", 0)                                  \
    X(SecurityKeyTimedOut, "security-key-timed-out", 0)                                            \
    X(SecurityKeyCancelled, "security-key-cancelled", 0)                                           \
    X(SecurityKeyFailed, "security-key-failed", 0)                                                 \
    X(WrongPassword, "wrong-password", 1)    /* profile */                                         \
    X(MirrorMissing, "mirror-missing", 1)    /* profile */                                         \
    X(ProfileBusy, "profile-busy", 1)        /* profile */                                         \
    X(OfflineTooLong, "offline-too-long", 2) /* last contact (ISO 8601), seconds allowed */        \
    X(FirstSyncIncomplete, "first-sync-incomplete", 1) /* profile; inner: why */                   \
    X(MirrorUndecryptable, "mirror-undecryptable", 1)  /* SQLite's reason, English */              \
    X(MirrorCorrupt, "mirror-corrupt", 1)              /* SQLite's reason, English */              \
    X(MirrorTooNew, "mirror-too-new", 0)                                                           \
    X(MirrorBusy, "mirror-busy", 0)                                                                \
    X(MirrorIo, "mirror-io", 1)                     /* SQLite's or the system's reason, English */ \
    X(RegistryUnreadable, "registry-unreadable", 1) /* the system's reason */                      \
    X(RegistryDamaged, "registry-damaged", 0)                                                      \
    X(RegistryEntryDamaged, "registry-entry-damaged", 0)                                           \
    X(RegistryUnwritable, "registry-unwritable", 1) /* the system's reason */                      \
    X(SyncMismatch, "sync-mismatch", 0)                                                            \
    X(Unexpected, "unexpected", 1) /* the exception's text, English */                             \
    /* Writing records on this device (src/profiles/record_editor) */                              \
    X(RecordNotHere, "record-not-here", 1) /* the record's id */                                   \
    X(FormsNotKnown, "forms-not-known", 0)                                                         \
    X(FormNotHere, "form-not-here", 1)        /* the form asked for */                             \
    X(FieldNotInForm, "field-not-in-form", 2) /* field, form */                                    \
    X(NameRequired, "name-required", 0)                                                            \
    X(UnitNotHere, "unit-not-here", 1) /* the unit asked for */                                    \
    X(CreatePersonalNotAllowed, "create-personal-not-allowed", 0)                                  \
    X(CreateInUnitNotAllowed, "create-in-unit-not-allowed", 1) /* unit */                          \
    X(EditNotAllowed, "edit-not-allowed", 1)                   /* unit */                          \
    X(DeleteNotAllowed, "delete-not-allowed", 1)               /* unit */                          \
    X(ReadOnlyCopy, "read-only-copy", 0)                                                           \
    X(NoteNotHere, "note-not-here", 1)          /* the note's number */                            \
    X(FieldGoneNoKeep, "field-gone-no-keep", 1) /* field */                                        \
    /* Notices: not failures, said after an action that succeeded */                               \
    X(ResyncInterrupted, "resync-interrupted", 0)                                                  \
    X(ResyncCursorUnknown, "resync-cursor-unknown", 0)                                             \
    X(ResyncMismatch, "resync-mismatch", 0)                                                        \
    X(ResyncIntegrity, "resync-integrity", 0)                                                      \
    X(ResyncDigest, "resync-digest", 0)                                                            \
    X(ResyncDamaged, "resync-damaged", 0)                                                          \
    X(SessionReplaced, "session-replaced", 0)                                                      \
    /* Biometric unlock (src/biometrics): what became of a request, and why it was turned off */   \
    X(BiometricCancelled, "biometric-cancelled", 0)                                                \
    X(BiometricNotRecognised, "biometric-not-recognised", 0)                                       \
    X(BiometricLockedOut, "biometric-locked-out", 0)                                               \
    X(BiometricBusy, "biometric-busy", 0)                                                          \
    X(BiometricFailed, "biometric-failed", 0)                                                      \
    X(BiometricNoHardware, "biometric-no-hardware", 0)                                             \
    X(BiometricOff, "biometric-off", 0)                                                            \
    X(BiometricInvalidated, "biometric-invalidated", 0)                                            \
    X(BiometricNotEnrolled, "biometric-not-enrolled", 0)                                           \
    X(BiometricLockoutPermanent, "biometric-lockout-permanent", 0)                                 \
    X(BiometricForbidden, "biometric-forbidden", 0)                                                \
    /* Signing in again after the server's session ended, with no password (biometric unlock) */   \
    X(SignInNeedsPassword, "sign-in-needs-password", 0)                                            \
    X(SessionEndedIdle, "session-ended-idle", 1)     /* seconds without use the server allows */   \
    X(SessionEndedAge, "session-ended-age", 1)       /* the session's maximum age in seconds */    \
    X(DeviceLoginRefused, "device-login-refused", 0) /* inner: why */                              \
    X(DeviceLoginNeedsPassword, "device-login-needs-password", 0)                                  \
    /* Autofill (src/autofill, src/profiles/autofill_lookup) */                                    \
    X(AutofillAddress, "autofill-address", 1) /* the text given */                                 \
    X(ServerNotTold, "server-not-told", 0)    /* inner: why */

// The keys as constants: `Message(msg::AddressScheme, {scheme})` cannot misspell one.
namespace msg {
#define VAULTLINK_MESSAGE_CONSTANT(id, key, count) inline constexpr QLatin1StringView id{key};
VAULTLINK_MESSAGES(VAULTLINK_MESSAGE_CONSTANT)
#undef VAULTLINK_MESSAGE_CONSTANT
} // namespace msg

// Whether the argument `index` of message `key` is a duration in seconds (offline-too-long's
// limit, a session's idle time or age), which front ends word with wholeDuration.
bool isDurationArgument(const QString &key, int index);

// The seconds of a duration argument (offline-too-long's limit) in the largest unit that reads
// well: "3 days", not "259200 seconds". Front ends put it into words.
struct WholeDuration {
    enum class Unit { Seconds, Minutes, Hours, Days };
    Unit unit = Unit::Seconds;
    qint64 count = 0;
};
WholeDuration wholeDuration(qint64 seconds);

struct CatalogEntry {
    QLatin1StringView key;
    int arguments = 0;
};

// Every entry above, in order.
std::span<const CatalogEntry> messageCatalog();
// The entry with this key; nullptr for a key the catalog does not know (a newer server's code).
const CatalogEntry *findInCatalog(const QString &key);

} // namespace vaultlink
