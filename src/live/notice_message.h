#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vaultlink {

// One message of the change-notice channel (docs/api.md §10), as the server sends it in a text
// frame: `hello` and `changed` carry the database's sequence, `error` the refusal that ended the
// session. Returns nullopt for anything else — not JSON, an unknown type, a member missing or
// of the wrong type, a sequence below zero — so that a lying or newer server cannot make the
// client act on a guess; the caller then treats the channel as unusable and keeps polling.
struct Notice {
    enum class Type { Hello, Changed, Error };
    Type type = Type::Hello;
    qint64 database = 0;
    qint64 sequence = 0;
    QString code;   // error only: the wire code, e.g. "session-expired"
    QString detail; // error only
};

std::optional<Notice> parseNotice(QByteArrayView text);

} // namespace vaultlink
