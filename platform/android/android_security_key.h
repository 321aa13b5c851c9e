#pragma once

#include "platform/security_key.h"

namespace vaultlink::platform {

namespace android {
// SecurityKeyBridge.java's result codes (platform/android/package/src/): 0; the ErrorCode of
// Play services' AuthenticatorErrorResponse by its WebAuthn (DOMException) number; and the
// bridge's own from 100 on. The test reads them in the Java.
namespace securityKeyCode {
constexpr int ok = 0;
constexpr int notSupportedErr = 9;
constexpr int invalidStateErr = 11;
constexpr int securityErr = 18; // the rpId is not the app's (Digital Asset Links)
constexpr int networkErr = 19;
constexpr int abortErr = 20;
constexpr int timeoutErr = 23;
constexpr int encodingErr = 27;
constexpr int unknownErr = 28;
constexpr int constraintErr = 29;
constexpr int dataErr = 30;
constexpr int notAllowedErr = 35; // also the user closing Play services' own sheet
constexpr int attestationNotPrivateErr = 36;
constexpr int cancelled = 100;   // the FIDO activity came back without a result (back, home)
constexpr int unavailable = 101; // getSignPendingIntent failed: no, or no usable, Play services
constexpr int busy = 102;        // another request is on screen
constexpr int failed = 103;      // any other exception; the detail names it
} // namespace securityKeyCode

// Empty for ok; a code not known here is Other.
std::optional<SecurityKeyError> securityKeyErrorFromJava(int code);
// "NOT_ALLOWED_ERR (35)", for Reply::detail.
QString securityKeyCodeName(int code);
// The allow list as one byte[] for SecurityKeyBridge.getAssertion: each id as its length (two
// bytes, big-endian) and its bytes. Empty when an id is longer than 65535 bytes.
std::optional<QByteArray> packCredentialIds(const QList<QByteArray> &ids);
} // namespace android

// FIDO2 security keys through Google Play services' FIDO2 API (Fido2ApiClient, NFC and USB
// keys), via SecurityKeyBridge.java: Play services build the client data themselves, with the
// app's facet (android:apk-key-hash:…) as its origin, so request.origin is not used; the rpId
// must list the app in its Digital Asset Links. Play services' request options have no user
// verification setting: request.userVerification is not passed, and the server checks the UV
// flag. Java answers through one static native method; the replies go through the process's
// SecurityKeyRequests to the threads that asked.
class AndroidSecurityKey final : public SecurityKey {
public:
    AndroidSecurityKey();
    ~AndroidSecurityKey() override;
    AndroidSecurityKey(const AndroidSecurityKey &) = delete;
    AndroidSecurityKey &operator=(const AndroidSecurityKey &) = delete;

    Kind kind() const override;
    Token getAssertion(const SecurityKeyRequest &request, Done done) override;
    void cancel(Token token) override;
};

} // namespace vaultlink::platform
