#pragma once

#include "src/crypto/kdf.h"
#include "src/crypto/secure_buffer.h"
#include "src/profiles/profile_service.h"
#include "tests/bench/measure.h"

#include <QString>
#include <QStringList>

namespace vaultlink::bench {

// The commands of vaultlink_sync_bench (described in sync_bench.cpp), each given its arguments
// after the command's name; they return the exit code.
int linkCommand(const QStringList &args);
int incrementalCommand(const QStringList &args);
int changeCommand(const QStringList &args);
int unlockCommand(const QStringList &args);
int biometricCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int pushCommand(const QStringList &args); // write_bench.cpp

// The bench's users have no second factor.
inline const OtpPrompt noOtp = [](const MfaChallenge &) { return QString(); };

// The key-derivation parameters as figures.
void printKdf(const KdfParams &kdf);

} // namespace vaultlink::bench
