#include "platform/ios/security_key_errors.h"

namespace vaultlink::platform::ios {

namespace {
struct Code {
    long code = 0;
    const char *name = nullptr;
    SecurityKeyError error = SecurityKeyError::Other;
};

namespace e = authorizationError;
constexpr Code codes[] = {
    {e::unknown, "ASAuthorizationErrorUnknown", SecurityKeyError::Other},
    // The user closed the sheet (also when no key came: there is no timeout of iOS's own).
    {e::canceled, "ASAuthorizationErrorCanceled", SecurityKeyError::Cancelled},
    {e::invalidResponse, "ASAuthorizationErrorInvalidResponse", SecurityKeyError::Other},
    // Nothing on this device handles security key requests.
    {e::notHandled, "ASAuthorizationErrorNotHandled", SecurityKeyError::NoDevice},
    // Among others, the rpId not among the app's associated domains (webcredentials:): WebAuthn's
    // wrong origin. The NSError's underlying error says which.
    {e::failed, "ASAuthorizationErrorFailed", SecurityKeyError::NotAllowed},
    {e::notInteractive, "ASAuthorizationErrorNotInteractive", SecurityKeyError::Other},
    {e::matchedExcludedCredential, "ASAuthorizationErrorMatchedExcludedCredential",
     SecurityKeyError::Other},
};

const Code *find(long code) {
    for (const Code &known : codes)
        if (known.code == code)
            return &known;
    return nullptr;
}
} // namespace

SecurityKeyError errorFromAuthorizationError(long code) {
    const Code *known = find(code);
    return known ? known->error : SecurityKeyError::Other;
}

QString authorizationErrorName(long code) {
    const Code *known = find(code);
    const QString name = known ? QString::fromLatin1(known->name) : QStringLiteral("unknown");
    return QStringLiteral("%1 (%2)").arg(name).arg(code);
}

} // namespace vaultlink::platform::ios
