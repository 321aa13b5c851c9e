#include "server/crypto/base32.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
struct Vector {
    const char *plain;
    const char *encoded;
};
// RFC 4648 section 10, without padding.
constexpr Vector kVectors[] = {{"", ""},
                               {"f", "MY"},
                               {"fo", "MZXQ"},
                               {"foo", "MZXW6"},
                               {"foob", "MZXW6YQ"},
                               {"fooba", "MZXW6YTB"},
                               {"foobar", "MZXW6YTBOI"}};
void PrintTo(const Vector &v, std::ostream *os) {
    *os << '"' << v.plain << '"';
}
} // namespace

class Base32Vectors : public ::testing::TestWithParam<Vector> {};

TEST_P(Base32Vectors, EncodesAndDecodes) {
    const Vector v = GetParam();
    EXPECT_EQ(base32Encode(QByteArray(v.plain)), QByteArray(v.encoded));
    EXPECT_EQ(base32Decode(QByteArray(v.encoded)).value(), QByteArray(v.plain));
}

INSTANTIATE_TEST_SUITE_P(Rfc4648, Base32Vectors, ::testing::ValuesIn(kVectors));

TEST(Base32, DecodingIgnoresCasePaddingAndSpaces) {
    EXPECT_EQ(base32Decode("mzxw 6ytb oi======").value(), QByteArray("foobar"));
}

TEST(Base32, RejectsCharactersOutsideTheAlphabet) {
    EXPECT_FALSE(base32Decode("MZXW1").has_value());
    EXPECT_FALSE(base32Decode("MZ-W6").has_value());
}
