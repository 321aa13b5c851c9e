#include "platform/android/android_security_key.h"

#include "platform/android/jni.h"
#include "platform/security_key_requests.h"

#include <mutex>

namespace vaultlink::platform {

namespace android {
namespace {
struct Code {
    int code = 0;
    const char *name = nullptr;
    std::optional<SecurityKeyError> error;
};

namespace code = securityKeyCode;
constexpr Code codes[] = {
    {code::ok, "OK", std::nullopt},
    // No FIDO2 on this device (a Play services build without it).
    {code::notSupportedErr, "NOT_SUPPORTED_ERR", SecurityKeyError::NoDevice},
    {code::invalidStateErr, "INVALID_STATE_ERR", SecurityKeyError::Other},
    // The rpId does not list the app (assetlinks.json): WebAuthn's wrong origin.
    {code::securityErr, "SECURITY_ERR", SecurityKeyError::NotAllowed},
    {code::networkErr, "NETWORK_ERR", SecurityKeyError::Other},
    {code::abortErr, "ABORT_ERR", SecurityKeyError::Cancelled},
    {code::timeoutErr, "TIMEOUT_ERR", SecurityKeyError::TimedOut},
    {code::encodingErr, "ENCODING_ERR", SecurityKeyError::Other},
    {code::unknownErr, "UNKNOWN_ERR", SecurityKeyError::Other},
    {code::constraintErr, "CONSTRAINT_ERR", SecurityKeyError::Other},
    {code::dataErr, "DATA_ERR", SecurityKeyError::Other},
    // WebAuthn's NotAllowedError, which Play services also give when the user closes their
    // sheet: the front end words it as "cancelled or not allowed".
    {code::notAllowedErr, "NOT_ALLOWED_ERR", SecurityKeyError::NotAllowed},
    {code::attestationNotPrivateErr, "ATTESTATION_NOT_PRIVATE_ERR", SecurityKeyError::Other},
    {code::cancelled, "CANCELLED", SecurityKeyError::Cancelled},
    {code::unavailable, "UNAVAILABLE", SecurityKeyError::NoDevice},
    {code::busy, "BUSY", SecurityKeyError::Other},
    {code::failed, "FAILED", SecurityKeyError::Other},
};

const Code *find(int value) {
    for (const Code &known : codes)
        if (known.code == value)
            return &known;
    return nullptr;
}
} // namespace

std::optional<SecurityKeyError> securityKeyErrorFromJava(int value) {
    const Code *known = find(value);
    return known ? known->error : SecurityKeyError::Other;
}

QString securityKeyCodeName(int value) {
    const Code *known = find(value);
    const QString name = known ? QString::fromLatin1(known->name) : QStringLiteral("unknown");
    return QStringLiteral("%1 (%2)").arg(name).arg(value);
}

std::optional<QByteArray> packCredentialIds(const QList<QByteArray> &ids) {
    QByteArray packed;
    for (const QByteArray &id : ids) {
        if (id.size() > 0xffff)
            return std::nullopt;
        packed.append(static_cast<char>((id.size() >> 8) & 0xff));
        packed.append(static_cast<char>(id.size() & 0xff));
        packed.append(id);
    }
    return packed;
}
} // namespace android

namespace {
using Token = SecurityKey::Token;
using Reply = SecurityKey::Reply;

constexpr auto bridge = "org/vaultlink/app/SecurityKeyBridge";
// activity, token, rpId, challenge, the packed allow list, the timeout in milliseconds
constexpr auto getAssertionSignature = "(Landroid/app/Activity;JLjava/lang/String;[B[BI)V";

// Never destroyed: Java may still answer while the process exits.
SecurityKeyRequests &requests() {
    static auto *const pending = new SecurityKeyRequests;
    return *pending;
}

Reply failure(SecurityKeyError error, const QString &detail) {
    Reply reply;
    reply.error = error;
    reply.detail = detail;
    return reply;
}

QByteArray plainBytes(JNIEnv *env, jbyteArray array) {
    return android::secureBytes(env, array).view().toByteArray();
}

// SecurityKeyBridge.onResult, on Android's UI thread. The bytes are copied here, during the
// call.
void JNICALL onResult(JNIEnv *env, jclass, jlong token, jint code, jbyteArray credentialId,
                      jbyteArray clientDataJson, jbyteArray authenticatorData, jbyteArray signature,
                      jbyteArray userHandle, jstring detail) {
    const QString name = android::securityKeyCodeName(code);
    const QString words = android::text(env, detail);
    Reply reply;
    reply.error = android::securityKeyErrorFromJava(code);
    reply.detail = words.isEmpty() ? name : name + QStringLiteral(": ") + words;
    if (!reply.error) {
        reply.assertion.credentialId = plainBytes(env, credentialId);
        reply.assertion.clientDataJson = plainBytes(env, clientDataJson);
        reply.assertion.authenticatorData = plainBytes(env, authenticatorData);
        reply.assertion.signature = plainBytes(env, signature);
        reply.assertion.userHandle = plainBytes(env, userHandle);
    }
    requests().answer(static_cast<Token>(token), std::move(reply));
}

// A class's natives last for the process, beyond any key: registered once, and tried again
// only after a failure (the class missing from the package), which every request then reports.
bool nativesRegistered() {
    static std::mutex mutex;
    static bool registered = false;
    const std::lock_guard lock(mutex);
    if (!registered) {
        const JNINativeMethod methods[] = {android::staticNative("onResult", &onResult)};
        registered = android::registerNatives(bridge, methods, 1);
    }
    return registered;
}

Token refused(Token token, SecurityKeyError error, const QString &why) {
    requests().answer(token, failure(error, why));
    return token;
}
} // namespace

AndroidSecurityKey::AndroidSecurityKey() {
    nativesRegistered(); // before Java is first asked for anything
}

AndroidSecurityKey::~AndroidSecurityKey() {
    for (const Token token : requests().forget(this))
        android::runOnUiThread([token] {
            QJniObject::callStaticMethod<void>(bridge, "cancel", "(J)V", static_cast<jlong>(token));
        });
}

SecurityKey::Kind AndroidSecurityKey::kind() const {
    return Kind::Nfc; // held to the phone, or plugged into it
}

// Java starts Play services' sheet from Android's UI thread, where it also gets its answer.
SecurityKey::Token AndroidSecurityKey::getAssertion(const SecurityKeyRequest &request, Done done) {
    const Token token = requests().add(this, std::move(done));
    if (!nativesRegistered())
        return refused(token, SecurityKeyError::Other,
                       QStringLiteral("SecurityKeyBridge is missing"));
    const std::optional<QByteArray> allowList =
        android::packCredentialIds(request.allowCredentials);
    if (!allowList)
        return refused(token, SecurityKeyError::Other,
                       QStringLiteral("a credential id is longer than 65535 bytes"));
    const QJniObject rpId = QJniObject::fromString(request.rpId);
    const QJniObject challenge = android::byteArray(request.challenge);
    const QJniObject allowed = android::byteArray(*allowList);
    const auto timeout = static_cast<jint>(request.timeoutMs);
    android::runOnUiThread([token, rpId, challenge, allowed, timeout] {
        if (!requests().isPending(token))
            return; // cancelled before it reached Java
        const QJniObject activity = android::activity();
        if (!activity.isValid()) {
            refused(token, SecurityKeyError::NoDevice,
                    QStringLiteral("no activity to show the security key sheet over"));
            return;
        }
        QJniObject::callStaticMethod<void>(bridge, "getAssertion", getAssertionSignature,
                                           activity.object(), static_cast<jlong>(token),
                                           rpId.object<jstring>(), challenge.object<jbyteArray>(),
                                           allowed.object<jbyteArray>(), timeout);
    });
    return token;
}

void AndroidSecurityKey::cancel(Token token) {
    if (!requests().answer(
            token, failure(SecurityKeyError::Cancelled, QStringLiteral("cancelled by the app"))))
        return;
    // Java forgets the request; Play services' sheet has no cancel and stays until closed, and
    // its answer then finds nothing.
    android::runOnUiThread([token] {
        QJniObject::callStaticMethod<void>(bridge, "cancel", "(J)V", static_cast<jlong>(token));
    });
}

} // namespace vaultlink::platform
