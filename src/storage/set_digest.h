#pragma once

#include <QString>

#include <array>

namespace vaultlink {

// docs/api.md §7.9: XOR over the held records of SHA-256("<id>:<sequence>"). XOR is its own
// inverse, so toggling a pair adds it when absent and takes it out when present; the value can be
// kept up to date record by record, in any order.
class SetDigest {
public:
    void toggle(qint64 id, qint64 sequence);
    QString hex() const; // 64 lower-case hex digits; all zeros for the empty set
    // Empty text is the empty set; anything but 64 hex digits throws StorageError (Corrupt).
    static SetDigest fromHex(const QString &hex);

private:
    std::array<unsigned char, 32> m_bytes{};
};

} // namespace vaultlink
