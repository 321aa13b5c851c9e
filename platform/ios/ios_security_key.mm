#include "platform/ios/ios_security_key.h"

#include "platform/ios/security_key_errors.h"
#include "platform/security_key_requests.h"

#import <AuthenticationServices/AuthenticationServices.h>
#import <Foundation/Foundation.h>
#import <UIKit/UIKit.h>
#include <unordered_map>

using vaultlink::platform::SecurityKey;
using vaultlink::platform::SecurityKeyError;
using vaultlink::platform::SecurityKeyRequests;

namespace {
using Token = SecurityKey::Token;
using Reply = SecurityKey::Reply;

// Never destroyed: a sheet may still answer while the process exits.
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
} // namespace

// One request's sheet: the controller's delegate and presentation context (both weak
// references of the controller), kept by the table below until the request ends. Main thread.
@interface VLSecurityKeySheet : NSObject <ASAuthorizationControllerDelegate,
                                          ASAuthorizationControllerPresentationContextProviding>
@property(nonatomic, readonly) Token token;
@property(nonatomic, strong) ASAuthorizationController *controller;
- (instancetype)initWithToken:(Token)token;
@end

namespace {
// The sheets on screen, by token; the main thread's alone. ARC keeps them (strong references).
std::unordered_map<Token, VLSecurityKeySheet *> &sheets() {
    static auto *const open = new std::unordered_map<Token, VLSecurityKeySheet *>;
    return *open;
}

VLSecurityKeySheet *takeSheet(Token token) {
    const auto found = sheets().find(token);
    if (found == sheets().end())
        return nil;
    VLSecurityKeySheet *sheet = found->second;
    sheets().erase(found);
    return sheet;
}

// Main thread: closes the sheet, whose own answer (ASAuthorizationErrorCanceled) then finds no
// request. ASAuthorizationController's cancel is iOS 16's; on 15 the sheet stays until closed.
void closeSheet(Token token) {
    VLSecurityKeySheet *sheet = takeSheet(token);
    if (@available(iOS 16.0, *))
        [sheet.controller cancel];
}

QByteArray bytesOf(NSData *data) {
    return data ? QByteArray::fromNSData(data) : QByteArray();
}

// Main thread: builds the request and shows the sheet.
void showSheet(Token token, NSString *rpId, NSData *challenge, NSArray<NSData *> *allowed,
               BOOL userVerification) {
    ASAuthorizationSecurityKeyPublicKeyCredentialProvider *provider =
        [[ASAuthorizationSecurityKeyPublicKeyCredentialProvider alloc]
            initWithRelyingPartyIdentifier:rpId];
    ASAuthorizationSecurityKeyPublicKeyCredentialAssertionRequest *request =
        [provider createCredentialAssertionRequestWithChallenge:challenge];
    NSMutableArray<ASAuthorizationSecurityKeyPublicKeyCredentialDescriptor *> *descriptors =
        [NSMutableArray arrayWithCapacity:allowed.count];
    for (NSData *credentialId in allowed)
        [descriptors
            addObject:
                [[ASAuthorizationSecurityKeyPublicKeyCredentialDescriptor alloc]
                    initWithCredentialID:credentialId
                              transports:
                                  ASAuthorizationAllSupportedPublicKeyCredentialDescriptorTransports()]];
    request.allowedCredentials = descriptors;
    // Not required: discouraged, so that a key with a PIN does not ask for it.
    request.userVerificationPreference =
        userVerification ? ASAuthorizationPublicKeyCredentialUserVerificationPreferenceRequired
                         : ASAuthorizationPublicKeyCredentialUserVerificationPreferenceDiscouraged;

    VLSecurityKeySheet *sheet = [[VLSecurityKeySheet alloc] initWithToken:token];
    sheet.controller =
        [[ASAuthorizationController alloc] initWithAuthorizationRequests:@[ request ]];
    sheet.controller.delegate = sheet;
    sheet.controller.presentationContextProvider = sheet;
    sheets()[token] = sheet;
    [sheet.controller performRequests];
}
} // namespace

@implementation VLSecurityKeySheet

- (instancetype)initWithToken:(Token)token {
    if ((self = [super init]))
        _token = token;
    return self;
}

