#import "CredentialProviderViewController.h"

#include "platform/ios/credential_identities.h"
#include "platform/ios/ios_biometric_key_store.h"
#include "src/biometrics/biometric_unlock.h"
#include "src/profiles/environment.h"
#include "src/profiles/profile_service.h"
#include "src/storage/autofill_lookup.h"
#include "src/storage/mirror.h"

#include <QCoreApplication>

#include <memory>

using namespace vaultlink;

namespace {
// The app and the extension share the profiles, the mirrors and the biometric keys: the data
// folder lives in the App Group's container, the keys in the shared keychain access group
// (Vaultlink.entitlements and VaultlinkAutofill.entitlements name both).
NSString *const kAppGroup = @"group.org.vaultlink.app";

QString sharedDataDir() {
    NSURL *container =
        [NSFileManager.defaultManager containerURLForSecurityApplicationGroupIdentifier:kAppGroup];
    return QString::fromNSString(container.path) + QStringLiteral("/profiles");
}

void cancel(ASCredentialProviderViewController *controller, ASExtensionErrorCode code) {
    [controller.extensionContext
        cancelRequestWithError:[NSError errorWithDomain:ASExtensionErrorDomain
                                                   code:code
                                               userInfo:nil]];
}
} // namespace

@implementation CredentialProviderViewController {
    std::unique_ptr<QCoreApplication> _qt; // the event loop BiometricUnlock answers through
    std::unique_ptr<DeviceEnvironment> _device;
    std::unique_ptr<ProfileService> _service;
    std::unique_ptr<platform::IosBiometricKeyStore> _keys;
    std::unique_ptr<BiometricUnlock> _biometrics;
    std::unique_ptr<OpenProfile> _open;
    QList<AutofillCandidate> _candidates;
}

- (void)startCore {
    if (_service)
        return;
    static int argc = 1;
    static char name[] = "VaultlinkAutofill";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        _qt = std::make_unique<QCoreApplication>(argc, argv);
    _device = std::make_unique<DeviceEnvironment>(QStringLiteral("VaultlinkAutofill"),
                                                  std::chrono::seconds(30));
    _service = std::make_unique<ProfileService>(sharedDataDir(), _device->environment());
    _keys = std::make_unique<platform::IosBiometricKeyStore>();
    _biometrics = std::make_unique<BiometricUnlock>(*_keys);
}

// Face ID or Touch ID through the app's biometric wrap; without one (or when it is declined)
// the password, under the profile's KDF: at most 64 MiB, which leaves room in the extension's
// limit (scripts/bench.sh measures the password path's peak).
- (void)unlockThen:(void (^)(void))next {
    [self startCore];
    const QList<ProfileRecord> profiles = _service->profiles();
    if (profiles.isEmpty())
        return cancel(self, ASExtensionErrorCodeFailed);
    const ProfileRecord profile = profiles.first(); // the profile the app opened last comes first
    if (!_biometrics->canUnlock(profile))
        return [self askPasswordFor:profile then:next];
    const platform::BiometricPrompt prompt{QStringLiteral("Unlock Vaultlink"), profile.name,
                                           QStringLiteral("Use password")};
    __weak CredentialProviderViewController *weakSelf = self;
    _biometrics->unlock(profile, prompt, [weakSelf, profile, next](BiometricResult result) {
        CredentialProviderViewController *strongSelf = weakSelf;
        if (!strongSelf)
            return;
        if (result.kind != BiometricResult::Kind::Done)
            return [strongSelf askPasswordFor:profile then:next];
        strongSelf->_open =
            strongSelf->_service->unlockWithKey(profile.name, std::move(result.dataKey));
        next();
    });
}

