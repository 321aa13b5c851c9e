#include "src/cli/exit_codes.h"

namespace vaultlink::cli {

int exitCodeFor(Failure::Kind kind) {
    switch (kind) {
    case Failure::Kind::Usage:
        return UsageError;
    case Failure::Kind::Authentication:
        return AuthError;
    case Failure::Kind::Network:
        return NetworkError;
    case Failure::Kind::Policy:
        return PolicyError;
    case Failure::Kind::LocalData:
        return LocalDataError;
    case Failure::Kind::LinkCode:
        return LinkCodeError;
    case Failure::Kind::NotAllowed:
        return NotAllowed;
    case Failure::Kind::Server:
        break;
    }
    return ServerError;
}

const char *exitCodeTable() {
    return "Exit codes:\n"
           "  0  success\n"
           "  1  the server failed or answered outside the API contract\n"
           "  2  usage: wrong arguments, unknown profile, database or record\n"
           "  3  authentication: wrong password, refused login or code, session ended\n"
           "  4  network or TLS: DNS, refused, unreachable, timeout, untrusted, expired,\n"
           "     wrong host name, pin mismatch\n"
           "  5  policy: device revoked (mirror deleted), mobile sync off, right missing,\n"
           "     web services off, offline too long\n"
           "  6  local data: damaged or tampered local database or profile list, or the\n"
           "     profile is busy in another process\n"
           "  7  link code: unreadable or foreign QR code, link code unknown, expired or used\n"
           "  8  not allowed: your rights on the server do not allow this change\n"
           "  9  sync done, but changes wait for you: one the server refused, or a conflict\n"
           "     (see 'pending' and 'conflicts')\n";
}

} // namespace vaultlink::cli
