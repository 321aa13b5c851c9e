#include "platform/android/android_biometric_key_store.h"

#include "platform/android/biometric_codes.h"
#include "platform/android/jni.h"
#include "platform/biometric_requests.h"

#include <mutex>

namespace vaultlink::platform {

namespace {
using Token = BiometricKeyStore::Token;

constexpr auto bridge = "org/vaultlink/app/BiometricBridge";
constexpr auto availabilitySignature = "(Landroid/content/Context;)I";
constexpr auto createKeysSignature = "(Landroid/content/Context;JLjava/lang/String;)V";
// activity, token, alias, the bytes, [aad,] then the prompt's title, subtitle and cancel button
constexpr auto sealOrOpenSignature = "(Landroid/app/Activity;JLjava/lang/String;[B[B"
                                     "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V";
constexpr auto signSignature = "(Landroid/app/Activity;JLjava/lang/String;[B"
                               "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V";

// Java answers through one static method, which finds the request by its token alone. Never
// destroyed: Java may still answer while the process exits.
BiometricRequests &requests() {
    static auto *const pending = new BiometricRequests;
    return *pending;
}

// BiometricBridge.onResult, on Java's thread (its UI thread, or its key thread). The bytes are
// copied here, before Java overwrites its array.
void JNICALL onResult(JNIEnv *env, jclass, jlong token, jint code, jbyteArray data,
                      jstring detail) {
    const QString name = android::javaCodeName(code);
    const QString words = android::text(env, detail);
    requests().answer(static_cast<Token>(token), android::errorFromJava(code),
                      android::secureBytes(env, data),
                      words.isEmpty() ? name : name + QStringLiteral(": ") + words);
}

// A class's natives last for the process, beyond any store: registered once, and tried again
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

Token refused(Token token, BiometricError error, const QString &why) {
    requests().answer(token, error, {}, why);
    return token;
}

// The prompt's words, as Java Strings.
struct Words {
    explicit Words(const BiometricPrompt &prompt)
        : title(QJniObject::fromString(prompt.title))
        , subtitle(QJniObject::fromString(prompt.subtitle))
        , cancel(QJniObject::fromString(prompt.cancel)) {}
    QJniObject title;
    QJniObject subtitle;
    QJniObject cancel;
};

// seal, open and sign: Java keeps its one prompt on Android's UI thread and starts the prompt's
// activity from there, so `call` runs there, unless the request ended on the way. `secret` is
// the byte[] to overwrite if it never reaches Java.
Token prompted(const void *owner, BiometricKeyStore::Done done, const QJniObject &secret,
               std::function<void(const QJniObject &activity, jlong token)> call) {
    const Token token = requests().add(owner, std::move(done));
    if (!nativesRegistered()) {
        android::wipe(secret);
        return refused(token, BiometricError::Other, QStringLiteral("BiometricBridge is missing"));
    }
    android::runOnUiThread([token, secret, call = std::move(call)] {
        if (!requests().isPending(token)) { // cancelled before it reached Java
            android::wipe(secret);
            return;
        }
        const QJniObject activity = android::activity();
        if (!activity.isValid()) {
            android::wipe(secret);
            refused(token, BiometricError::NoHardware,
                    QStringLiteral("no activity to show the prompt over"));
            return;
        }
        call(activity, static_cast<jlong>(token));
    });
    return token;
}
} // namespace

AndroidBiometricKeyStore::AndroidBiometricKeyStore() {
    nativesRegistered(); // before Java is first asked for anything
}

AndroidBiometricKeyStore::~AndroidBiometricKeyStore() {
    for (const Token token : requests().forget(this))
        android::runOnUiThread([token] {
            QJniObject::callStaticMethod<void>(bridge, "cancel", "(J)V", static_cast<jlong>(token));
        });
}

BiometricAvailability AndroidBiometricKeyStore::availability() const {
    const QJniObject context = android::context();
    if (!context.isValid() || !nativesRegistered())
        return {BiometricAvailability::Kind::None, BiometricError::NoHardware};
    const auto status = QJniObject::callStaticMethod<jint>(bridge, "availability",
                                                           availabilitySignature, context.object());
    const auto sensors = QJniObject::callStaticMethod<jint>(
        bridge, "sensors", availabilitySignature, context.object());
    return android::availabilityFromJava(status, sensors);
}

// Java makes the keys on its own thread (a StrongBox keygen takes seconds) and answers from it.
BiometricKeyStore::Token AndroidBiometricKeyStore::createKeys(const QString &alias, Done done) {
    const Token token = requests().add(this, std::move(done));
    const QJniObject context = android::context();
    if (!nativesRegistered())
        return refused(token, BiometricError::Other, QStringLiteral("BiometricBridge is missing"));
    if (!context.isValid())
        return refused(token, BiometricError::NoHardware, QStringLiteral("no Android context"));
    QJniObject::callStaticMethod<void>(bridge, "createKeys", createKeysSignature, context.object(),
                                       static_cast<jlong>(token),
                                       QJniObject::fromString(alias).object<jstring>());
    return token;
}

BiometricKeyStore::Token AndroidBiometricKeyStore::seal(const QString &alias,
                                                        const SecureBuffer &plain,
                                                        const QByteArray &aad,
                                                        const BiometricPrompt &prompt, Done done) {
    // The secret goes straight from wiped memory into the Java array, which Java overwrites.
    const QJniObject javaPlain = android::byteArray(plain.view());
    const QJniObject javaAad = android::byteArray(aad);
    const QJniObject javaAlias = QJniObject::fromString(alias);
    const Words words(prompt);
    return prompted(this, std::move(done), javaPlain, [=](const QJniObject &activity, jlong token) {
        QJniObject::callStaticMethod<void>(
            bridge, "seal", sealOrOpenSignature, activity.object(), token,
            javaAlias.object<jstring>(), javaPlain.object<jbyteArray>(),
            javaAad.object<jbyteArray>(), words.title.object<jstring>(),
            words.subtitle.object<jstring>(), words.cancel.object<jstring>());
    });
}

BiometricKeyStore::Token AndroidBiometricKeyStore::open(const QString &alias,
                                                        const QByteArray &sealed,
                                                        const QByteArray &aad,
                                                        const BiometricPrompt &prompt, Done done) {
    const QJniObject javaSealed = android::byteArray(sealed);
    const QJniObject javaAad = android::byteArray(aad);
    const QJniObject javaAlias = QJniObject::fromString(alias);
    const Words words(prompt);
    return prompted(this, std::move(done), QJniObject(),
                    [=](const QJniObject &activity, jlong token) {
                        QJniObject::callStaticMethod<void>(
                            bridge, "open", sealOrOpenSignature, activity.object(), token,
                            javaAlias.object<jstring>(), javaSealed.object<jbyteArray>(),
                            javaAad.object<jbyteArray>(), words.title.object<jstring>(),
                            words.subtitle.object<jstring>(), words.cancel.object<jstring>());
                    });
}

BiometricKeyStore::Token AndroidBiometricKeyStore::sign(const QString &alias,
                                                        const QByteArray &message,
                                                        const BiometricPrompt &prompt, Done done) {
    const QJniObject javaMessage = android::byteArray(message);
    const QJniObject javaAlias = QJniObject::fromString(alias);
    const Words words(prompt);
    return prompted(this, std::move(done), QJniObject(),
                    [=](const QJniObject &activity, jlong token) {
                        QJniObject::callStaticMethod<void>(
                            bridge, "sign", signSignature, activity.object(), token,
                            javaAlias.object<jstring>(), javaMessage.object<jbyteArray>(),
                            words.title.object<jstring>(), words.subtitle.object<jstring>(),
                            words.cancel.object<jstring>());
                    });
}

void AndroidBiometricKeyStore::cancel(Token token) {
    if (!requests().answer(token, BiometricError::Cancelled, {},
                           QStringLiteral("cancelled by the app")))
        return;
    // Java closes its prompt if the request got that far; its own answer then comes too late.
    android::runOnUiThread([token] {
        QJniObject::callStaticMethod<void>(bridge, "cancel", "(J)V", static_cast<jlong>(token));
    });
}

// Java deletes on its key thread, after any keygen asked for before.
void AndroidBiometricKeyStore::remove(const QString &alias) {
    QJniObject::callStaticMethod<void>(bridge, "remove", "(Ljava/lang/String;)V",
                                       QJniObject::fromString(alias).object<jstring>());
}

} // namespace vaultlink::platform
