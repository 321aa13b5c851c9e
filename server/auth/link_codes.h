#pragma once

#include <QJsonObject>
#include <QString>

namespace vaultlink::server {

class Clock;
class RandomSource;
class Store;

struct LinkCode {
    QString token;
    QString uri; // vaultlink://link?... (docs/api.md "Link code payload")
    qint64 expiresAt = 0;
};

struct LinkTarget {
    qint64 databaseId = 0;
    QString databaseName;
    QString userName;
    QString domain; // a directory account's; empty for a local one
};

// Short-lived, single-use codes that let a phone link by scanning a QR code. The payload
// carries the server's SPKI pin so a private certificate can be trusted without the phone's
// trust store.
class LinkCodes {
public:
    LinkCodes(Store &store, const Clock &clock, RandomSource &random);

    LinkCode issue(qint64 userId, qint64 databaseId, const QString &spkiPin);
    // Consumes the code: LinkCodeUnknown, LinkCodeExpired or LinkCodeUsed otherwise.
    LinkTarget redeem(const QString &token);

private:
    Store &m_store;
    const Clock &m_clock;
    RandomSource &m_random;
};

QJsonObject linkCodeJson(const LinkCode &code, const QString &pin);

} // namespace vaultlink::server
