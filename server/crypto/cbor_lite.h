#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace vaultlink::server {

// The CBOR (RFC 8949) a browser's WebAuthn registration carries, read from untrusted bytes: the
// attestation object, the COSE key of the new credential and the authenticator's extensions.
// Only what those use is read: integers, byte and text strings, arrays, maps, true, false and
// null, all of definite length, maps keyed by integers or text without a key twice. Tags,
// floats, other simple values and indefinite lengths are refused rather than half understood.

struct CborEntry;

struct CborItem {
    enum class Kind { Unsigned, Negative, Bytes, Text, Array, Map, Bool, Null };

    Kind kind = Kind::Null;
    // Unsigned: the value; Negative: the n of the value -1 - n (which may not fit in a qint64);
    // Bool: 1 for true.
    quint64 argument = 0;
    QByteArray bytes;               // Bytes
    QString text;                   // Text
    std::vector<CborItem> items;    // Array
    std::vector<CborEntry> entries; // Map, in the order they came

    // The value of an Unsigned or Negative item when it fits in a qint64; nullopt otherwise.
    std::optional<qint64> integer() const;
    // The value under that key of a map; null when the item is no map or lacks the key.
    const CborItem *find(qint64 key) const;
    const CborItem *find(QStringView key) const;
};

struct CborEntry {
    CborItem key;
    CborItem value;
};

// The item the bytes are, whole; nullopt when they are not one well-formed item of the kinds
// above, or when anything follows it.
std::optional<CborItem> decodeCbor(QByteArrayView bytes);

// The item the bytes begin with, and in *length how many bytes it took; for an item other bytes
// follow, as the COSE key in authenticator data. nullopt (and *length 0) when they begin with
// no well-formed item.
std::optional<CborItem> decodeCborPrefix(QByteArrayView bytes, qsizetype *length);

// Limits of the reader, past which an item is refused: nesting (an array or map counts one),
// and entries of one map (keys are checked for duplicates pairwise, and nothing a browser sends
// holds more than a handful).
inline constexpr int kCborMaxDepth = 16;
inline constexpr qsizetype kCborMaxMapEntries = 64;

} // namespace vaultlink::server
