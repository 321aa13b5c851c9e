#include "src/profiles/refusal_kinds.h"

#include "src/base/message_catalog.h"

#include <array>

namespace vaultlink {

namespace {
using K = Failure::Kind;

// In the order of docs/api.md §4. Requests this client builds wrongly are the server's kind of
// failure for the user (nothing they typed is at fault): malformed-json, unsupported-media-type,
// not-found, method-not-allowed.
constexpr std::array kKinds{
    RefusalKind{msg::MalformedJson, K::Server},
    RefusalKind{msg::InvalidRequest, K::Usage},
    RefusalKind{msg::RequestTooLarge, K::Usage},
    RefusalKind{msg::UnsupportedMediaType, K::Server},
    RefusalKind{msg::NotFound, K::Server},
    RefusalKind{msg::MethodNotAllowed, K::Server},
    RefusalKind{msg::WebServicesDisabled, K::Policy},
    RefusalKind{msg::DatabaseUnknown, K::Usage},
    RefusalKind{msg::MobileSyncDisabled, K::Policy},
    RefusalKind{msg::MobileRightMissing, K::Policy},
    RefusalKind{msg::BadCredentials, K::Authentication},
    RefusalKind{msg::LoginThrottled, K::Authentication},
    RefusalKind{msg::MfaRequired, K::Authentication},
    RefusalKind{msg::MfaFailed, K::Authentication},
    RefusalKind{msg::MfaTransactionUnknown, K::Authentication},
    RefusalKind{msg::AuthRequired, K::Authentication},
    RefusalKind{msg::TokenInvalid, K::Authentication},
    RefusalKind{msg::TokenExpired, K::Authentication},
    RefusalKind{msg::TokenReused, K::Authentication},
    RefusalKind{msg::SessionExpired, K::Authentication},
    RefusalKind{msg::DeviceRevoked, K::Policy},
    // Device-key login (biometrics in place of the password): the administrator's switch, and
    // what a key or a challenge that does not serve comes to.
    RefusalKind{msg::DeviceLoginDisabled, K::Policy},
    RefusalKind{msg::DeviceKeyUnknown, K::Authentication},
    RefusalKind{msg::DeviceChallengeUnknown, K::Authentication},
    RefusalKind{msg::DeviceChallengeUsed, K::Authentication},
    RefusalKind{msg::DeviceChallengeExpired, K::Authentication},
    RefusalKind{msg::DeviceSignatureInvalid, K::Authentication},
    RefusalKind{msg::Forbidden, K::Policy},
    RefusalKind{msg::RecordUnknownOnServer, K::Usage},
    RefusalKind{msg::RevisionConflict, K::Server},
    RefusalKind{msg::CursorUnknown, K::Server},
    RefusalKind{msg::LinkCodeUnknown, K::LinkCode},
    RefusalKind{msg::LinkCodeExpired, K::LinkCode},
    RefusalKind{msg::LinkCodeUsed, K::LinkCode},
    RefusalKind{msg::NameTaken, K::Usage},
    RefusalKind{msg::InternalError, K::Server},
};
} // namespace

std::span<const RefusalKind> refusalKinds() {
    return kKinds;
}

Failure::Kind refusalKind(const QString &code) {
    for (const RefusalKind &entry : kKinds)
        if (entry.code == code)
            return entry.kind;
    return K::Server;
}

} // namespace vaultlink
