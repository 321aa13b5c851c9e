#pragma once

#include <QString>

namespace vaultlink::server {

struct DatabaseRow;

// Cursors are opaque to clients: base64url of "v1:<epoch>:<seq>:<floor>". The epoch is random
// per database creation, so a cursor from a re-created database (a re-initialised server reusing
// the id) is never misread; a restored backup behind the cursor is caught by the sequence. The
// floor is the start of the kept history when the cursor was issued: a pass that started from
// scratch after a compaction may continue below that point, an older cursor may not.
QString encodeCursor(const DatabaseRow &database, qint64 seq);
// The sequence number, or Refusal(CursorUnknown) for a cursor this server cannot continue
// from: malformed, of another epoch, older than the kept history, or ahead of it.
qint64 decodeCursor(const QString &cursor, const DatabaseRow &database);

} // namespace vaultlink::server
