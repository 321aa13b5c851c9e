// A request body as the server's routes read it (server/http/json_body): JsonBody and each of
// its typed accessors (base64 too) on every member a route reads, and the problem document of
// each refusal.

#include "server/http/json_body.h"
#include "tests/fuzz/server_checks.h"

#include <cmath>

using namespace vaultlink::server;

namespace {

// Every member an endpoint of docs/api.md reads from a body.
constexpr const char *kMembers[] = {
    "database",     "username", "password",  "device",    "transaction", "method",    "response",
    "refreshToken", "token",    "form",      "unit",      "clientRef",   "fields",    "changes",
    "baseRevision", "key",      "algorithm", "publicKey", "deviceId",    "challenge", "signature"};

// A member's refusal names it (docs/api.md §4, "field"); the first refusal of an input is also
// written out as its problem document (doing that for each of them made the target six times
// slower without reaching anything new).
template <typename Read> void attempt(const char *key, bool &written, Read read) {
    try {
        read();
    } catch (const Refusal &refusal) {
        VAULTLINK_FUZZ_CHECK(refusal.error() == Error::InvalidRequest);
        VAULTLINK_FUZZ_CHECK(refusal.extra().value(QLatin1String("field")).toString() ==
                             QLatin1String(key));
        if (!written)
            fuzz::checkProblem(refusal);
        written = true;
    }
}

} // namespace

VAULTLINK_FUZZ_TARGET(server_json_body) {
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/auth/login");
    request.headers.insert("content-type", "application/json; charset=utf-8");
    request.body = vaultlink::fuzz::bytes(data, size);
    try {
        const JsonBody body(request);
        bool written = false;
        for (const char *key : kMembers) {
            const QJsonValue raw = body.raw().value(QLatin1String(key));
            attempt(key, written, [&] { VAULTLINK_FUZZ_CHECK(!body.string(key).isEmpty()); });
            attempt(key, written, [&] { body.optionalString(key); });
            attempt(key, written, [&] {
                const qint64 number = body.integer(key);
                VAULTLINK_FUZZ_CHECK(raw.isDouble() &&
                                     raw.toDouble() == static_cast<double>(number));
                VAULTLINK_FUZZ_CHECK(std::abs(number) <= qint64{9'000'000'000'000'000});
            });
            attempt(key, written, [&] { body.object(key); });
            attempt(key, written, [&] { body.array(key); });
            attempt(key, written, [&] {
                // Only the one canonical text of some bytes.
                const QByteArray decoded = body.base64(key);
                VAULTLINK_FUZZ_CHECK(!decoded.isEmpty() &&
                                     decoded.toBase64() == raw.toString().toLatin1());
            });
        }
    } catch (const Refusal &refusal) {
        VAULTLINK_FUZZ_CHECK(refusal.error() == Error::MalformedJson ||
                             refusal.error() == Error::InvalidRequest);
        fuzz::checkProblem(refusal);
    }
}
