#pragma once

#include "src/api/api_types.h"
#include "src/base/message.h"
#include "src/crypto/secure_buffer.h"
#include "src/profiles/second_factor.h"
#include "src/storage/profile_registry.h"

#include <functional>

namespace vaultlink {

class ApiClient;

// What the user's biometrics gave for a device login.
struct DeviceSignature {
    QByteArray der;         // the DER ECDSA-SHA256 signature; empty: nothing was signed
    Message refusal;        // why not, in the biometric messages' words
    bool turnedOff = false; // a lasting answer: the signer has turned biometrics off already
};
// Has the profile's device-login key sign `message` (the platform asks for the user's
// biometrics). Called on the sync's thread, and may wait there while the prompt is shown.
using DeviceSigner =
    std::function<DeviceSignature(const ProfileRecord &profile, const QByteArray &message)>;

// What a sync may use to start a new server session when the stored one has ended. `password`
// is empty after a biometric unlock; `signer` is empty where biometrics cannot sign.
struct SignIn {
    const SecureBuffer &password;
    OtpPrompt otp; // answers a code method (TOTP, PIN) where `mfa` is not given
    DeviceSigner signer;
    SecondFactorUi *mfa = nullptr; // the whole second-factor step (second_factor.h)
};

// What came of a login besides its grant; filled in as it goes, so that it also holds when the
// login ends with a throw.
struct LoginNotes {
    bool byDeviceKey = false;   // the device-login key stood in for the password or the code
    bool deviceKeyLost = false; // the server refused the registered key (unknown, not matching)
    Message notice;             // biometrics were turned off meanwhile; the password went on
    QString mfaMethod;          // the second factor that was answered, if one was
};

// A new session for the profile (docs/api.md §3, §7.3, §7.18, §7.19), chosen as follows:
// - with a password: the password login. When the server then asks for a second factor and the
//   profile has a registered device key and the policy lets it stand in for the code
//   ("second-factor", "both"), the user's biometrics sign in instead of the code; a declined
//   prompt or a refused key falls back to asking for the code.
// - without one (after a biometric unlock): a device-key login, asking for the code only where
//   the server still wants it ("password"). It fails with `sign-in-needs-password` when the
//   profile has no registered key or no signer, and otherwise as
//   `device-login-refused` (the reason inside: the server's refusal, the server wanting the
//   password too, the biometric prompt's answer), code of that reason, so the user knows that
//   the password will do.
// Throws Failure or ApiError; the network's and the device's revocation stay as they are.
TokenGrant logIn(ApiClient &api, const ProfileRecord &profile, const QString &deviceName,
                 const SignIn &signIn, LoginNotes &notes);

} // namespace vaultlink