- (void)askPasswordFor:(const ProfileRecord &)profile then:(void (^)(void))next {
    UIAlertController *ask =
        [UIAlertController alertControllerWithTitle:@"Vaultlink"
                                            message:profile.name.toNSString()
                                     preferredStyle:UIAlertControllerStyleAlert];
    [ask addTextFieldWithConfigurationHandler:^(UITextField *field) {
        field.secureTextEntry = YES;
    }];
    const QString name = profile.name;
    [ask addAction:[UIAlertAction
                       actionWithTitle:@"Unlock"
                                 style:UIAlertActionStyleDefault
                               handler:^(UIAlertAction *) {
                                   NSData *typed = [ask.textFields.firstObject.text
                                       dataUsingEncoding:NSUTF8StringEncoding];
                                   const SecureBuffer password =
                                       SecureBuffer::copyOf(QByteArrayView(
                                           static_cast<const char *>(typed.bytes), typed.length));
                                   try {
                                       self->_open = self->_service->unlock(name, password);
                                       next();
                                   } catch (const std::exception &) {
                                       cancel(self, ASExtensionErrorCodeFailed);
                                   }
                               }]];
    [ask addAction:[UIAlertAction actionWithTitle:@"Cancel"
                                            style:UIAlertActionStyleCancel
                                          handler:^(UIAlertAction *) {
                                              cancel(self, ASExtensionErrorCodeUserCanceled);
                                          }]];
    [self presentViewController:ask animated:YES completion:nil];
}

- (void)complete:(qint64)recordId {
    const std::optional<SecureBuffer> password =
        autofillValue(*_open->mirror, recordId, QStringLiteral("password"));
    const std::optional<SecureBuffer> user =
        autofillValue(*_open->mirror, recordId, QStringLiteral("username"));
    if (!password)
        return cancel(self, ASExtensionErrorCodeCredentialIdentityNotFound);
    NSString *secret = [[NSString alloc] initWithBytes:password->data()
                                                length:static_cast<NSUInteger>(password->size())
                                              encoding:NSUTF8StringEncoding];
    NSString *name = user ? [[NSString alloc] initWithBytes:user->data()
                                                     length:static_cast<NSUInteger>(user->size())
                                                   encoding:NSUTF8StringEncoding]
                          : @"";
    [self.extensionContext
        completeRequestWithSelectedCredential:[ASPasswordCredential credentialWithUser:name
                                                                              password:secret]
                            completionHandler:nil];
}

// The list: the candidates of every page iOS names (a domain, or a URL), by the same matcher
// and index as everywhere; the user picks one, and only then its password is read.
- (void)prepareCredentialListForServiceIdentifiers:
    (NSArray<ASCredentialServiceIdentifier *> *)serviceIdentifiers {
    [self unlockThen:^{
        self->_candidates.clear();
        for (ASCredentialServiceIdentifier *service in serviceIdentifiers) {
            const QString address =
                platform::ios::serviceAddress(QString::fromNSString(service.identifier),
                                              service.type == ASCredentialServiceIdentifierTypeURL);
            const auto found = findAutofillCandidates(*self->_open->mirror, {address, {}, true});
            if (found)
                self->_candidates.append(*found);
        }
        [self showCandidates];
    }];
}

- (void)showCandidates {
    UIAlertController *list =
        [UIAlertController alertControllerWithTitle:@"Vaultlink"
                                            message:nil
                                     preferredStyle:UIAlertControllerStyleActionSheet];
    for (const AutofillCandidate &candidate : _candidates) {
        const qint64 id = candidate.id;
        NSString *title =
            (candidate.title + QStringLiteral(" — ") + candidate.userName).toNSString();
        [list addAction:[UIAlertAction actionWithTitle:title
                                                 style:UIAlertActionStyleDefault
                                               handler:^(UIAlertAction *) {
                                                   [self complete:id];
                                               }]];
    }
    [list addAction:[UIAlertAction actionWithTitle:@"Cancel"
                                             style:UIAlertActionStyleCancel
                                           handler:^(UIAlertAction *) {
                                               cancel(self, ASExtensionErrorCodeUserCanceled);
                                           }]];
    [self presentViewController:list animated:YES completion:nil];
}

// A suggestion from the keyboard: never filled without the unlock, so iOS shows this
// extension's interface, which unlocks and fills the record the suggestion named.
- (void)provideCredentialWithoutUserInteractionForIdentity:
    (ASPasswordCredentialIdentity *)credentialIdentity {
    cancel(self, ASExtensionErrorCodeUserInteractionRequired);
}

- (void)prepareInterfaceToProvideCredentialForIdentity:
    (ASPasswordCredentialIdentity *)credentialIdentity {
    const qint64 id = QString::fromNSString(credentialIdentity.recordIdentifier).toLongLong();
    [self unlockThen:^{
        [self complete:id];
    }];
}

@end