- (void)authorizationController:(ASAuthorizationController *)controller
    didCompleteWithAuthorization:(ASAuthorization *)authorization {
    (void)controller;
    // The table held the last strong reference: `keep` holds this object until the method ends.
    const Token token = _token;
    VLSecurityKeySheet *keep = takeSheet(token);
    (void)keep;
    id credential = authorization.credential;
    if (![credential
            isKindOfClass:[ASAuthorizationSecurityKeyPublicKeyCredentialAssertion class]]) {
        requests().answer(token, failure(SecurityKeyError::Other,
                                         QStringLiteral("the sheet answered no assertion")));
        return;
    }
    ASAuthorizationSecurityKeyPublicKeyCredentialAssertion *assertion = credential;
    Reply reply;
    reply.assertion.credentialId = bytesOf(assertion.credentialID);
    reply.assertion.clientDataJson = bytesOf(assertion.rawClientDataJSON);
    reply.assertion.authenticatorData = bytesOf(assertion.rawAuthenticatorData);
    reply.assertion.signature = bytesOf(assertion.signature);
    reply.assertion.userHandle = bytesOf(assertion.userID);
    requests().answer(token, std::move(reply));
}

- (void)authorizationController:(ASAuthorizationController *)controller
           didCompleteWithError:(NSError *)error {
    (void)controller;
    const Token token = _token;
    VLSecurityKeySheet *keep = takeSheet(token);
    (void)keep;
    const QString words = QString::fromNSString(error.localizedDescription);
    if (![error.domain isEqualToString:ASAuthorizationErrorDomain]) {
        requests().answer(
            token, failure(SecurityKeyError::Other,
                           QString::fromNSString(error.domain) +
                               QStringLiteral(" %1 ").arg(static_cast<long>(error.code)) + words));
        return;
    }
    const auto code = static_cast<long>(error.code);
    // The underlying error names the cause of a failure (an rpId not associated with the app).
    NSError *underlying = error.userInfo[NSUnderlyingErrorKey];
    QString cause;
    if (underlying)
        cause = u' ' + QString::fromNSString(underlying.localizedDescription);
    requests().answer(token, failure(vaultlink::platform::ios::errorFromAuthorizationError(code),
                                     vaultlink::platform::ios::authorizationErrorName(code) + u' ' +
                                         words + cause));
}

// Over the app's key window: Qt's.
- (ASPresentationAnchor)presentationAnchorForAuthorizationController:
    (ASAuthorizationController *)controller {
    (void)controller;
    UIWindow *fallback = nil;
    for (id scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        UIWindowScene *windowScene = scene;
        for (UIWindow *window in windowScene.windows) {
            if (window.isKeyWindow)
                return window;
            if (!fallback)
                fallback = window;
        }
    }
    return fallback ? fallback : [[UIWindow alloc] init];
}

@end

namespace vaultlink::platform {

IosSecurityKey::~IosSecurityKey() {
    for (const Token token : requests().forget(this))
        dispatch_async(dispatch_get_main_queue(), ^{
            closeSheet(token);
        });
}

SecurityKey::Kind IosSecurityKey::kind() const {
    return Kind::Nfc; // held to the phone, or plugged into it
}

SecurityKey::Token IosSecurityKey::getAssertion(const SecurityKeyRequest &request, Done done) {
    const Token token = requests().add(this, std::move(done));
    NSString *rpId = request.rpId.toNSString();
    NSData *challenge = request.challenge.toNSData();
    NSMutableArray<NSData *> *allowed =
        [NSMutableArray arrayWithCapacity:static_cast<NSUInteger>(request.allowCredentials.size())];
    for (const QByteArray &credentialId : request.allowCredentials)
        [allowed addObject:credentialId.toNSData()];
    const BOOL userVerification = request.userVerification ? YES : NO;
    // AuthenticationServices' controllers belong to the main thread.
    dispatch_async(dispatch_get_main_queue(), ^{
        if (requests().isPending(token)) // not cancelled on the way
            showSheet(token, rpId, challenge, allowed, userVerification);
    });
    if (request.timeoutMs > 0) {
        const int timeout = request.timeoutMs;
        dispatch_after(
            dispatch_time(DISPATCH_TIME_NOW,
                          static_cast<int64_t>(timeout) * static_cast<int64_t>(NSEC_PER_MSEC)),
            dispatch_get_main_queue(), ^{
                if (requests().answer(token,
                                      failure(SecurityKeyError::TimedOut,
                                              QStringLiteral("no key within %1 ms").arg(timeout))))
                    closeSheet(token);
            });
    }
    return token;
}

void IosSecurityKey::cancel(Token token) {
    if (!requests().answer(
            token, failure(SecurityKeyError::Cancelled, QStringLiteral("cancelled by the app"))))
        return;
    dispatch_async(dispatch_get_main_queue(), ^{
        closeSheet(token);
    });
}

} // namespace vaultlink::platform
