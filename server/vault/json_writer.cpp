#include "server/vault/json_writer.h"

#include "server/common/timefmt.h"

#include <charconv>

namespace vaultlink::server {

namespace {
constexpr char kHex[] = "0123456789abcdef";

char *escaped(char *p, char16_t unit) {
    *p++ = '\\';
    *p++ = 'u';
    *p++ = kHex[(unit >> 12) & 0xf];
    *p++ = kHex[(unit >> 8) & 0xf];
    *p++ = kHex[(unit >> 4) & 0xf];
    *p++ = kHex[unit & 0xf];
    return p;
}

bool isHigh(char16_t unit) {
    return unit >= 0xd800 && unit < 0xdc00;
}
bool isLow(char16_t unit) {
    return unit >= 0xdc00 && unit < 0xe000;
}
} // namespace

void appendJsonString(QByteArray &out, QStringView text) {
    const qsizetype at = out.size();
    // Room for the worst case, six bytes per UTF-16 unit (an escape), so that the loop writes
    // through a pointer; the unused rest is cut off at the end (capacity stays for what follows).
    out.resize(at + 2 + 6 * text.size());
    char *p = out.data() + at;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = static_cast<char>(u);
            } else if (u >= 0x20) {
                *p++ = '\\';
                *p++ = static_cast<char>(u);
            } else {
                p = escaped(p, u);
            }
        } else if (u < 0x800) {
            *p++ = static_cast<char>(0xc0 | (u >> 6));
            *p++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (!isHigh(u) && !isLow(u)) {
            *p++ = static_cast<char>(0xe0 | (u >> 12));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *p++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (isHigh(u) && s < end && isLow(*s)) {
            const char32_t c = 0x10000 + ((static_cast<char32_t>(u) - 0xd800) << 10) +
                               (static_cast<char32_t>(*s++) - 0xdc00);
            *p++ = static_cast<char>(0xf0 | (c >> 18));
            *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *p++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            p = escaped(p, u); // a lone surrogate
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

JsonWriter &JsonWriter::beginObject() {
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject() {
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray() {
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray() {
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::name(const char *key) {
    separate();
    m_out.append('"').append(key).append("\":");
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::name(QStringView key) {
    separate();
    appendJsonString(m_out, key);
    m_out.append(':');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text) {
    separate();
    appendJsonString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 number) {
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value) {
    separate();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null() {
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::time(qint64 msSinceEpoch) {
    separate();
    m_out.append('"');
    appendIsoTime(m_out, msSinceEpoch);
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json) {
    separate();
    m_out.append(json);
    return *this;
}

} // namespace vaultlink::server
