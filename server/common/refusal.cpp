#include "server/common/refusal.h"

#include <array>
#include <cstddef>

namespace vaultlink::server {

namespace {

// Indexed by Error; the wire codes are a public contract and never change meaning.
constexpr std::array<ErrorInfo, static_cast<std::size_t>(Error::Internal) + 1> kErrors{{
    {"malformed-json", 400, "The request body is not valid JSON"},
    {"invalid-request", 400, "The request is missing a field or has a field of the wrong type"},
    {"request-too-large", 413, "The request body is larger than the server accepts"},
    {"unsupported-media-type", 415, "The request body must be application/json"},
    {"not-found", 404, "There is no such endpoint"},
    {"method-not-allowed", 405, "The endpoint does not accept this method"},
    {"web-services-disabled", 503, "Web services are disabled on this server"},
    {"database-unknown", 404, "There is no such database"},
    {"mobile-sync-disabled", 403, "Mobile synchronization is switched off for this database"},
    {"mobile-right-missing", 403, "The user lacks the right to synchronize with mobile devices"},
    {"bad-credentials", 401, "The user name or password is wrong"},
    {"login-throttled", 429, "Too many failed logins; wait before trying again"},
    {"mfa-required", 401, "A second factor is required"},
    {"mfa-failed", 401, "The second factor was not accepted"},
    {"mfa-transaction-unknown", 401, "The login transaction is unknown or has expired"},
    {"auth-required", 401, "This endpoint needs an access token"},
    {"token-invalid", 401, "The token is not valid"},
    {"token-expired", 401, "The token has expired"},
    {"token-reused", 401, "The refresh token was already used; the session is revoked"},
    {"session-expired", 401, "The session has ended; log in again"},
    {"device-revoked", 403, "This device has been revoked"},
    {"forbidden", 403, "The user lacks the right for this action"},
    {"record-unknown", 404, "There is no such record, or it is not visible to the user"},
    {"revision-conflict", 409, "A field was changed on the server since the given revision"},
    {"cursor-unknown", 410, "The server no longer knows this cursor; start over"},
    {"link-code-unknown", 404, "The link code is not known to this server"},
    {"link-code-expired", 410, "The link code has expired"},
    {"link-code-used", 409, "The link code was already used"},
    {"device-login-disabled", 403, "Logging in with a device key is switched off on this server"},
    {"device-key-unknown", 401, "No device key is registered for this database, user and device"},
    {"device-challenge-unknown", 401, "The device-login challenge is not known to this server"},
    {"device-challenge-used", 401, "The device-login challenge was already used"},
    {"device-challenge-expired", 401, "The device-login challenge has expired"},
    {"device-signature-invalid", 401, "The device key's signature is not valid"},
    {"name-taken", 409, "The name is already in use"},
    {"internal-error", 500, "The server failed to handle the request"},
}};

} // namespace

const ErrorInfo &errorInfo(Error error) {
    return kErrors.at(static_cast<std::size_t>(error));
}

Refusal::Refusal(Error error, QString detail, QJsonObject extra)
    : std::runtime_error(errorInfo(error).code)
    , m_error(error)
    , m_detail(std::move(detail))
    , m_extra(std::move(extra)) {}

} // namespace vaultlink::server
