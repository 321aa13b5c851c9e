#include "src/net/content_decoding.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <zlib.h>

namespace vaultlink {
namespace {

// `text` compressed with zlib: windowBits 15 + 16 writes gzip, 15 the zlib format, -15 raw.
QByteArray compressed(const QByteArray &text, int windowBits) {
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, 5, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(text.size()))),
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray page() {
    QByteArray text = R"({"records":[)";
    for (int i = 0; i < 3000; ++i)
        text += R"({"id":)" + QByteArray::number(i) + R"(,"values":{"name":"Site )" +
                QByteArray::number(i * 7919 % 1000) + R"("}},)";
    return text + "]}";
}

struct Row {
    const char *name;
    QByteArray coding;
    QByteArray body;
    std::optional<QByteArray> decoded; // nullopt: refused
    const char *why;                   // part of the reason when refused
};

void PrintTo(const Row &row, std::ostream *os) {
    *os << row.name;
}

class ContentDecoding : public ::testing::TestWithParam<Row> {};

TEST_P(ContentDecoding, GivesTheBodyOrSaysWhyNot) {
    QString why;
    const std::optional<QByteArray> decoded =
        decodeContent(GetParam().coding, GetParam().body, &why);
    ASSERT_EQ(decoded.has_value(), GetParam().decoded.has_value()) << why.toStdString();
    if (decoded)
        EXPECT_EQ(*decoded, *GetParam().decoded);
    else
        EXPECT_TRUE(why.contains(QLatin1String(GetParam().why))) << why.toStdString();
}

std::vector<Row> rows() {
    const QByteArray text = page();
    const QByteArray gzip = compressed(text, 15 + 16);
    QByteArray flipped = gzip;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x55);
    return {
        {"none", "", text, text, ""},
        {"identity", " Identity ", text, text, ""},
        {"gzip", "gzip", gzip, text, ""},
        {"x_gzip_in_capitals", "X-GZIP", gzip, text, ""},
        {"deflate_as_zlib", "deflate", compressed(text, 15), text, ""},
        {"deflate_raw", "deflate", compressed(text, -15), text, ""},
        {"empty_text", "gzip", compressed(QByteArray(), 15 + 16), QByteArray(), ""},
        // A connection cut inside the stream, at several places, the trailer included.
        {"cut_in_the_middle", "gzip", gzip.left(gzip.size() / 2), std::nullopt, "ends before"},
        {"cut_in_the_trailer", "gzip", gzip.left(gzip.size() - 3), std::nullopt, "ends before"},
        {"cut_after_the_header", "gzip", gzip.left(10), std::nullopt, "ends before"},
        {"nothing", "gzip", QByteArray(), std::nullopt, "ends before"},
        {"damaged", "gzip", flipped, std::nullopt, "damaged"},
        {"not_compressed_at_all", "gzip", text, std::nullopt, "damaged"},
        {"unknown_coding", "br", text, std::nullopt, "did not ask for: br"},
        // A bomb: 300 MiB of zeros in a few hundred kilobytes.
        {"past_the_limit", "gzip", compressed(QByteArray(300 << 20, '\0'), 15 + 16), std::nullopt,
         "grows past 256 MiB"},
    };
}

INSTANTIATE_TEST_SUITE_P(Table, ContentDecoding, ::testing::ValuesIn(rows()),
                         [](const ::testing::TestParamInfo<Row> &row) { return row.param.name; });

} // namespace
} // namespace vaultlink
