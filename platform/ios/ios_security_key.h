#pragma once

#include "platform/security_key.h"

namespace vaultlink::platform {

// FIDO2 security keys through AuthenticationServices (iOS 15+): an
// ASAuthorizationSecurityKeyPublicKeyCredentialProvider assertion request for the rpId, the
// allowed credentials on every transport iOS supports (NFC, Lightning, USB-C), user verification
// required or discouraged as the request says, shown by an ASAuthorizationController over the
// app's key window. iOS builds the client data itself (origin "https://" + rpId), so
// request.origin is not used; the rpId must be among the app's associated domains
// (webcredentials:). iOS has no timeout of its own: the request's ends it with TimedOut and
// cancels the sheet (iOS 16+; on 15 the sheet stays and its answer is dropped). The answers go
// through the process's SecurityKeyRequests to the threads that asked; the codes are mapped in
// ios/security_key_errors.h.
class IosSecurityKey final : public SecurityKey {
public:
    IosSecurityKey() = default;
    ~IosSecurityKey() override;
    IosSecurityKey(const IosSecurityKey &) = delete;
    IosSecurityKey &operator=(const IosSecurityKey &) = delete;

    Kind kind() const override;
    Token getAssertion(const SecurityKeyRequest &request, Done done) override;
    void cancel(Token token) override;
};

} // namespace vaultlink::platform
