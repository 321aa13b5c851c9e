#include "src/net/content_decoding.h"

#include <algorithm>
#include <zlib.h>

namespace vaultlink {

namespace {
// windowBits: 15 + 32 reads a gzip or zlib header, whichever comes; -15 a raw deflate stream.
std::optional<QByteArray> inflated(const QByteArray &body, int windowBits, QString *why) {
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK) {
        *why = QStringLiteral("zlib could not start");
        return std::nullopt;
    }
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = static_cast<uInt>(body.size());
    const qsizetype chunk = std::max<qsizetype>(body.size() * 4, 64 * 1024);
    int status = Z_OK;
    while (status == Z_OK && out.size() <= kMaxDecodedBytes) {
        const qsizetype at = out.size();
        out.resize(at + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + at);
        stream.avail_out = static_cast<uInt>(chunk);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(at + chunk - static_cast<qsizetype>(stream.avail_out));
        // Z_BUF_ERROR with fresh room to write: the input ended inside the stream.
    }
    const bool ended = status == Z_STREAM_END;
    inflateEnd(&stream);
    if (out.size() > kMaxDecodedBytes) {
        *why =
            QStringLiteral("the compressed answer grows past %1 MiB").arg(kMaxDecodedBytes >> 20);
        return std::nullopt;
    }
    if (!ended) {
        *why = status == Z_DATA_ERROR || status == Z_NEED_DICT
                   ? QStringLiteral("the compressed answer is damaged")
                   : QStringLiteral("the compressed answer ends before its stream does");
        return std::nullopt;
    }
    return out;
}
} // namespace

std::optional<QByteArray> decodeContent(const QByteArray &coding, const QByteArray &body,
                                        QString *why) {
    const QByteArray name = coding.trimmed().toLower();
    if (name.isEmpty() || name == "identity")
        return body;
    if (name == "gzip" || name == "x-gzip")
        return inflated(body, 15 + 32, why);
    if (name == "deflate") {
        // RFC 9110's deflate is the zlib format; a raw stream is read too, as browsers do.
        QString first;
        if (std::optional<QByteArray> zlib = inflated(body, 15 + 32, &first))
            return zlib;
        if (std::optional<QByteArray> raw = inflated(body, -15, why))
            return raw;
        *why = first;
        return std::nullopt;
    }
    *why = QStringLiteral("the answer is in a coding this client did not ask for: %1")
               .arg(QString::fromLatin1(name.left(40)));
    return std::nullopt;
}

} // namespace vaultlink
