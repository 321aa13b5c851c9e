#include "server/http/accept_encoding.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {

struct Case {
    const char *field;
    ContentCoding expected;
    const char *why;
};

QByteArray nameOf(ContentCoding coding) {
    const QByteArray name = contentCodingName(coding); // empty for identity
    return name.isEmpty() ? QByteArrayLiteral("identity") : name;
}

} // namespace

TEST(AcceptEncoding, ChoosesAsTheContractSays) {
    using enum ContentCoding;
    const Case cases[] = {
        {"", Identity, "no header (or an empty one): identity"},
        {"gzip, deflate", Gzip, "what Qt's network access manager sends"},
        {"deflate, gzip", Gzip, "gzip is preferred whatever the order"},
        {"deflate;q=1, gzip;q=0.1", Gzip, "and whatever the weights, while gzip is acceptable"},
        {"deflate", Deflate, "deflate alone"},
        {"gzip;q=0, deflate", Deflate, "gzip refused"},
        {"gzip;q=0, deflate;q=0", Identity, "both refused"},
        {"gzip;q=0.000", Identity, "zero with decimals is still zero"},
        {"gzip;q=0.001", Gzip, "the smallest weight above zero"},
        {"*", Gzip, "'*' covers every coding"},
        {"*;q=0", Identity, "'*' refusing everything"},
        {"gzip;q=0, *", Deflate, "'*' covers what is not named"},
        {"*;q=0, deflate", Deflate, "a named coding beats '*'"},
        {"identity", Identity, "identity only"},
        {"identity;q=0", Identity, "identity refused, nothing else offered: identity anyway"},
        {"identity;q=0, *;q=0", Identity, "everything refused: identity anyway"},
        {"br", Identity, "only codings the server does not have"},
        {"br;q=1.0, gzip;q=0.8, *;q=0.1", Gzip, "a browser's list"},
        {"compress, deflate;q=0.5", Deflate, "an unknown coding is skipped"},
        {"GZIP", Gzip, "coding names compare case-insensitively"},
        {"Deflate;Q=0.5", Deflate, "and so does the q"},
        {"x-gzip", Gzip, "x-gzip is gzip (RFC 9110 §8.4.1.3)"},
        {"gzip ; q=0.5", Gzip, "blanks around ';'"},
        {" \tgzip\t, ", Gzip, "blanks and tabs around elements"},
        {", , gzip,,", Gzip, "empty list elements"},
        {"gzip, gzip;q=0", Identity, "named twice: the lower weight counts"},
        {"gzip;q=0, gzip;q=1", Identity, "in either order"},
        {"gzip;q=1.000", Gzip, "one with three zeros"},
        {"gzip;q=1.", Gzip, "one with a dot"},
        // Malformed: treated as absent, so identity, never a refusal.
        {"gzip;q=1.001", Identity, "a weight above one"},
        {"gzip;q=2", Identity, "a weight above one"},
        {"gzip;q=0.1234", Identity, "four decimals"},
        {"gzip;q=-1", Identity, "a negative weight"},
        {"gzip;q=", Identity, "a weight without digits"},
        {"gzip;q", Identity, "a weight without '='"},
        {"gzip;q = 0.5", Identity, "blanks inside the weight"},
        {"gzip;level=9", Identity, "a parameter other than q"},
        {"gzip;q=0.5;q=1", Identity, "two weights"},
        {"gzip;", Identity, "a ';' and nothing"},
        {";q=1", Identity, "a weight without a coding"},
        {"\"gzip\"", Identity, "a quoted coding"},
        {"gzip deflate", Identity, "two codings without a comma"},
        {"gz\xc3\xadp", Identity, "a byte outside a token"},
        {"gzip\r\n", Identity, "a line break"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(nameOf(chooseContentCoding(c.field)), nameOf(c.expected))
            << "Accept-Encoding: \"" << c.field << "\" (" << c.why << ")";
}

TEST(AcceptEncoding, ParsesTheWeightsOfTheCodingsItKnows) {
    const std::optional<AcceptedCodings> parsed =
        parseAcceptEncoding("br, GZIP;q=0.5, deflate;q=0, identity;q=0.25, *;q=0.125, zstd");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->gzip, 500);
    EXPECT_EQ(parsed->deflate, 0);
    EXPECT_EQ(parsed->identity, 250);
    EXPECT_EQ(parsed->any, 125);

    const std::optional<AcceptedCodings> none = parseAcceptEncoding("");
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->gzip || none->deflate || none->identity || none->any);

    EXPECT_FALSE(parseAcceptEncoding("gzip;q=0.5x"));
}

TEST(AcceptEncoding, NamesTheCodings) {
    EXPECT_EQ(contentCodingName(ContentCoding::Gzip), QByteArray("gzip"));
    EXPECT_EQ(contentCodingName(ContentCoding::Deflate), QByteArray("deflate"));
    EXPECT_TRUE(contentCodingName(ContentCoding::Identity).isEmpty());
}
