#pragma once

#include "src/profiles/failure.h"

namespace vaultlink::cli {

// The documented exit codes (README, --help). Scripts branch on them, so they never change.
enum ExitCode : int {
    Ok = 0,
    ServerError = 1,    // the server failed, or answered outside the contract
    UsageError = 2,     // wrong arguments, unknown profile or record
    AuthError = 3,      // wrong password, refused login, second factor, ended session
    NetworkError = 4,   // DNS, refused, unreachable, timeout, every TLS failure
    PolicyError = 5,    // device revoked, mobile sync off, right missing, offline too long
    LocalDataError = 6, // damaged or tampered local files
    LinkCodeError = 7,  // unreadable or foreign QR code, link code unknown, expired or used
    NotAllowed = 8,     // the user's rights do not allow this change
    ChangesWaiting = 9, // sync done, but a change was refused or a conflict waits for the user
};

int exitCodeFor(Failure::Kind kind);
const char *exitCodeTable(); // for --help

} // namespace vaultlink::cli
