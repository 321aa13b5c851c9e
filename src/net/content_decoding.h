#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vaultlink {

// The body of an answer as the server meant it, from the body as it came and its
// Content-Encoding (docs/api.md §1): unchanged when there is none (or "identity"); inflated for
// gzip (RFC 1952, also "x-gzip") and deflate (the zlib format, RFC 1950, or a raw deflate stream,
// as some servers send it). Nullopt, with `why` in English for the logs, when the stream is
// damaged or ends before its end (a cut connection), when it would grow past kMaxDecodedBytes,
// or for a coding this client never asks for.
//
// Why it exists: Qt's network stack decodes answers itself only when it chose Accept-Encoding,
// and then hands over a gzip answer cut short by a dropped connection as if complete (found by the
// fault-injection test: a page cut after 120 kB became the server's "bad answer"). The transport
// asks for compression itself, so that Qt checks the body's length as sent, and decodes here.
std::optional<QByteArray> decodeContent(const QByteArray &coding, const QByteArray &body,
                                        QString *why);

inline constexpr qsizetype kMaxDecodedBytes = qsizetype{256} << 20;

} // namespace vaultlink
