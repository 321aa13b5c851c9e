#include "server/http/compression.h"

#include "server/http/http_types.h"

// next_in as a pointer to const: deflate() only reads the body.
#define ZLIB_CONST
#include <stdexcept>
#include <zlib.h>

namespace vaultlink::server {

namespace {
// zlib's windowBits: 15 (the largest window), plus 16 for a gzip header and trailer instead of
// zlib's.
int windowBits(ContentCoding coding) {
    return coding == ContentCoding::Gzip ? 15 + 16 : 15;
}
} // namespace

QByteArray compressBody(QByteArrayView body, ContentCoding coding, int level) {
    if (coding == ContentCoding::Identity)
        return body.toByteArray();
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits(coding), 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib cannot start a stream");
    // deflateBound is what one Z_FINISH call may need at most (gzip's header included), so the
    // body goes through in one call. A body is far below 4 GB (the request and page limits).
    const uLong bound = deflateBound(&stream, static_cast<uLong>(body.size()));
    QByteArray out(static_cast<qsizetype>(bound), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<const Bytef *>(body.data());
    stream.avail_in = static_cast<uInt>(body.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(bound);
    const int status = deflate(&stream, Z_FINISH);
    const uLong written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::runtime_error("zlib failed to compress a response");
    out.truncate(static_cast<qsizetype>(written));
    return out;
}

void negotiateEncoding(HttpResponse &response, QByteArrayView acceptEncoding) {
    if (response.body.isEmpty())
        return;
    response.headers.emplaceBack("Vary", "Accept-Encoding");
    if (response.body.size() < kMinCompressedBytes)
        return;
    const ContentCoding coding = chooseContentCoding(acceptEncoding);
    if (coding == ContentCoding::Identity)
        return;
    response.body = compressBody(response.body, coding);
    response.headers.emplaceBack("Content-Encoding", contentCodingName(coding));
}

} // namespace vaultlink::server
