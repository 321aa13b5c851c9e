#pragma once

#include "src/base/message.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace vaultlink {

// The text of a link QR code (docs/api.md §8):
// vaultlink://link?v=1&server=…&db=…&dbname=…&user=…&token=…&pin=sha256/…
struct LinkPayload {
    QUrl server; // normalised like a typed address; always https
    qint64 databaseId = 0;
    QString databaseName;
    QString userName;
    QString token;
    QString pin; // "sha256/<base64>" of 32 bytes

    enum class Problem {
        None,
        NotVaultlink,       // some other QR code (a web address, a Wi-Fi code, …)
        UnsupportedVersion, // a Vaultlink code from a newer server
        Malformed,          // a Vaultlink code with a missing or invalid part
    };
    struct Parsed;
    static Parsed parse(const QString &text);
};

struct LinkPayload::Parsed {
    std::optional<LinkPayload> payload;
    Problem problem = Problem::None;
    Message message; // keys qr-…, naming the part at fault, never its value
};

} // namespace vaultlink
