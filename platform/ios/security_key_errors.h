#pragma once

#include "platform/security_key.h"

#include <QString>

// What iOS's AuthenticationServices answers a security key request with, in C++ terms. Plain
// C++, so that the mapping is tested on desktop; ios_security_key.mm passes the codes in.
namespace vaultlink::platform::ios {

// ASAuthorizationError's codes (ASAuthorizationError.h), as an NSError in
// ASAuthorizationErrorDomain carries them.
namespace authorizationError {
constexpr long unknown = 1000;
constexpr long canceled = 1001;
constexpr long invalidResponse = 1002;
constexpr long notHandled = 1003;
constexpr long failed = 1004;
constexpr long notInteractive = 1005;            // iOS 15
constexpr long matchedExcludedCredential = 1006; // iOS 18, registrations only
} // namespace authorizationError

// Unknown codes, and errors of other domains: Other.
SecurityKeyError errorFromAuthorizationError(long code);
// "ASAuthorizationErrorCanceled (1001)", for Reply::detail.
QString authorizationErrorName(long code);

} // namespace vaultlink::platform::ios
