#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vaultlink {

// Finds a byte string in a large buffer, 16 bytes per step: a position is only compared in full
// when both the needle's first and last bytes are in place there, which the vector compares
// decide for 16 positions at once. Unlike memmem or Boyer-Moore-Horspool it needs no per-call
// set-up and is as fast for 2- and 3-byte needles as for long ones; the search index calls it
// once per matching record.
class SubstringSearch {
public:
    explicit SubstringSearch(QByteArray needle);
    // Offset of the first occurrence at or after `from`, or -1. An empty needle is found at
    // `from`.
    qsizetype find(QByteArrayView haystack, qsizetype from) const;

private:
    QByteArray m_needle;
};

} // namespace vaultlink
