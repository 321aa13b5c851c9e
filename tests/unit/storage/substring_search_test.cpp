#include "src/storage/substring_search.h"

#include <gtest/gtest.h>

#include <random>
#include <string_view>

using namespace vaultlink;

namespace {
qsizetype reference(const QByteArray &haystack, const QByteArray &needle, qsizetype from) {
    const std::string_view text(haystack.constData(), static_cast<std::size_t>(haystack.size()));
    const std::size_t at =
        text.find(std::string_view(needle.constData(), static_cast<std::size_t>(needle.size())),
                  static_cast<std::size_t>(from));
    return at == std::string_view::npos ? -1 : static_cast<qsizetype>(at);
}
} // namespace

TEST(SubstringSearch, AgreesWithAPlainSearchOnRandomText) {
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
        // A small alphabet gives many partial matches; lengths cross the 16-byte blocks.
        QByteArray haystack(static_cast<qsizetype>(rng() % 90), '\0');
        for (char &c : haystack)
            c = static_cast<char>('a' + rng() % 3);
        QByteArray needle(static_cast<qsizetype>(1 + rng() % 20), '\0');
        for (char &c : needle)
            c = static_cast<char>('a' + rng() % 3);
        if (rng() % 2 && haystack.size() >= needle.size()) // plant one, sometimes at the end
            haystack.replace(
                static_cast<qsizetype>(rng() %
                                       static_cast<unsigned>(haystack.size() - needle.size() + 1)),
                needle.size(), needle);
        const SubstringSearch search(needle);
        for (qsizetype from = 0; from <= haystack.size(); ++from)
            ASSERT_EQ(search.find(haystack, from), reference(haystack, needle, from))
                << haystack.toStdString() << " / " << needle.toStdString() << " from " << from;
    }
}

TEST(SubstringSearch, EdgeCases) {
    EXPECT_EQ(SubstringSearch("").find("abc", 1), 1);
    EXPECT_EQ(SubstringSearch("").find("abc", 3), 3);
    EXPECT_EQ(SubstringSearch("abcd").find("abc", 0), -1);
    EXPECT_EQ(SubstringSearch("c").find("abc", 0), 2);
    EXPECT_EQ(SubstringSearch("bc").find("abc", 2), -1);
    const QByteArray bytes("\xff\x00\xff\xfe", 4);
    EXPECT_EQ(SubstringSearch(QByteArray("\x00\xff", 2)).find(bytes, 0), 1);
    EXPECT_EQ(SubstringSearch(QByteArray("\xff\xfe", 2)).find(bytes, 0), 2);
}
