#include "src/base/message_catalog.h"
#include "src/ui/messages.h"

#include <QCoreApplication>

namespace vaultlink::ui {

namespace {

constexpr Sentence kSentences[] = {
    {msg::QrNoPicture, QT_TRANSLATE_NOOP("Messages", "No picture was chosen.")},
    {msg::QrEmptyPicture, QT_TRANSLATE_NOOP("Messages", "The picture is empty.")},
    {msg::QrFileMissing, QT_TRANSLATE_NOOP("Messages", "The file “%1” does not exist.")},
    {msg::QrFileIsFolder, QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a picture.")},
    {msg::QrFileNotReadable,
     QT_TRANSLATE_NOOP("Messages", "Vaultlink is not allowed to read the file “%1”.")},
    {msg::QrFileNotPicture,
     QT_TRANSLATE_NOOP("Messages", "The file “%1” is not a picture Vaultlink can open.")},
    {msg::QrFileDamaged,
     QT_TRANSLATE_NOOP("Messages", "The picture “%1” is damaged or incomplete.")},
    {msg::QrFileUnreadable, QT_TRANSLATE_NOOP("Messages", "The file “%1” could not be read: %2.")},
    {msg::QrNotFound, QT_TRANSLATE_NOOP("Messages", "No QR code was found in the picture. Hold "
                                                    "the camera closer, or choose the picture of "
                                                    "the code itself.")},
    {msg::QrForeign,
     QT_TRANSLATE_NOOP("Messages", "This QR code is not a Vaultlink link code (it holds %1).")},
    {msg::QrNewerVersion, QT_TRANSLATE_NOOP("Messages", "This link code was made by a newer "
                                                        "Vaultlink server; update Vaultlink to "
                                                        "use it.")},
    {msg::QrPartMissing, QT_TRANSLATE_NOOP("Messages", "The link code has no %1.")},
    {msg::QrPartTwice, QT_TRANSLATE_NOOP("Messages", "The link code gives its %1 twice.")},
    {msg::QrPartEncoding,
     QT_TRANSLATE_NOOP("Messages", "The link code's %1 is not correctly encoded.")},
    {msg::QrVersionNotNumber,
     QT_TRANSLATE_NOOP("Messages", "The link code's version number is not a whole number.")},
    {msg::QrVersionInvalid,
     QT_TRANSLATE_NOOP("Messages", "The link code's version number is not valid.")},
    {msg::QrServerHttp, QT_TRANSLATE_NOOP("Messages", "The link code's server address uses http, "
                                                      "not https; Vaultlink only connects over "
                                                      "https.")},
    {msg::QrServerUnusable,
     QT_TRANSLATE_NOOP("Messages", "The link code's server address is not usable: %1")},
    {msg::QrServerNotHttps,
     QT_TRANSLATE_NOOP("Messages", "The link code's server address does not use https.")},
    {msg::QrDatabaseId,
     QT_TRANSLATE_NOOP("Messages", "The link code's database id is not a positive number.")},
    {msg::QrTokenCharacters, QT_TRANSLATE_NOOP("Messages", "The link code's link token contains "
                                                           "characters a token cannot have.")},
    {msg::QrTokenShort, QT_TRANSLATE_NOOP("Messages", "The link code's link token is too short.")},
    {msg::QrTokenLong, QT_TRANSLATE_NOOP("Messages", "The link code's link token is too long.")},
    {msg::QrPinInvalid,
     QT_TRANSLATE_NOOP("Messages", "The link code's server key pin is not a valid sha256 pin.")},
    {msg::QrTrailingText,
     QT_TRANSLATE_NOOP("Messages", "The link code has unexpected text after its parameters.")},

    {msg::PartVersion, QT_TRANSLATE_NOOP("Messages", "version number")},
    {msg::PartServer, QT_TRANSLATE_NOOP("Messages", "server address")},
    {msg::PartDatabaseId, QT_TRANSLATE_NOOP("Messages", "database id")},
    {msg::PartDatabaseName, QT_TRANSLATE_NOOP("Messages", "database name")},
    {msg::PartUser, QT_TRANSLATE_NOOP("Messages", "user name")},
    {msg::PartToken, QT_TRANSLATE_NOOP("Messages", "link token")},
    {msg::PartPin, QT_TRANSLATE_NOOP("Messages", "server key pin")},
    {msg::ForeignNothing, QT_TRANSLATE_NOOP("Messages", "nothing")},
    {msg::ForeignVaultlink, QT_TRANSLATE_NOOP("Messages", "a Vaultlink code of another kind")},
    {msg::ForeignWebAddress, QT_TRANSLATE_NOOP("Messages", "a web address")},
    {msg::ForeignWifi, QT_TRANSLATE_NOOP("Messages", "Wi-Fi network details")},
    {msg::ForeignEmail, QT_TRANSLATE_NOOP("Messages", "an e-mail address")},
    {msg::ForeignEmailMessage, QT_TRANSLATE_NOOP("Messages", "an e-mail message")},
    {msg::ForeignPhone, QT_TRANSLATE_NOOP("Messages", "a phone number")},
    {msg::ForeignTextMessage, QT_TRANSLATE_NOOP("Messages", "a text message")},
    {msg::ForeignContact, QT_TRANSLATE_NOOP("Messages", "a contact card")},
    {msg::ForeignEvent, QT_TRANSLATE_NOOP("Messages", "a calendar event")},
    {msg::ForeignLocation, QT_TRANSLATE_NOOP("Messages", "a map location")},
    {msg::ForeignOtpSetup, QT_TRANSLATE_NOOP("Messages", "a two-factor authentication setup")},
    {msg::ForeignOtpExport, QT_TRANSLATE_NOOP("Messages", "a two-factor authentication export")},
    {msg::ForeignOtherLink, QT_TRANSLATE_NOOP("Messages", "a link of another kind")},
    {msg::ForeignText, QT_TRANSLATE_NOOP("Messages", "plain text")},

    {msg::ProfileNameLength, QT_TRANSLATE_NOOP("Messages", "A profile name needs 1 to 64 "
                                                           "characters.")},
    {msg::ProfileNameControl,
     QT_TRANSLATE_NOOP("Messages", "A profile name cannot hold control characters.")},
    {msg::ProfileExists, QT_TRANSLATE_NOOP("Messages", "A profile named \"%1\" already exists; "
                                                       "choose another name.")},
    {msg::ProfileUnknown, QT_TRANSLATE_NOOP("Messages", "There is no profile named \"%1\".")},
    {msg::DatabaseNotOnServer, QT_TRANSLATE_NOOP("Messages", "The server has no database named "
                                                             "\"%1\"; choose one from its "
                                                             "list.")},
    {msg::LinkCodeMismatch, QT_TRANSLATE_NOOP("Messages", "The server's answer to this link code "
                                                          "names another database or user than "
                                                          "the code itself; it was not used.")},
    {msg::MfaUnsupported, QT_TRANSLATE_NOOP("Messages", "This account's second factor cannot be "
                                                        "answered from this app; ask your "
                                                        "administrator.")},
    {msg::MfaCodeMissing, QT_TRANSLATE_NOOP("Messages", "This account needs a second factor; "
                                                        "the login was cancelled without one.")},
    {msg::MfaDenied, QT_TRANSLATE_NOOP("Messages", "The sign-in was denied.")},
    {msg::MfaApprovalExpired,
     QT_TRANSLATE_NOOP("Messages", "Nobody approved the sign-in in time; try again.")},
    {msg::MfaCancelled, QT_TRANSLATE_NOOP("Messages", "The sign-in was cancelled.")},
    {msg::MfaKeyUnknown,
     QT_TRANSLATE_NOOP("Messages", "This security key is not registered for your account.")},
    {msg::MfaKeyRefused,
     QT_TRANSLATE_NOOP("Messages", "The server refused the security key's answer (%1).")},
    {msg::MfaMethodNotOffered,
     QT_TRANSLATE_NOOP("Messages", "This account cannot sign in with %1; it offers: %2.")},
    {msg::SecurityKeyNone, QT_TRANSLATE_NOOP("Messages", "No security key was found: plug it in "
                                                         "or hold it to the phone.")},
    {msg::SecurityKeyNotRegistered,
     QT_TRANSLATE_NOOP("Messages", "This security key holds none of your account's keys.")},
    {msg::SecurityKeyTimedOut,
     QT_TRANSLATE_NOOP("Messages", "The security key was not touched in time.")},
    {msg::SecurityKeyCancelled,
     QT_TRANSLATE_NOOP("Messages", "The security key's request was cancelled.")},
    {msg::SecurityKeyFailed, QT_TRANSLATE_NOOP("Messages", "The security key did not answer.")},
    {msg::WrongPassword, QT_TRANSLATE_NOOP("Messages", "Wrong password for profile \"%1\".")},
    {msg::MirrorMissing, QT_TRANSLATE_NOOP("Messages", "The local copy of profile \"%1\" is "
                                                       "missing; remove the profile and link it "
                                                       "again.")},
    {msg::ProfileBusy, QT_TRANSLATE_NOOP("Messages", "Another Vaultlink process is synchronizing "
                                                     "profile \"%1\"; try again when it has "
                                                     "finished.")},
    {msg::OfflineTooLong, QT_TRANSLATE_NOOP("Messages", "This copy has not reached the server "
                                                        "since %1, longer than the %2 your "
                                                        "administrator allows. Enter your "
                                                        "password and choose Connect to "
                                                        "continue.")},
    {msg::FirstSyncIncomplete, QT_TRANSLATE_NOOP("Messages", "Profile \"%1\" was linked, but its "
                                                             "first synchronization did not "
                                                             "finish: %2 Open it and synchronize "
                                                             "to continue where it stopped.")},
    {msg::MirrorUndecryptable, QT_TRANSLATE_NOOP("Messages", "The local database %1 cannot be "
                                                             "decrypted: it is damaged or was "
                                                             "replaced. It was left as it is.")},
    {msg::MirrorCorrupt, QT_TRANSLATE_NOOP("Messages", "The local database is damaged (%1). "
                                                       "\"Fix synchronization errors\" in the "
                                                       "settings "
                                                       "rebuilds it from the server.")},
    {msg::MirrorTooNew, QT_TRANSLATE_NOOP("Messages", "The local database was written by a newer "
                                                      "Vaultlink; update the app.")},
    {msg::MirrorBusy, QT_TRANSLATE_NOOP("Messages", "The local database is busy in another "
                                                    "process; try again when it has finished.")},
    {msg::MirrorIo,
     QT_TRANSLATE_NOOP("Messages", "The local database cannot be read or written (%1).")},
    {msg::RegistryUnreadable, QT_TRANSLATE_NOOP("Messages", "Cannot read the profile list (%1).")},
    {msg::RegistryDamaged, QT_TRANSLATE_NOOP("Messages", "The profile list is damaged or from a "
                                                         "newer Vaultlink; it was left as it "
                                                         "is.")},
    {msg::RegistryEntryDamaged, QT_TRANSLATE_NOOP("Messages", "The profile list holds a damaged "
                                                              "entry; it was left as it is.")},
    {msg::RegistryUnwritable, QT_TRANSLATE_NOOP("Messages", "Cannot write the profile list (%1).")},
    {msg::SyncMismatch, QT_TRANSLATE_NOOP("Messages", "The server's records and this device's "
                                                      "copy still differ after a full "
                                                      "synchronization; the previous copy was "
                                                      "kept.")},
    {msg::Unexpected, QT_TRANSLATE_NOOP("Messages", "Unexpected failure: %1")},
    {msg::RecordNotHere, QT_TRANSLATE_NOOP("Messages", "There is no record %1 on this device.")},
    {msg::FormsNotKnown,
     QT_TRANSLATE_NOOP(
         "Messages",
         "This device does not know the server's forms yet; synchronize once, then try again.")},
    {msg::FormNotHere, QT_TRANSLATE_NOOP("Messages", "The server has no form \"%1\".")},
    {msg::FieldNotInForm, QT_TRANSLATE_NOOP("Messages", "The form \"%2\" has no field \"%1\".")},
    {msg::NameRequired, QT_TRANSLATE_NOOP("Messages", "A record needs a name.")},
    {msg::UnitNotHere,
     QT_TRANSLATE_NOOP("Messages", "You cannot see an organizational unit \"%1\".")},
    {msg::CreatePersonalNotAllowed,
     QT_TRANSLATE_NOOP("Messages", "The server does not let you create personal records.")},
    {msg::CreateInUnitNotAllowed,
     QT_TRANSLATE_NOOP("Messages", "The server does not let you add records to \"%1\".")},
    {msg::EditNotAllowed,
     QT_TRANSLATE_NOOP("Messages",
                       "Read only: the server does not let you change records of \"%1\".")},
    {msg::DeleteNotAllowed,
     QT_TRANSLATE_NOOP("Messages", "The server does not let you delete records of \"%1\".")},
    {msg::BiometricCancelled, QT_TRANSLATE_NOOP("Messages", "Biometric unlock was cancelled.")},
    {msg::BiometricNotRecognised,
     QT_TRANSLATE_NOOP("Messages", "Not recognised; try again or use your password.")},
    {msg::BiometricLockedOut,
     QT_TRANSLATE_NOOP(
         "Messages",
         "Too many attempts: biometric unlock is locked for a while; use your password.")},
    {msg::BiometricBusy,
     QT_TRANSLATE_NOOP("Messages", "The sensor could not be used just now; try again.")},
    {msg::BiometricFailed,
     QT_TRANSLATE_NOOP("Messages", "Biometric unlock did not work this time; use your password.")},
    {msg::BiometricNoHardware,
     QT_TRANSLATE_NOOP("Messages", "This device offers no biometric unlock.")},
    {msg::BiometricOff,
     QT_TRANSLATE_NOOP("Messages", "Biometric unlock is off for this profile; unlock with your "
                                   "password, then turn it on in the settings.")},
    {msg::BiometricInvalidated,
     QT_TRANSLATE_NOOP("Messages",
                       "Biometric unlock was turned off: the fingerprints, face or screen lock of "
                       "this device changed. Unlock with your password to turn it on again.")},
    {msg::BiometricNotEnrolled,
     QT_TRANSLATE_NOOP("Messages",
                       "Biometric unlock was turned off: no fingerprint or face is enrolled on "
                       "this device any more. Unlock with your password to turn it on again.")},
    {msg::BiometricLockoutPermanent,
     QT_TRANSLATE_NOOP(
         "Messages",
         "Biometric unlock was turned off after too many failed attempts; unlock the device with "
         "its screen lock, then unlock with your password to turn it on again.")},
    {msg::BiometricForbidden,
     QT_TRANSLATE_NOOP("Messages",
                       "The server does not allow biometric unlock; it was turned off.")},
    {msg::SignInNeedsPassword,
     QT_TRANSLATE_NOOP("Messages", "The server's session has ended. Lock, then unlock with your "
                                   "password to sign in again.")},
    {msg::DeviceLoginRefused,
     QT_TRANSLATE_NOOP("Messages", "The server's session has ended, and signing in with "
                                   "biometrics did not work: %1 Lock, then unlock with your "
                                   "password to sign in again.")},
    {msg::DeviceLoginNeedsPassword,
     QT_TRANSLATE_NOOP("Messages", "The server wants your password as well.")},
    {msg::AutofillAddress,
     QT_TRANSLATE_NOOP("Messages", "\"%1\" is not a web address (http or https, with a host).")},
    {msg::ReadOnlyCopy,
     QT_TRANSLATE_NOOP("Messages",
                       "Read only: this is your copy of a record the server deleted, which you may "
                       "not create again; keep what you need, then discard it.")},
    {msg::NoteNotHere, QT_TRANSLATE_NOOP("Messages", "There is no conflict or note number %1.")},
    {msg::FieldGoneNoKeep,
     QT_TRANSLATE_NOOP("Messages", "The field \"%1\" no longer exists on the server; copy the "
                                   "value where you need it, then discard the note.")},

    {msg::ResyncInterrupted,
     QT_TRANSLATE_NOOP("Messages", "an earlier full synchronization was interrupted")},
    {msg::ResyncCursorUnknown, QT_TRANSLATE_NOOP("Messages", "the server no longer knows this "
                                                             "device's position in its "
                                                             "history")},
    {msg::ResyncMismatch,
     QT_TRANSLATE_NOOP("Messages", "the local copy did not match the server's records")},
    {msg::ResyncIntegrity, QT_TRANSLATE_NOOP("Messages", "the local file was damaged")},
    {msg::ResyncDigest,
     QT_TRANSLATE_NOOP("Messages", "the local copy's records differ from its own record of them")},
    {msg::ResyncDamaged, QT_TRANSLATE_NOOP("Messages", "part of the local file could no longer be "
                                                       "read (damaged or changed outside "
                                                       "Vaultlink)")},
    {msg::SessionReplaced, QT_TRANSLATE_NOOP("Messages", "The server had ended this device's "
                                                         "session because a session key was "
                                                         "used twice; it may have been copied. "
                                                         "Logged in again; tell your "
                                                         "administrator if this was not you.")},
    {msg::SessionEndedIdle,
     QT_TRANSLATE_NOOP("Messages", "Your session ended after %1 without use; sign in again.")},
    {msg::SessionEndedAge, QT_TRANSLATE_NOOP("Messages", "Your session reached its limit of %1; "
                                                         "sign in again.")},
    {msg::ServerNotTold, QT_TRANSLATE_NOOP("Messages", "The server could not be told: %1 Its "
                                                       "session for this device ends on its "
                                                       "own.")},
};

} // namespace

std::span<const Sentence> localSentences() {
    return kSentences;
}

QString presentArgument(const QString &key, int index, const QString &value) {
    if (!isDurationArgument(key, index))
        return value;
    const WholeDuration duration = wholeDuration(value.toLongLong());
    static const char *const units[] = {QT_TRANSLATE_N_NOOP("Messages", "%n second(s)"),
                                        QT_TRANSLATE_N_NOOP("Messages", "%n minute(s)"),
                                        QT_TRANSLATE_N_NOOP("Messages", "%n hour(s)"),
                                        QT_TRANSLATE_N_NOOP("Messages", "%n day(s)")};
    return QCoreApplication::translate("Messages", units[static_cast<int>(duration.unit)], nullptr,
                                       static_cast<int>(duration.count));
}

} // namespace vaultlink::ui
