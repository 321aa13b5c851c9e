#include "platform/ios/ios_biometric_key_store.h"

#include "platform/biometric_requests.h"
#include "platform/ios/keychain_crypto.h"
#include "platform/ios/keychain_status.h"

#import <Foundation/Foundation.h>
#import <LocalAuthentication/LocalAuthentication.h>
#import <Security/Security.h>
#include <mutex>
#include <unordered_map>

namespace vaultlink::platform {

namespace {
using Token = BiometricKeyStore::Token;

NSString *const service = @"org.vaultlink.biometric";

// Never destroyed: a keychain call may still answer while the process exits.
BiometricRequests &requests() {
    static auto *const pending = new BiometricRequests;
    return *pending;
}

// The contexts of the prompts under way, for cancel(); ARC keeps them (strong references).
struct Prompts {
    std::mutex mutex;
    std::unordered_map<Token, LAContext *> contexts;
};

Prompts &prompts() {
    static auto *const open = new Prompts;
    return *open;
}

void rememberPrompt(Token token, LAContext *context) {
    const std::lock_guard lock(prompts().mutex);
    prompts().contexts[token] = context;
}

LAContext *takePrompt(Token token) {
    const std::lock_guard lock(prompts().mutex);
    const auto found = prompts().contexts.find(token);
    if (found == prompts().contexts.end())
        return nil;
    LAContext *context = found->second;
    prompts().contexts.erase(found);
    return context;
}

// Keychain calls that wait for a prompt block their thread: never the main one.
dispatch_queue_t promptQueue() {
    return dispatch_get_global_queue(QOS_CLASS_USER_INITIATED, 0);
}

// Keygens and deletions, one after another in the order asked.
dispatch_queue_t keyQueue() {
    static dispatch_queue_t queue =
        dispatch_queue_create("org.vaultlink.biometric.keys", DISPATCH_QUEUE_SERIAL);
    return queue;
}

// One prompt, in the words the front end gave. Biometrics only: no passcode fallback button.
LAContext *promptContext(const BiometricPrompt &prompt) {
    LAContext *context = [[LAContext alloc] init];
    // Touch ID shows the reason under the app's name; Face ID shows NSFaceIDUsageDescription
    // the first time instead (platform/ios/Info.plist).
    const QString reason =
        prompt.subtitle.isEmpty() ? prompt.title : prompt.title + u'\n' + prompt.subtitle;
    context.localizedReason = reason.toNSString();
    context.localizedCancelTitle = prompt.cancel.toNSString();
    context.localizedFallbackTitle = @"";
    return context;
}

NSDictionary *aesItem(const QString &alias) {
    return @{
        (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
        (__bridge id)kSecAttrService : service,
        (__bridge id)kSecAttrAccount : alias.toNSString(),
    };
}

NSDictionary *signingKeyItem(const QString &alias) {
    NSString *tag =
        [NSString stringWithFormat:@"org.vaultlink.biometric.%@.ec", alias.toNSString()];
    return @{
        (__bridge id)kSecClass : (__bridge id)kSecClassKey,
        (__bridge id)kSecAttrKeyType : (__bridge id)kSecAttrKeyTypeECSECPrimeRandom,
        (__bridge id)kSecAttrApplicationTag : [tag dataUsingEncoding:NSUTF8StringEncoding],
    };
}

void answerStatus(Token token, OSStatus status) {
    requests().answer(token, ios::errorFromStatus(status).value_or(BiometricError::Other), {},
                      ios::statusName(status));
}

// Security's CFErrors carry an OSStatus, or an LAError when the prompt itself failed.
void answerError(Token token, CFErrorRef cfError) {
    NSError *error = (__bridge_transfer NSError *)cfError;
    if (!error) {
        requests().answer(token, BiometricError::Other, {}, QStringLiteral("no error given"));
        return;
    }
    const QString words = QString::fromNSString(error.localizedDescription);
    if ([error.domain isEqualToString:LAErrorDomain]) {
        requests().answer(token, ios::errorFromLAError(static_cast<long>(error.code)), {},
                          ios::laErrorName(static_cast<long>(error.code)) + u' ' + words);
        return;
    }
    const auto status = static_cast<OSStatus>(error.code);
    requests().answer(token, ios::errorFromStatus(status).value_or(BiometricError::Other), {},
                      ios::statusName(status) + u' ' + words);
}

void deleteKeys(const QString &alias) {
    SecItemDelete((__bridge CFDictionaryRef)aesItem(alias));
    SecItemDelete((__bridge CFDictionaryRef)signingKeyItem(alias));
}

SecAccessControlRef accessControl(SecAccessControlCreateFlags flags, CFErrorRef *error) {
    return SecAccessControlCreateWithFlags(
        kCFAllocatorDefault, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, flags, error);
}

void createKeysNow(Token token, const QString &alias) {
    deleteKeys(alias);
    SecureBuffer key(32);
    if (SecRandomCopyBytes(kSecRandomDefault, key.size(), key.data()) != errSecSuccess) {
        requests().answer(token, BiometricError::Other, {}, QStringLiteral("no random bytes"));
        return;
    }
    CFErrorRef error = nullptr;
    SecAccessControlRef aesAccess = accessControl(kSecAccessControlBiometryCurrentSet, &error);
    if (!aesAccess) {
        answerError(token, error);
        return;
    }
    NSMutableDictionary *item = [aesItem(alias) mutableCopy];
    // No copy of the key outside its wiped buffer, but the keychain's own.
    item[(__bridge id)kSecValueData] = [NSData dataWithBytesNoCopy:key.data()
                                                            length:key.size()
                                                      freeWhenDone:NO];
    item[(__bridge id)kSecAttrAccessControl] = (__bridge_transfer id)aesAccess;
    const OSStatus added = SecItemAdd((__bridge CFDictionaryRef)item, nullptr);
    if (added != errSecSuccess) {
        answerStatus(token, added);
        return;
    }

    SecAccessControlRef signingAccess = accessControl(
        kSecAccessControlPrivateKeyUsage | kSecAccessControlBiometryCurrentSet, &error);
    if (!signingAccess) {
        deleteKeys(alias);
        answerError(token, error);
        return;
    }
    NSMutableDictionary *privateAttributes = [signingKeyItem(alias) mutableCopy];
    [privateAttributes
        removeObjectsForKeys:@[ (__bridge id)kSecClass, (__bridge id)kSecAttrKeyType ]];
    privateAttributes[(__bridge id)kSecAttrIsPermanent] = @YES;
    privateAttributes[(__bridge id)kSecAttrAccessControl] = (__bridge_transfer id)signingAccess;
    NSDictionary *attributes = @{
        (__bridge id)kSecAttrKeyType : (__bridge id)kSecAttrKeyTypeECSECPrimeRandom,
        (__bridge id)kSecAttrKeySizeInBits : @256,
        (__bridge id)kSecAttrTokenID : (__bridge id)kSecAttrTokenIDSecureEnclave,
        (__bridge id)kSecPrivateKeyAttrs : privateAttributes,
    };
    SecKeyRef privateKey = SecKeyCreateRandomKey((__bridge CFDictionaryRef)attributes, &error);
    if (!privateKey) {
        deleteKeys(alias);
        answerError(token, error);
        return;
    }
    SecKeyRef publicKey = SecKeyCopyPublicKey(privateKey);
    CFRelease(privateKey);
    CFDataRef point = publicKey ? SecKeyCopyExternalRepresentation(publicKey, &error) : nullptr;
    if (publicKey)
        CFRelease(publicKey);
    if (!point) {
        deleteKeys(alias);
        answerError(token, error);
        return;
    }
    const QByteArray info =
        ios::p256PublicKeyInfo(QByteArray::fromNSData((__bridge_transfer NSData *)point));
    requests().answer(token, std::nullopt, SecureBuffer::copyOf(info));
}

// The AES key, read with the request's context: the prompt shows here, and this waits for it.
std::optional<SecureBuffer> readKey(Token token, const QString &alias, LAContext *context) {
    NSMutableDictionary *query = [aesItem(alias) mutableCopy];
    query[(__bridge id)kSecReturnData] = @YES;
    query[(__bridge id)kSecMatchLimit] = (__bridge id)kSecMatchLimitOne;
    query[(__bridge id)kSecUseAuthenticationContext] = context;
    CFTypeRef result = nullptr;
    const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
    if (status != errSecSuccess) {
        answerStatus(token, status);
        return std::nullopt;
    }
    // The CFData cannot be wiped; it is released at once.
    NSData *data = (__bridge_transfer NSData *)result;
    return SecureBuffer::copyOf(
        QByteArrayView(static_cast<const char *>(data.bytes), static_cast<qsizetype>(data.length)));
}

// A new enrolment leaves the Secure Enclave key in place but unusable. The AES item, made with
// the same .biometryCurrentSet, is then not found, which a query that may not prompt tells at
// once (found and needing a prompt: errSecInteractionNotAllowed).
bool keysCurrent(Token token, const QString &alias) {
    LAContext *silent = [[LAContext alloc] init];
    silent.interactionNotAllowed = YES;
    NSMutableDictionary *query = [aesItem(alias) mutableCopy];
    query[(__bridge id)kSecReturnData] = @YES;
    query[(__bridge id)kSecUseAuthenticationContext] = silent;
    CFTypeRef result = nullptr;
    const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
    if (result)
        CFRelease(result);
    if (status == errSecInteractionNotAllowed || status == errSecSuccess)
        return true;
    answerStatus(token, status);
    return false;
}

void signNow(Token token, const QString &alias, const QByteArray &message, LAContext *context) {
    if (!keysCurrent(token, alias))
        return;
    NSMutableDictionary *query = [signingKeyItem(alias) mutableCopy];
    query[(__bridge id)kSecReturnRef] = @YES;
    query[(__bridge id)kSecUseAuthenticationContext] = context; // the key's use prompts with it
    CFTypeRef keyRef = nullptr;
    const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &keyRef);
    if (status != errSecSuccess) {
        answerStatus(token, status);
        return;
    }
    auto key = static_cast<SecKeyRef>(const_cast<void *>(keyRef));
    CFErrorRef error = nullptr;
    CFDataRef signature =
        SecKeyCreateSignature(key, kSecKeyAlgorithmECDSASignatureMessageX962SHA256,
                              (__bridge CFDataRef)message.toNSData(), &error);
    CFRelease(key);
    if (!signature) {
        answerError(token, error);
        return;
    }
    const QByteArray der = QByteArray::fromNSData((__bridge_transfer NSData *)signature);
    requests().answer(token, std::nullopt, SecureBuffer::copyOf(der));
}
} // namespace

IosBiometricKeyStore::~IosBiometricKeyStore() {
    for (const Token token : requests().forget(this))
        [takePrompt(token) invalidate];
}

BiometricAvailability IosBiometricKeyStore::availability() const {
    LAContext *context = [[LAContext alloc] init];
    NSError *error = nil;
    const BOOL can = [context canEvaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics
                                          error:&error];
    // biometryType is set by canEvaluatePolicy.
    return ios::availabilityFromLA(can, error ? static_cast<long>(error.code) : 0,
                                   static_cast<long>(context.biometryType));
}

BiometricKeyStore::Token IosBiometricKeyStore::createKeys(const QString &alias, Done done) {
    const Token token = requests().add(this, std::move(done));
    const QString name = alias;
    dispatch_async(keyQueue(), ^{
        createKeysNow(token, name);
    });
    return token;
}

BiometricKeyStore::Token IosBiometricKeyStore::seal(const QString &alias, const SecureBuffer &plain,
                                                    const QByteArray &aad,
                                                    const BiometricPrompt &prompt, Done done) {
    const Token token = requests().add(this, std::move(done));
    LAContext *context = promptContext(prompt);
    rememberPrompt(token, context);
    // A block copies what it captures: the secret goes in one shared, wiped buffer.
    const auto secret = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(plain.view()));
    const QString name = alias;
    const QByteArray boundTo = aad;
    dispatch_async(promptQueue(), ^{
        if (const std::optional<SecureBuffer> key = readKey(token, name, context)) {
            const std::optional<QByteArray> sealed = ios::sealWithKey(*key, *secret, boundTo);
            if (sealed)
                requests().answer(token, std::nullopt, SecureBuffer::copyOf(*sealed));
            else
                requests().answer(token, BiometricError::Other, {},
                                  QStringLiteral("the keychain's key is not 32 bytes"));
        }
        takePrompt(token);
    });
    return token;
}

