#include "server/http/compression.h"
#include "server/http/http_types.h"
#include "tests/server/support/inflate.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::decodeBody;

namespace {

QByteArray headerOf(const HttpResponse &response, const QByteArray &name) {
    QByteArray value;
    for (const auto &[key, text] : response.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            value += (value.isEmpty() ? "" : ", ") + text;
    return value;
}

HttpResponse withBody(qsizetype size) {
    QByteArray body;
    for (qsizetype i = 0; body.size() < size; ++i)
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"entry\"},";
    body.truncate(size);
    return HttpResponse::jsonText(body);
}

} // namespace

TEST(Compression, BodiesDecodeBackToTheOriginalInEitherContainer) {
    const QByteArray body = withBody(50000).body;
    const QByteArray gzip = compressBody(body, ContentCoding::Gzip);
    const QByteArray zlib = compressBody(body, ContentCoding::Deflate);
    EXPECT_TRUE(gzip.startsWith("\x1f\x8b")) << "a gzip member (RFC 1952)";
    EXPECT_EQ(zlib.at(0), '\x78') << "a zlib stream (RFC 1950), deflate with a 32 KB window";
    EXPECT_EQ(decodeBody(gzip, "gzip"), body);
    EXPECT_EQ(decodeBody(zlib, "deflate"), body);
    EXPECT_LT(gzip.size(), body.size() / 4);
    EXPECT_EQ(compressBody(body, ContentCoding::Identity), body);
    // Every level the server might be set to, and an empty body.
    for (int level = 1; level <= 9; ++level)
        EXPECT_EQ(decodeBody(compressBody(body, ContentCoding::Gzip, level), "gzip"), body);
    EXPECT_EQ(decodeBody(compressBody(QByteArray(), ContentCoding::Gzip), "gzip"), QByteArray());
}

TEST(Compression, NegotiationCompressesLargeBodiesAndMarksEveryBody) {
    // At the threshold: compressed as the request allows.
    for (const auto &[accept, coding] :
         {std::pair<const char *, const char *>{"gzip, deflate", "gzip"},
          {"deflate", "deflate"},
          {"*", "gzip"}}) {
        HttpResponse response = withBody(kMinCompressedBytes);
        const QByteArray original = response.body;
        negotiateEncoding(response, accept);
        EXPECT_EQ(headerOf(response, "Content-Encoding"), QByteArray(coding)) << accept;
        EXPECT_EQ(headerOf(response, "Vary"), QByteArray("Accept-Encoding")) << accept;
        EXPECT_EQ(decodeBody(response.body, coding), original) << accept;
    }
    // Refused, absent or malformed, or below the threshold: as it is, but still marked.
    for (const auto &[accept, size] : {std::pair<const char *, qsizetype>{"", 5000},
                                       {"identity", 5000},
                                       {"gzip;q=0, deflate;q=0", 5000},
                                       {"gzip;q=7", 5000},
                                       {"gzip, deflate", kMinCompressedBytes - 1}}) {
        HttpResponse response = withBody(size);
        const QByteArray original = response.body;
        negotiateEncoding(response, accept);
        EXPECT_TRUE(headerOf(response, "Content-Encoding").isEmpty()) << accept << " " << size;
        EXPECT_EQ(headerOf(response, "Vary"), QByteArray("Accept-Encoding")) << accept;
        EXPECT_EQ(response.body, original) << accept;
    }
    // No body (204, 303): nothing to vary.
    HttpResponse empty = HttpResponse::noContent();
    negotiateEncoding(empty, "gzip");
    EXPECT_TRUE(empty.headers.isEmpty());
}
