#pragma once

#include "src/base/message.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace vaultlink {

// What the user typed as the server's address, made into the base URL every request starts
// from: "host", "host:port" and "https://host[:port][/path]" are accepted (a trailing slash is
// dropped); "http://", other schemes, user names, queries, fragments and an empty or malformed
// host are refused with a message saying why.
struct ServerAddress {
    std::optional<QUrl> url; // https://host[:port][/path], no trailing slash
    Message error;           // set when url is empty (keys address-…)

    static ServerAddress parse(const QString &text);
};

} // namespace vaultlink
