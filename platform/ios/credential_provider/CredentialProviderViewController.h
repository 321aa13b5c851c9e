// The credential provider extension (iOS 12+): Vaultlink's logins in the password list above the
// keyboard and in Settings' "Passwords" autofill. A process of its own, limited to about 120 MB,
// linked against the core without Qt GUI (storage, autofill, profiles, biometrics and the iOS
// key store). WRITTEN, NOT BUILT OR RUN HERE: no Xcode (platform/README.md).
#import <AuthenticationServices/AuthenticationServices.h>

@interface CredentialProviderViewController : ASCredentialProviderViewController
@end
