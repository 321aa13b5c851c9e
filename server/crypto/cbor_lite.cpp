#include "server/crypto/cbor_lite.h"

#include <QStringDecoder>

#include <limits>

namespace vaultlink::server {

namespace {

constexpr quint8 kUnsigned = 0;
constexpr quint8 kNegative = 1;
constexpr quint8 kBytes = 2;
constexpr quint8 kText = 3;
constexpr quint8 kArray = 4;
constexpr quint8 kMap = 5;
constexpr quint8 kSimple = 7;

constexpr quint8 kFalse = 20;
constexpr quint8 kTrue = 21;
constexpr quint8 kNull = 22;

bool sameKey(const CborItem &a, const CborItem &b) {
    if (a.kind != b.kind)
        return false;
    return a.kind == CborItem::Kind::Text ? a.text == b.text : a.argument == b.argument;
}

// Reads items off the front of the bytes; every read checks what is left first, so that a
// declared length is compared with the bytes there are before anything is allocated for it.
class Reader {
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes) {}

    qsizetype position() const { return m_pos; }

    std::optional<CborItem> item(int depth) {
        const std::optional<quint8> initial = byte();
        if (!initial)
            return std::nullopt;
        const auto major = static_cast<quint8>(*initial >> 5);
        const auto info = static_cast<quint8>(*initial & 0x1f);
        if (major == kSimple)
            return simple(info);
        const std::optional<quint64> argument = argumentOf(info);
        if (!argument)
            return std::nullopt;
        CborItem out;
        out.argument = *argument;
        switch (major) {
        case kUnsigned:
            out.kind = CborItem::Kind::Unsigned;
            return out;
        case kNegative:
            out.kind = CborItem::Kind::Negative;
            return out;
        case kBytes:
            return byteString(*argument);
        case kText:
            return textString(*argument);
        case kArray:
            return array(*argument, depth);
        case kMap:
            return map(*argument, depth);
        default: // tags
            return std::nullopt;
        }
    }

private:
    qsizetype remaining() const { return m_bytes.size() - m_pos; }

    // Whether `count` more bytes are there; a count past qsizetype's range is not.
    bool has(quint64 count) const { return count <= static_cast<quint64>(remaining()); }

    std::optional<quint8> byte() {
        if (!has(1))
            return std::nullopt;
        return static_cast<quint8>(m_bytes[m_pos++]);
    }

    // The argument in the bytes after the initial byte, big-endian; 28 to 30 are reserved and
    // 31 announces an indefinite length.
    std::optional<quint64> argumentOf(quint8 info) {
        if (info < 24)
            return info;
        if (info > 27)
            return std::nullopt;
        const int width = 1 << (info - 24);
        if (!has(static_cast<quint64>(width)))
            return std::nullopt;
        quint64 value = 0;
        for (int i = 0; i < width; ++i)
            value = (value << 8) | static_cast<quint8>(m_bytes[m_pos++]);
        return value;
    }

    QByteArrayView take(quint64 length) {
        const QByteArrayView piece = m_bytes.sliced(m_pos, static_cast<qsizetype>(length));
        m_pos += static_cast<qsizetype>(length);
        return piece;
    }

    static std::optional<CborItem> simple(quint8 info) {
        CborItem out;
        switch (info) {
        case kFalse:
        case kTrue:
            out.kind = CborItem::Kind::Bool;
            out.argument = info == kTrue ? 1 : 0;
            return out;
        case kNull:
            return out;
        default: // undefined, floats, other simple values, the break of indefinite lengths
            return std::nullopt;
        }
    }

    std::optional<CborItem> byteString(quint64 length) {
        if (!has(length))
            return std::nullopt;
        CborItem out;
        out.kind = CborItem::Kind::Bytes;
        out.bytes = take(length).toByteArray();
        return out;
    }

    // Invalid UTF-8 is refused, not replaced: two spellings of one key would be one key. A
    // leading byte order mark is kept as the character it is.
    std::optional<CborItem> textString(quint64 length) {
        if (!has(length))
            return std::nullopt;
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless |
                                   QStringConverter::Flag::ConvertInitialBom);
        CborItem out;
        out.kind = CborItem::Kind::Text;
        out.text = decoder.decode(take(length));
        if (decoder.hasError())
            return std::nullopt;
        return out;
    }

    // Every element takes at least one byte, so a count past the bytes left is a lie told
    // before any of them is read.
    std::optional<CborItem> array(quint64 count, int depth) {
        if (depth >= kCborMaxDepth || !has(count))
            return std::nullopt;
        CborItem out;
        out.kind = CborItem::Kind::Array;
        for (quint64 i = 0; i < count; ++i) {
            std::optional<CborItem> element = item(depth + 1);
            if (!element)
                return std::nullopt;
            out.items.push_back(std::move(*element));
        }
        return out;
    }

    std::optional<CborItem> map(quint64 count, int depth) {
        if (depth >= kCborMaxDepth || count > static_cast<quint64>(kCborMaxMapEntries) ||
            !has(count * 2))
            return std::nullopt;
        CborItem out;
        out.kind = CborItem::Kind::Map;
        for (quint64 i = 0; i < count; ++i) {
            std::optional<CborItem> key = item(depth + 1);
            if (!key || !isKey(*key) || findKey(out, *key))
                return std::nullopt;
            std::optional<CborItem> value = item(depth + 1);
            if (!value)
                return std::nullopt;
            out.entries.push_back(CborEntry{std::move(*key), std::move(*value)});
        }
        return out;
    }

    static bool isKey(const CborItem &key) {
        return key.kind == CborItem::Kind::Unsigned || key.kind == CborItem::Kind::Negative ||
               key.kind == CborItem::Kind::Text;
    }

    static bool findKey(const CborItem &map, const CborItem &key) {
        for (const CborEntry &entry : map.entries) {
            if (sameKey(entry.key, key))
                return true;
        }
        return false;
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<qint64> CborItem::integer() const {
    constexpr auto kMax = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (kind == Kind::Unsigned && argument <= kMax)
        return static_cast<qint64>(argument);
    // -1 - n for n up to kMax reaches qint64's minimum exactly.
    if (kind == Kind::Negative && argument <= kMax)
        return -1 - static_cast<qint64>(argument);
    return std::nullopt;
}

const CborItem *CborItem::find(qint64 key) const {
    if (kind != Kind::Map)
        return nullptr;
    for (const CborEntry &entry : entries) {
        if (entry.key.integer() == key)
            return &entry.value;
    }
    return nullptr;
}

const CborItem *CborItem::find(QStringView key) const {
    if (kind != Kind::Map)
        return nullptr;
    for (const CborEntry &entry : entries) {
        if (entry.key.kind == Kind::Text && entry.key.text == key)
            return &entry.value;
    }
    return nullptr;
}

std::optional<CborItem> decodeCbor(QByteArrayView bytes) {
    qsizetype length = 0;
    std::optional<CborItem> item = decodeCborPrefix(bytes, &length);
    if (!item || length != bytes.size())
        return std::nullopt;
    return item;
}

std::optional<CborItem> decodeCborPrefix(QByteArrayView bytes, qsizetype *length) {
    *length = 0;
    Reader reader(bytes);
    std::optional<CborItem> item = reader.item(0);
    if (item)
        *length = reader.position();
    return item;
}

} // namespace vaultlink::server
