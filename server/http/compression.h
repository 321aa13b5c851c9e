#pragma once

#include "server/http/accept_encoding.h"

#include <QByteArray>
#include <QByteArrayView>

namespace vaultlink::server {

struct HttpResponse;

// Bodies smaller than this go as they are: compressing them saves a few hundred bytes at most
// (under one TCP segment) and costs a zlib stream's setup (docs/api.md §1).
inline constexpr qsizetype kMinCompressedBytes = 1024;
// zlib's level for every response, chosen by measurement on feed pages (docs/server.md,
// "Compression and the change feed"): where size stops paying for time. Lower levels send 6–20 %
// more bytes to a phone for at most 1.4 ms a page; higher ones cost 40 % (level 6) to six times
// (8, 9) the time for 3–9 % less, and the time counts against each page's budget.
inline constexpr int kCompressionLevel = 5;

// `body` deflated (zlib, at `level`) in the container of `coding`: gzip (RFC 1952) or the zlib
// format (RFC 1950) that HTTP's "deflate" means; Identity returns the body unchanged. Throws
// std::runtime_error if zlib fails (it does only when out of memory).
QByteArray compressBody(QByteArrayView body, ContentCoding coding, int level = kCompressionLevel);

// The response made ready for a request with this Accept-Encoding (empty: none): a body of at
// least kMinCompressedBytes compressed as chooseContentCoding says, with Content-Encoding, and
// every response with a body marked Vary: Accept-Encoding, since another request for the same
// resource may get another coding (or none, its body being small).
void negotiateEncoding(HttpResponse &response, QByteArrayView acceptEncoding);

} // namespace vaultlink::server
