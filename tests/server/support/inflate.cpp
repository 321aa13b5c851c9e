#include "tests/server/support/inflate.h"

#define ZLIB_CONST
#include <zlib.h>

namespace vaultlink::server::test {

std::optional<QByteArray> decodeBody(const QByteArray &body, const QByteArray &contentEncoding) {
    if (contentEncoding.isEmpty())
        return body;
    int windowBits = 0;
    if (contentEncoding == "gzip")
        windowBits = 15 + 16; // a gzip header and trailer only
    else if (contentEncoding == "deflate")
        windowBits = 15; // a zlib header and trailer only
    else
        return std::nullopt;
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<const Bytef *>(body.constData());
    stream.avail_in = static_cast<uInt>(body.size());
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK) {
        char chunk[16384];
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, static_cast<qsizetype>(sizeof chunk - stream.avail_out));
    }
    const bool whole = status == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (!whole)
        return std::nullopt;
    return out;
}

} // namespace vaultlink::server::test
