#include "src/storage/substring_search.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

namespace vaultlink {

namespace {
// GCC and Clang vector extensions: SSE2 on x86-64 and NEON on ARM from the same source.
using Bytes16 = unsigned char __attribute__((vector_size(16)));

Bytes16 load(const char *at) {
    Bytes16 bytes;
    std::memcpy(&bytes, at, sizeof bytes);
    return bytes;
}

Bytes16 broadcast(char c) {
    Bytes16 bytes;
    for (int i = 0; i < 16; ++i)
        bytes[i] = static_cast<unsigned char>(c);
    return bytes;
}

static_assert(std::endian::native == std::endian::little,
              "candidate positions are read from the low byte up");
} // namespace

SubstringSearch::SubstringSearch(QByteArray needle)
    : m_needle(std::move(needle)) {}

qsizetype SubstringSearch::find(QByteArrayView haystack, qsizetype from) const {
    const qsizetype m = m_needle.size();
    const qsizetype n = haystack.size();
    if (m == 0)
        return from <= n ? from : -1;
    if (n - from < m)
        return -1;
    const char *text = haystack.data();
    const char *needle = m_needle.constData();
    if (m == 1) {
        const void *hit = std::memchr(text + from, needle[0], static_cast<std::size_t>(n - from));
        return hit ? static_cast<const char *>(hit) - text : -1;
    }
    const Bytes16 first = broadcast(needle[0]);
    const Bytes16 last = broadcast(needle[m - 1]);
    const auto middle = static_cast<std::size_t>(m - 2);
    qsizetype i = from;
    for (; i + m - 1 + 16 <= n; i += 16) {
        const auto candidates = (load(text + i) == first) & (load(text + i + m - 1) == last);
        std::uint64_t halves[2];
        std::memcpy(halves, &candidates, sizeof halves);
        if ((halves[0] | halves[1]) == 0)
            continue;
        for (int half = 0; half < 2; ++half) {
            // Each candidate is a 0xFF byte; take them from the lowest position up.
            for (std::uint64_t bits = halves[half]; bits != 0;) {
                const int byte = std::countr_zero(bits) / 8;
                const qsizetype at = i + qsizetype{half} * 8 + byte;
                if (std::memcmp(text + at + 1, needle + 1, middle) == 0)
                    return at;
                bits &= ~(std::uint64_t{0xFF} << (byte * 8));
            }
        }
    }
    for (; i + m <= n; ++i)
        if (text[i] == needle[0] && std::memcmp(text + i, needle, static_cast<std::size_t>(m)) == 0)
            return i;
    return -1;
}

} // namespace vaultlink