BiometricKeyStore::Token IosBiometricKeyStore::open(const QString &alias, const QByteArray &sealed,
                                                    const QByteArray &aad,
                                                    const BiometricPrompt &prompt, Done done) {
    const Token token = requests().add(this, std::move(done));
    LAContext *context = promptContext(prompt);
    rememberPrompt(token, context);
    const QString name = alias;
    const QByteArray bytes = sealed;
    const QByteArray boundTo = aad;
    dispatch_async(promptQueue(), ^{
        if (const std::optional<SecureBuffer> key = readKey(token, name, context)) {
            std::optional<SecureBuffer> plain = ios::openWithKey(*key, bytes, boundTo);
            if (plain)
                requests().answer(token, std::nullopt, std::move(*plain));
            else
                requests().answer(token, BiometricError::Other, {},
                                  QStringLiteral("the tag does not match"));
        }
        takePrompt(token);
    });
    return token;
}

BiometricKeyStore::Token IosBiometricKeyStore::sign(const QString &alias, const QByteArray &message,
                                                    const BiometricPrompt &prompt, Done done) {
    const Token token = requests().add(this, std::move(done));
    LAContext *context = promptContext(prompt);
    rememberPrompt(token, context);
    const QString name = alias;
    const QByteArray bytes = message;
    dispatch_async(promptQueue(), ^{
        signNow(token, name, bytes, context);
        takePrompt(token);
    });
    return token;
}

void IosBiometricKeyStore::cancel(Token token) {
    if (!requests().answer(token, BiometricError::Cancelled, {},
                           QStringLiteral("cancelled by the app")))
        return;
    // Dismisses the prompt; the keychain call then fails, too late to be answered.
    [takePrompt(token) invalidate];
}

void IosBiometricKeyStore::remove(const QString &alias) {
    const QString name = alias;
    dispatch_async(keyQueue(), ^{
        deleteKeys(name);
    });
}

} // namespace vaultlink::platform
