#pragma once

#include "src/crypto/secure_buffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace vaultlink {

class Random;

// Parameters of the password KDF, stored beside what they protect so that the cost can grow
// and another algorithm (Argon2id) can be added without breaking stored keys.
struct KdfParams {
    QString algorithm = QStringLiteral("scrypt");
    int logN = 17; // with r=8 and p=1: OWASP's scrypt minimum, 128 MiB
    int r = 8;
    int p = 1;
    QByteArray salt;

    std::size_t memoryBytes() const;
    // OWASP's scrypt minimum in any of its equivalent forms: N=2^17 with p=1 (128 MiB), or
    // 2^16/p=2, 2^15/p=3, 2^14/p=5, 2^13/p=10 (8 MiB), always r=8.
    bool meetsMinimum() const;
    static int minimumP(int logN);
    QJsonObject toJson() const;
    // Refuses unknown algorithms, malformed values and anything below the minimum, so a
    // tampered profile cannot weaken the KDF.
    static std::optional<KdfParams> fromJson(const QJsonObject &json);
};

// A 256-bit key from the password. Throws std::invalid_argument for parameters that fail
// meetsMinimum() or a salt shorter than 16 bytes.
SecureBuffer deriveKey(const SecureBuffer &password, const KdfParams &params);

// Seconds one derivation with these parameters takes here.
using KdfTimer = std::function<double(const KdfParams &)>;
double timeDerivation(const KdfParams &params);

// Phones cannot spare more for a login, the first sync must stay small and iOS gives an autofill
// extension about 120 MB in all: OWASP's 32 MiB form of the minimum (N = 2^15, r = 8, p >= 3),
// with more passes for the time target.
inline constexpr std::size_t kDefaultKdfMemory = std::size_t{32} << 20;

// Parameters that take about `target` on this device, never below the minimum and never using
// more than `maxMemoryBytes` (phones cannot spare gigabytes): memory grows first, then the
// parallelism factor p, which costs time but no extra memory.
KdfParams calibrateKdf(Random &random, std::chrono::milliseconds target,
                       std::size_t maxMemoryBytes = kDefaultKdfMemory,
                       const KdfTimer &timer = timeDerivation);

// The same work (N x p) as `params` within `maxMemoryBytes`, with a fresh salt: fewer blocks and
// proportionally more passes, so an attacker's cost per guess stays and the device's peak memory
// falls. Nullopt when `params` already fits (nothing to change) or the passes would pass the cap.
std::optional<KdfParams> leanerKdf(const KdfParams &params, Random &random,
                                   std::size_t maxMemoryBytes = kDefaultKdfMemory);

} // namespace vaultlink
