#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

class RandomSource;

// Bearer secrets: 32 random bytes, base64url. The database keeps only their SHA-256, so a
// copy of the data folder cannot be replayed as live tokens.
QString newToken(RandomSource &random);
QByteArray tokenDigest(const QString &token);
QByteArray sha256(const QByteArray &data);

} // namespace vaultlink::server
