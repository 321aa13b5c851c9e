#include "src/base/message_catalog.h"
#include "src/cli/messages.h"

namespace vaultlink::cli {

namespace {

constexpr Sentence kSentences[] = {
    {msg::QrNoPicture, "No picture was given."},
    {msg::QrEmptyPicture, "The picture is empty."},
    {msg::QrFileMissing, "The file “%1” does not exist."},
    {msg::QrFileIsFolder, "“%1” is a folder, not a picture."},
    {msg::QrFileNotReadable, "vaultlink-cli is not allowed to read the file “%1”."},
    {msg::QrFileNotPicture, "The file “%1” is not a picture vaultlink-cli can open."},
    {msg::QrFileDamaged, "The picture “%1” is damaged or incomplete."},
    {msg::QrFileUnreadable, "The file “%1” could not be read: %2."},
    {msg::QrNotFound, "No QR code was found in the picture; give the image of the code itself."},
    {msg::QrForeign, "This QR code is not a Vaultlink link code (it holds %1)."},
    {msg::QrNewerVersion, "This link code was made by a newer Vaultlink server; update "
                          "vaultlink-cli to use it."},
    {msg::QrPartMissing, "The link code has no %1."},
    {msg::QrPartTwice, "The link code gives its %1 twice."},
    {msg::QrPartEncoding, "The link code's %1 is not correctly encoded."},
    {msg::QrVersionNotNumber, "The link code's version number is not a whole number."},
    {msg::QrVersionInvalid, "The link code's version number is not valid."},
    {msg::QrServerHttp, "The link code's server address uses http, not https; Vaultlink only "
                        "connects over https."},
    {msg::QrServerUnusable, "The link code's server address is not usable: %1"},
    {msg::QrServerNotHttps, "The link code's server address does not use https."},
    {msg::QrDatabaseId, "The link code's database id is not a positive number."},
    {msg::QrTokenCharacters, "The link code's link token contains characters a token cannot "
                             "have."},
    {msg::QrTokenShort, "The link code's link token is too short."},
    {msg::QrTokenLong, "The link code's link token is too long."},
    {msg::QrPinInvalid, "The link code's server key pin is not a valid sha256 pin."},
    {msg::QrTrailingText, "The link code has unexpected text after its parameters."},

    {msg::PartVersion, "version number"},
    {msg::PartServer, "server address"},
    {msg::PartDatabaseId, "database id"},
    {msg::PartDatabaseName, "database name"},
    {msg::PartUser, "user name"},
    {msg::PartToken, "link token"},
    {msg::PartPin, "server key pin"},
    {msg::ForeignNothing, "nothing"},
    {msg::ForeignVaultlink, "a Vaultlink code of another kind"},
    {msg::ForeignWebAddress, "a web address"},
    {msg::ForeignWifi, "Wi-Fi network details"},
    {msg::ForeignEmail, "an e-mail address"},
    {msg::ForeignEmailMessage, "an e-mail message"},
    {msg::ForeignPhone, "a phone number"},
    {msg::ForeignTextMessage, "a text message"},
    {msg::ForeignContact, "a contact card"},
    {msg::ForeignEvent, "a calendar event"},
    {msg::ForeignLocation, "a map location"},
    {msg::ForeignOtpSetup, "a two-factor authentication setup"},
    {msg::ForeignOtpExport, "a two-factor authentication export"},
    {msg::ForeignOtherLink, "a link of another kind"},
    {msg::ForeignText, "plain text"},

    {msg::ProfileNameLength, "A profile name needs 1 to 64 characters."},
    {msg::ProfileNameControl, "A profile name cannot hold control characters."},
    {msg::ProfileExists, "A profile named \"%1\" already exists; choose another name or unlink "
                         "it first."},
    {msg::ProfileUnknown, "There is no profile named \"%1\" (see 'vaultlink-cli profiles')."},
    {msg::DatabaseNotOnServer, "The server has no database named \"%1\" (see 'vaultlink-cli "
                               "databases URL')."},
    {msg::LinkCodeMismatch, "The server's answer to this link code names another database or "
                            "user than the code itself; it was not used."},
    {msg::MfaUnsupported, "None of this account's second factors can be answered from "
                          "vaultlink-cli; ask your administrator."},
    {msg::MfaCodeMissing, "This account needs a second factor: give the authenticator's code or "
                          "the PIN with --otp, or choose another way with --mfa."},
    {msg::MfaDenied, "The sign-in was denied."},
    {msg::MfaApprovalExpired, "Nobody approved the sign-in in time; try again."},
    {msg::MfaCancelled, "The sign-in was cancelled."},
    {msg::MfaKeyUnknown, "This security key is not registered for the account."},
    {msg::MfaKeyRefused, "The server refused the security key's answer (%1)."},
    {msg::MfaMethodNotOffered, "This account cannot sign in with %1; it offers: %2."},
    {msg::SecurityKeyNone, "No security key was found: plug it in (or set "
                           "VAULTLINK_SECURITY_KEY_STAND_IN to a stand-in's key file)."},
    {msg::SecurityKeyNotRegistered, "This security key holds none of the account's registered "
                                    "keys."},
    {msg::SecurityKeyTimedOut, "The security key was not touched in time."},
    {msg::SecurityKeyCancelled, "The security key's request was cancelled."},
    {msg::SecurityKeyFailed, "The security key did not answer."},
    {msg::WrongPassword, "Wrong password for profile \"%1\"."},
    {msg::MirrorMissing, "The local copy of profile \"%1\" is missing; unlink the profile and "
                         "link it again."},
    {msg::ProfileBusy, "Another Vaultlink process is synchronizing profile \"%1\"; try again "
                       "when it has finished."},
    {msg::OfflineTooLong, "This copy has not reached the server since %1, longer than the %2 "
                          "your administrator allows. Connect and run 'vaultlink-cli sync' to "
                          "use it again."},
    {msg::FirstSyncIncomplete, "Profile \"%1\" was linked, but its first synchronization did "
                               "not finish: %2 Run 'vaultlink-cli sync' to continue where it "
                               "stopped."},
    {msg::MirrorUndecryptable, "The local database %1 cannot be decrypted: it is damaged or was "
                               "replaced. It was left as it is."},
    {msg::MirrorCorrupt, "The local database is damaged (%1); 'vaultlink-cli sync --repair' "
                         "rebuilds it from the server."},
    {msg::MirrorTooNew, "The local database was written by a newer Vaultlink; update "
                        "vaultlink-cli."},
    {msg::MirrorBusy, "The local database is busy in another process; try again when it has "
                      "finished."},
    {msg::MirrorIo, "The local database cannot be read or written (%1)."},
    {msg::RegistryUnreadable, "Cannot read the profile list (%1)."},
    {msg::RegistryDamaged, "The profile list is damaged or from a newer Vaultlink; it was left "
                           "as it is."},
    {msg::RegistryEntryDamaged, "The profile list holds a damaged entry; it was left as it is."},
    {msg::RegistryUnwritable, "Cannot write the profile list (%1)."},
    {msg::SyncMismatch, "The server's records and this computer's copy still differ after a "
                        "full resynchronization; the previous copy was kept."},
    {msg::Unexpected, "Unexpected failure: %1"},
    {msg::RecordNotHere, "There is no record %1 on this device."},
    {msg::FormsNotKnown,
     "This device does not know the server's forms yet; synchronize once, then try again."},
    {msg::FormNotHere, "The server has no form \"%1\"."},
    {msg::FieldNotInForm, "The form \"%2\" has no field \"%1\"."},
    {msg::NameRequired, "A record needs a name."},
    {msg::UnitNotHere, "You cannot see an organizational unit \"%1\"."},
    {msg::CreatePersonalNotAllowed, "The server does not let you create personal records."},
    {msg::CreateInUnitNotAllowed, "The server does not let you add records to \"%1\"."},
    {msg::EditNotAllowed, "Read only: the server does not let you change records of \"%1\"."},
    {msg::DeleteNotAllowed, "The server does not let you delete records of \"%1\"."},
    {msg::BiometricCancelled, "Biometric unlock was cancelled."},
    {msg::BiometricNotRecognised, "Not recognised; try again or use your password."},
    {msg::BiometricLockedOut,
     "Too many attempts: biometric unlock is locked for a while; use your password."},
    {msg::BiometricBusy, "The sensor could not be used just now; try again."},
    {msg::BiometricFailed, "Biometric unlock did not work this time; use your password."},
    {msg::BiometricNoHardware, "This device offers no biometric unlock."},
    {msg::BiometricOff, "Biometric unlock is off for this profile; unlock with your password, then "
                        "'vaultlink-cli biometrics enable'."},
    {msg::BiometricInvalidated,
     "Biometric unlock was turned off: the fingerprints, face or screen lock of this device "
     "changed. Unlock with your password, then 'vaultlink-cli biometrics enable'."},
    {msg::BiometricNotEnrolled,
     "Biometric unlock was turned off: no fingerprint or face is enrolled on this device any more. "
     "Unlock with your password, then 'vaultlink-cli biometrics enable'."},
    {msg::BiometricLockoutPermanent,
     "Biometric unlock was turned off after too many failed attempts; unlock the device with its "
     "screen lock, then unlock with your password and 'vaultlink-cli biometrics enable'."},
    {msg::BiometricForbidden, "The server does not allow biometric unlock; it was turned off."},
    {msg::SignInNeedsPassword, "The server's session for this device has ended, and this profile "
                               "has no device key the server knows; run 'vaultlink-cli sync' "
                               "without --biometric to sign in with your password."},
    {msg::DeviceLoginRefused, "The server's session for this device has ended, and signing in "
                              "with biometrics did not work: %1 Run 'vaultlink-cli sync' without "
                              "--biometric to sign in with your password."},
    {msg::DeviceLoginNeedsPassword, "The server wants the password together with biometrics."},
    {msg::AutofillAddress, "\"%1\" is not a web address (http or https, with a host)."},
    {msg::ReadOnlyCopy, "Read only: this is your copy of a record the server deleted, which you "
                        "may not create again; keep what you need, then discard it."},
    {msg::NoteNotHere, "There is no conflict or note number %1."},
    {msg::FieldGoneNoKeep, "The field \"%1\" no longer exists on the server; copy the value where "
                           "you need it, then discard the note."},

    {msg::ResyncInterrupted, "an earlier full resync was interrupted"},
    {msg::ResyncCursorUnknown, "the server no longer knows this device's position in its "
                               "history"},
    {msg::ResyncMismatch, "the local copy did not match the server's records"},
    {msg::ResyncIntegrity, "the local file failed SQLite's integrity check"},
    {msg::ResyncDigest, "the local copy's records differ from its own record of them"},
    {msg::ResyncDamaged, "part of the local file could no longer be read (damaged or changed "
                         "outside Vaultlink)"},
    {msg::SessionReplaced, "The server had ended this device's session because a session key "
                           "was used twice; it may have been copied. Logged in again — tell "
                           "your administrator if this was not you."},
    {msg::SessionEndedIdle, "Your session ended after %1 without use; sign in again."},
    {msg::SessionEndedAge, "Your session reached its limit of %1; sign in again."},
    {msg::ServerNotTold, "The server could not be told: %1 Its session for this device ends on "
                         "its own."},
};

} // namespace

std::span<const Sentence> localSentences() {
    return kSentences;
}

QString presentArgument(const QString &key, int index, const QString &value) {
    if (!isDurationArgument(key, index))
        return value;
    const WholeDuration duration = wholeDuration(value.toLongLong());
    static const char *const units[] = {"seconds", "minutes", "hours", "days"};
    return QStringLiteral("%1 %2")
        .arg(duration.count)
        .arg(QLatin1String(units[static_cast<int>(duration.unit)]));
}

} // namespace vaultlink::cli
