#pragma once

#include <QByteArray>

#include <optional>

namespace vaultlink::server::test {

// A response body decoded as its Content-Encoding says (gzip, deflate, or none: as it is), with
// zlib's own inflate, independently of the server's code; nullopt when it does not decode or
// has bytes after its end.
std::optional<QByteArray> decodeBody(const QByteArray &body, const QByteArray &contentEncoding);

} // namespace vaultlink::server::test
