#pragma once

#include <QString>

namespace vaultlink::server {

struct DatabaseRow;

// Cursors are opaque to clients: base64url of "v1:<epoch>:<seq>". The epoch ties a cursor to
// one history of the database, so a restored or reset server never misreads an old one.
QString encodeCursor(const DatabaseRow &database, qint64 seq);
// The sequence number, or Refusal(CursorUnknown) for a cursor this server cannot continue
// from: malformed, of another epoch, older than the kept history, or ahead of it.
qint64 decodeCursor(const QString &cursor, const DatabaseRow &database);

} // namespace vaultlink::server
