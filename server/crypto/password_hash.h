#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

class RandomSource;

// scrypt parameters; the defaults are OWASP's minimum (N=2^17, r=8, p=1: 128 MiB).
struct ScryptCost {
    int logN = 17;
    int r = 8;
    int p = 1;
};

// Encodes as "$scrypt$ln=17,r=8,p=1$<salt b64>$<hash b64>" so the cost can be raised later
// without invalidating stored hashes.
QString hashPassword(const QString &password, RandomSource &random, ScryptCost cost = {});
bool verifyPassword(const QString &password, const QString &encoded);

// Raw scrypt, exposed for the tests' known-answer vectors.
QByteArray scrypt(const QByteArray &password, const QByteArray &salt, ScryptCost cost, int length);

} // namespace vaultlink::server
