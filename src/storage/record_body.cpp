#include "src/storage/record_body.h"

#include "src/storage/encrypted_db.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QVarLengthArray>

#include <array>
#include <string_view>
#include <zlib.h>

namespace vaultlink {

namespace {
constexpr QLatin1String kName("name");
constexpr QLatin1String kUserName("username");
constexpr QLatin1String kUrl("url");
constexpr QLatin1String kTags("tags");

bool isAscii(QStringView text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

bool storable(QStringView text) {
    return isAscii(text) || text.isValidUtf16();
}

// --- Writing -------------------------------------------------------------------------------

void putVarint(QByteArray &out, quint64 value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

quint64 zigzag(qint64 value) {
    return (static_cast<quint64>(value) << 1) ^ static_cast<quint64>(value >> 63);
}

// Text as UTF-8, its byte length shifted left by `shift` bits plus `low` before it (so that one
// varint says both what follows and how long it is); false for text UTF-8 cannot hold (a lone
// surrogate).
bool putText(QByteArray &out, QStringView text, int shift = 0, quint64 low = 0) {
    if (isAscii(text)) {
        putVarint(out, (static_cast<quint64>(text.size()) << shift) + low);
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = static_cast<char>(c.unicode());
        return true;
    }
    if (!text.isValidUtf16())
        return false;
    const QByteArray utf8 = text.toUtf8();
    putVarint(out, (static_cast<quint64>(utf8.size()) << shift) + low);
    out += utf8;
    return true;
}

// docs/api.md §2 times as the server writes them, "2026-11-22T15:45:59.776Z": milliseconds
// since 2020 (6 bytes instead of 24) when formatting them again gives the same text.
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kTimeBase = 1'577'836'800'000; // 2020-01-01T00:00:00.000Z

qint64 daysFromCivil(qint64 y, qint64 m, qint64 d) {
    // H. Hinnant's days_from_civil: the proleptic Gregorian calendar, day 0 = 1970-01-01.
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, qint64 &y, qint64 &m, qint64 &d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

constexpr qsizetype kTimeLength = 24; // 2026-11-22T15:45:59.776Z

std::array<char, kTimeLength> timeText(qint64 ms) {
    const qint64 days = (ms >= 0 ? ms : ms - kMsPerDay + 1) / kMsPerDay;
    qint64 rest = ms - days * kMsPerDay;
    qint64 y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    std::array<char, kTimeLength> text{};
    const auto digits = [&](qsizetype at, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            text[static_cast<std::size_t>(at + i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    digits(0, y, 4);
    digits(5, m, 2);
    digits(8, d, 2);
    digits(11, rest / 3'600'000, 2);
    rest %= 3'600'000;
    digits(14, rest / 60'000, 2);
    rest %= 60'000;
    digits(17, rest / 1000, 2);
    digits(20, rest % 1000, 3);
    for (const auto &[at, c] :
         {std::pair{4, '-'}, {7, '-'}, {10, 'T'}, {13, ':'}, {16, ':'}, {19, '.'}, {23, 'Z'}})
        text[static_cast<std::size_t>(at)] = c;
    return text;
}

std::optional<qint64> timeMs(QStringView text) {
    if (text.size() != kTimeLength)
        return std::nullopt;
    qint64 parts[7] = {};
    const int starts[7] = {0, 5, 8, 11, 14, 17, 20};
    const int lengths[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int p = 0; p < 7; ++p)
        for (int i = 0; i < lengths[p]; ++i) {
            const char16_t c = text[starts[p] + i].unicode();
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    const qint64 ms = daysFromCivil(parts[0], parts[1], parts[2]) * kMsPerDay +
                      ((parts[3] * 60 + parts[4]) * 60 + parts[5]) * 1000 + parts[6];
    // Formatting it again must give the same text (no 2026-02-30, no 24:00 or lower case).
    const std::array<char, kTimeLength> again = timeText(ms);
    for (qsizetype i = 0; i < kTimeLength; ++i)
        if (text[i].unicode() != static_cast<unsigned char>(again[static_cast<std::size_t>(i)]))
            return std::nullopt;
    return ms;
}

bool putTime(QByteArray &out, QStringView text) {
    if (const std::optional<qint64> ms = timeMs(text)) {
        putVarint(out, zigzag(*ms - kTimeBase) << 1);
        return true;
    }
    return putText(out, text, 1, 1);
}

// A clientRef as the clients make it (a lower-case UUID, 36 characters): its 16 bytes.
std::optional<std::array<char, 16>> uuidBytes(QStringView text) {
    if (text.size() != 36)
        return std::nullopt;
    std::array<char, 16> bytes{};
    int nibble = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        int value = 0;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else
            return std::nullopt;
        auto &byte = bytes[static_cast<std::size_t>(nibble / 2)];
        byte = static_cast<char>(nibble % 2 == 0 ? value << 4 : (byte | value));
        ++nibble;
    }
    return bytes;
}

QString uuidText(QByteArrayView bytes) {
    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (qsizetype i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        const auto byte = static_cast<unsigned char>(bytes[i]);
        text += QLatin1Char(hex[byte >> 4]);
        text += QLatin1Char(hex[byte & 0x0F]);
    }
    return text;
}

// A value: text (length × 2) or a list of texts (count × 2 + 1, then each with its length).
bool putValue(QByteArray &out, const QJsonValue &value) {
    if (value.isString())
        return putText(out, value.toString(), 1, 0);
    if (!value.isArray())
        return false;
    const QJsonArray list = value.toArray();
    putVarint(out, (static_cast<quint64>(list.size()) << 1) | 1);
    for (const QJsonValue item : list)
        if (!item.isString() || !putText(out, item.toString()))
            return false;
    return true;
}

// Who made a change: null (0), the record's creator (1), or a name (length + 2).
bool putBy(QByteArray &out, const std::optional<QString> &by,
           const std::optional<QString> &createdBy) {
    if (!by) {
        putVarint(out, 0);
        return true;
    }
    if (createdBy && *by == *createdBy) {
        putVarint(out, 1);
        return true;
    }
    return putText(out, *by, 0, 2);
}

// One field's revision, time and author, whether in format 1 or 2.
struct Meta {
    qint64 revision = 1;
    QString modifiedAt;
    std::optional<QString> modifiedBy; // empty: null (or a format-1 field without the member)
};

// What both formats make a body of: the record's own members, each field's value (only those
// of the body are read) and meta.
struct Parts {
    QString createdAt;
    bool withBy = true;
    QJsonValue clientRef; // undefined: no member
    qint64 sequenceDelta = 0;
    QVarLengthArray<Meta, 12> metas;
    QVarLengthArray<QJsonValue, 12> values;
};

// Flags, the first varint of a compact body.
constexpr quint64 kNoModifiedBy = 1;  // format-1 fields without a modifiedBy member
constexpr quint64 kSequenceDelta = 2; // the object's sequence differs from the column's

std::optional<QByteArray> encode(const Parts &parts, const FormLayout &layout) {
    const qsizetype count = layout.fields().size();
    // The creator as feed format 2 defines it: the author of the first field still at its
    // creation (revision 1, modified at createdAt); whatever differs from that goes to `changed`.
    std::optional<QString> createdBy;
    if (parts.withBy)
        for (const Meta &meta : parts.metas)
            if (meta.revision == 1 && meta.modifiedAt == parts.createdAt) {
                createdBy = meta.modifiedBy;
                break;
            }
    QByteArray out;
    out.reserve(128);
    out += static_cast<char>(record_body::Kind::Compact);
    putVarint(out,
              (parts.withBy ? 0 : kNoModifiedBy) | (parts.sequenceDelta != 0 ? kSequenceDelta : 0));
    if (parts.sequenceDelta != 0)
        putVarint(out, zigzag(parts.sequenceDelta));
    if (!putTime(out, parts.createdAt))
        return std::nullopt;
    if (parts.withBy && !putBy(out, createdBy, std::nullopt))
        return std::nullopt;
    // clientRef: absent (0), null (1), a UUID (2, 16 bytes) or text (length + 3).
    if (parts.clientRef.isUndefined()) {
        putVarint(out, 0);
    } else if (parts.clientRef.isNull()) {
        putVarint(out, 1);
    } else if (const auto uuid = uuidBytes(parts.clientRef.toString())) {
        putVarint(out, 2);
        out.append(uuid->data(), 16);
    } else if (!putText(out, parts.clientRef.toString(), 0, 3)) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < count; ++i)
        if (layout.place(i) == FormLayout::Place::Body && !putValue(out, parts.values[i]))
            return std::nullopt;
    QVarLengthArray<qsizetype, 12> changed;
    for (qsizetype i = 0; i < count; ++i) {
        const Meta &meta = parts.metas[i];
        if (meta.revision != 1 || meta.modifiedAt != parts.createdAt ||
            (parts.withBy && meta.modifiedBy != createdBy))
            changed.append(i);
    }
    putVarint(out, static_cast<quint64>(changed.size()));
    for (const qsizetype i : changed) {
        const Meta &meta = parts.metas[i];
        putVarint(out, static_cast<quint64>(i));
        putVarint(out, zigzag(meta.revision));
        if (!putTime(out, meta.modifiedAt))
            return std::nullopt;
        if (parts.withBy && !putBy(out, meta.modifiedBy, createdBy))
            return std::nullopt;
    }
    return record_body::deflated(out);
}

bool storableText(const QJsonValue &value) {
    return value.isString() && storable(value.toString());
}

// --- Reading -------------------------------------------------------------------------------

class Reader {
public:
    explicit Reader(QByteArrayView in)
        : m_in(in) {}

    quint64 varint() {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_in.size())
                break;
            const auto byte = static_cast<unsigned char>(m_in[m_at++]);
            value |= static_cast<quint64>(byte & 0x7F) << shift;
            if (byte < 0x80)
                return value;
        }
        fail();
        return 0;
    }
    qint64 signedVarint() {
        const quint64 raw = varint();
        return static_cast<qint64>(raw >> 1) ^ -static_cast<qint64>(raw & 1);
    }
    QByteArrayView bytes(quint64 count) {
        if (count > static_cast<quint64>(m_in.size() - m_at)) {
            fail();
            return {};
        }
        const QByteArrayView taken = m_in.sliced(m_at, static_cast<qsizetype>(count));
        m_at += static_cast<qsizetype>(count);
        return taken;
    }
    QString text(quint64 length) { return QString::fromUtf8(bytes(length)); }
    QString time() {
        const quint64 head = varint();
        if (head & 1)
            return text(head >> 1);
        const quint64 raw = head >> 1;
        const std::array<char, kTimeLength> formatted =
            timeText((static_cast<qint64>(raw >> 1) ^ -static_cast<qint64>(raw & 1)) + kTimeBase);
        return QString::fromLatin1(formatted.data(), kTimeLength);
    }
    QJsonValue value() {
        const quint64 head = varint();
        if ((head & 1) == 0)
            return text(head >> 1);
        QJsonArray list;
        for (quint64 i = 0, count = head >> 1; i < count && m_ok; ++i)
            list.append(text(varint()));
        return list;
    }
    QJsonValue by(const QJsonValue &createdBy) {
        const quint64 head = varint();
        if (head == 0)
            return QJsonValue::Null;
        if (head == 1)
            return createdBy;
        return text(head - 2);
    }
    bool ok() const { return m_ok && m_at == m_in.size(); }
    bool failed() const { return !m_ok; }

private:
    void fail() {
        m_ok = false;
        m_at = m_in.size();
    }
    QByteArrayView m_in;
    qsizetype m_at = 0;
    bool m_ok = true;
};

[[noreturn]] void unreadable(qint64 id) {
    throw StorageError(StorageError::Kind::Corrupt,
                       QStringLiteral("record %1: its stored form does not read").arg(id));
}

// --- Deflate ------------------------------------------------------------------------------

// What bodies hold besides secrets: notes in words, addresses, times the short form cannot
// take, device names, and (in JSON bodies) the record object's member names. zlib finds matches
// nearest the end soonest. Never change it: stored bodies were made with it.
constexpr std::string_view kDictionary =
    "the and for you with this that from have are was not but all your our can will please "
    "Account number Customer PIN code Recovery codes Security question answer Support phone "
    "contact admin administrator password login user name owner shared team before after "
    "https://www. http:// .com/ .net/ .org/ .de/ .co.uk/ @gmail.com @outlook.com "
    "iPhone iPad Pixel Galaxy Android Desktop Laptop 's phone 2025-2026-2027-T00:00:00.000Z "
    "\"clientRef\":null,\"createdAt\":\"\",\"fields\":[{\"key\":\"name\",\"type\":\"title\","
    "\"label\":\"Name\",\"value\":\"\",\"revision\":1,\"modifiedAt\":\"\",\"modifiedBy\":null},"
    "{\"key\":\"tags\",\"type\":\"tags\",\"label\":\"Tags\",\"value\":[]}],\"form\":\"login\","
    "\"id\":,\"personal\":false,\"sequence\":,\"unit\":null";

// Bodies shorter than this are stored as they are: see the measurements in mirror_schema.cpp.
constexpr qsizetype kDeflateFrom = 160;

struct Deflater {
    z_stream stream{};
    bool ready = false;
    Deflater() {
        // Raw deflate (no zlib header or checksum: the page's HMAC covers the bytes), a 32 KiB
        // window; level 6, zlib's default balance.
        ready = deflateInit2(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater() {
        if (ready)
            deflateEnd(&stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;
};

struct Inflater {
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&stream, -15) == Z_OK; }
    ~Inflater() {
        if (ready)
            inflateEnd(&stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
};

const Bytef *dictionaryBytes() {
    return reinterpret_cast<const Bytef *>(kDictionary.data());
}

QByteArray inflated(QByteArrayView payload) {
    // Bodies are small; the largest plausible record fits well within this.
    constexpr qsizetype kMaxInflated = 16 * 1024 * 1024;
    thread_local Inflater inflater;
    z_stream &s = inflater.stream;
    if (!inflater.ready || inflateReset(&s) != Z_OK ||
        inflateSetDictionary(&s, dictionaryBytes(), static_cast<uInt>(kDictionary.size())) != Z_OK)
        return {};
    QByteArray out(std::max<qsizetype>(payload.size() * 4, 256), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(payload.data()));
    s.avail_in = static_cast<uInt>(payload.size());
    qsizetype produced = 0;
    for (;;) {
        s.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        s.avail_out = static_cast<uInt>(out.size() - produced);
        const int rc = inflate(&s, Z_FINISH);
        produced = out.size() - static_cast<qsizetype>(s.avail_out);
        if (rc == Z_STREAM_END) {
            out.truncate(produced);
            return out;
        }
        if ((rc != Z_BUF_ERROR && rc != Z_OK) || out.size() >= kMaxInflated)
            return {};
        out.resize(out.size() * 2);
    }
}

QByteArray payloadOf(QByteArrayView body, qint64 id) {
    const auto kind = static_cast<record_body::Kind>(body.front());
    const QByteArrayView rest = body.sliced(1);
    if (kind == record_body::Kind::Compact || kind == record_body::Kind::Json)
        return rest.toByteArray();
    QByteArray out = inflated(rest);
    if (out.isEmpty())
        unreadable(id);
    return out;
}
} // namespace

// --- FormLayout -----------------------------------------------------------------------------

FormLayout::FormLayout(QString form, QList<Field> fields)
    : m_form(std::move(form))
    , m_fields(std::move(fields)) {
    QJsonArray list;
    m_compact = storable(m_form);
    m_places.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields[i];
        list.append(QJsonArray{field.key, field.type, field.label});
        m_places.append(field.key == kName       ? Place::Name
                        : field.key == kUserName ? Place::UserName
                        : field.key == kUrl      ? Place::Url
                        : field.key == kTags     ? Place::Tags
                                                 : Place::Body);
        m_compact = m_compact && storable(field.key) && storable(field.type) &&
                    storable(field.label) && indexOf(field.key) == i;
    }
    m_fieldsJson = QJsonDocument(list).toJson(QJsonDocument::Compact);
    m_identity = m_form.toUtf8() + '\0' + m_fieldsJson;
}

qsizetype FormLayout::indexOf(const QString &key) const {
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].key == key)
            return i;
    return -1;
}

Layout FormLayout::fromJson(const QString &form, QByteArrayView fieldsJson) {
    const QJsonDocument document = QJsonDocument::fromJson(fieldsJson.toByteArray());
    if (!document.isArray())
        return nullptr;
    QList<Field> fields;
    for (const QJsonValue entry : document.array()) {
        const QJsonArray triple = entry.toArray();
        if (triple.size() != 3 || !triple[0].isString() || !triple[1].isString() ||
            !triple[2].isString())
            return nullptr;
        fields.append({triple[0].toString(), triple[1].toString(), triple[2].toString()});
    }
    return std::make_shared<const FormLayout>(form, std::move(fields));
}

Layout layoutOf(const FormLayouts &forms, const QString &form) {
    for (const Layout &layout : forms)
        if (layout->form() == form)
            return layout;
    return nullptr;
}

namespace record_body {

std::optional<qint64> wholeNumber(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    const qint64 result = value.toInteger(-1);
    if (result == -1 && value.toDouble() != -1.0)
        return std::nullopt;
    return result;
}

std::optional<QByteArray> fromFormat1(const QJsonObject &record, const QJsonObject *fields,
                                      const FormLayout &layout, qint64 columnSequence,
                                      bool columnsStorable) {
    const qsizetype count = layout.fields().size();
    if (!layout.compact() || !columnsStorable)
        return std::nullopt;
    Parts parts;
    // Exactly the members of docs/api.md §6 (clientRef may be missing): the caller checked id,
    // form, personal, sequence and fields, so the count leaves no room for another.
    const QJsonValue createdAt = record.value(QLatin1String("createdAt"));
    parts.clientRef = record.value(QLatin1String("clientRef"));
    if (!createdAt.isString() || !record.contains(QLatin1String("unit")) ||
        record.size() != (parts.clientRef.isUndefined() ? 7 : 8) ||
        !(parts.clientRef.isUndefined() || parts.clientRef.isNull() ||
          storableText(parts.clientRef)))
        return std::nullopt;
    parts.createdAt = createdAt.toString();
    if (!storable(parts.createdAt))
        return std::nullopt;
    parts.sequenceDelta = record.value(QLatin1String("sequence")).toInteger() - columnSequence;
    parts.withBy = count > 0 && fields[0].contains(QLatin1String("modifiedBy"));
    parts.metas.resize(count);
    parts.values.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject &field = fields[i];
        // key, type and label are the layout's (the caller matched them); value, revision,
        // modifiedAt and modifiedBy as every field of the record has them, and nothing else.
        // The columns' values the caller checked.
        if (field.size() != (parts.withBy ? 7 : 6))
            return std::nullopt;
        const std::optional<qint64> revision = wholeNumber(field.value(QLatin1String("revision")));
        const QJsonValue modifiedAt = field.value(QLatin1String("modifiedAt"));
        if (!revision || !modifiedAt.isString())
            return std::nullopt;
        Meta &meta = parts.metas[i];
        meta.revision = *revision;
        meta.modifiedAt = modifiedAt.toString();
        if (parts.withBy) {
            const QJsonValue by = field.value(QLatin1String("modifiedBy"));
            if (by.isString())
                meta.modifiedBy = by.toString();
            else if (!by.isNull())
                return std::nullopt;
        }
        if (layout.place(i) == FormLayout::Place::Body) {
            parts.values[i] = field.value(QLatin1String("value")); // checked as it is written
            if (parts.values[i].isUndefined())
                return std::nullopt;
        } else if (!field.contains(QLatin1String("value"))) {
            return std::nullopt;
        }
    }
    return encode(parts, layout);
}

std::optional<QByteArray> fromFormat2(const Format2 &record, const FormLayout &layout) {
    if (!layout.compact())
        return std::nullopt;
    Parts parts;
    parts.createdAt = record.createdAt;
    // Format 1 has the member, null when there is none.
    parts.clientRef = record.clientRef ? QJsonValue(*record.clientRef) : QJsonValue::Null;
    const qsizetype count = layout.fields().size();
    parts.metas.resize(count);
    parts.values.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        parts.metas[i] = {1, record.createdAt, record.createdBy};
        parts.values[i] = record.values.value(i);
        const QJsonValue &value = parts.values[i];
        if (value.isString() && !storableText(value))
            return std::nullopt;
        for (const QJsonValue tag : value.toArray())
            if (!storableText(tag))
                return std::nullopt;
    }
    for (const Format2::Change &change : record.changed) {
        Meta &meta = parts.metas[change.field];
        meta.revision = change.revision;
        meta.modifiedAt = change.modifiedAt;
        meta.modifiedBy = change.modifiedBy;
    }
    if (!storable(parts.createdAt) || (record.clientRef && !storable(*record.clientRef)))
        return std::nullopt;
    return encode(parts, layout);
}

QJsonObject format1Of(const RecordColumns &columns, const Format2 &record,
                      const FormLayout &layout) {
    const QJsonValue createdBy = record.createdBy ? QJsonValue(*record.createdBy) : QJsonValue();
    QJsonArray fields;
    for (qsizetype i = 0; i < layout.fields().size(); ++i) {
        const FormLayout::Field &field = layout.fields()[i];
        QJsonObject object{{QLatin1String("key"), field.key},
                           {QLatin1String("type"), field.type},
                           {QLatin1String("label"), field.label},
                           {QLatin1String("value"), record.values.value(i)},
                           {QLatin1String("revision"), 1},
                           {QLatin1String("modifiedAt"), record.createdAt},
                           {QLatin1String("modifiedBy"), createdBy}};
        for (const Format2::Change &change : record.changed)
            if (change.field == i) {
                object.insert(QLatin1String("revision"), change.revision);
                object.insert(QLatin1String("modifiedAt"), change.modifiedAt);
                object.insert(QLatin1String("modifiedBy"),
                              change.modifiedBy ? QJsonValue(*change.modifiedBy) : QJsonValue());
            }
        fields.append(object);
    }
    return {{QLatin1String("id"), columns.id},
            {QLatin1String("form"), columns.form},
            {QLatin1String("unit"), columns.unit ? QJsonValue(*columns.unit) : QJsonValue()},
            {QLatin1String("personal"), !columns.unit},
            {QLatin1String("sequence"), columns.sequence},
            {QLatin1String("createdAt"), record.createdAt},
            {QLatin1String("clientRef"),
             record.clientRef ? QJsonValue(*record.clientRef) : QJsonValue()},
            {QLatin1String("fields"), fields}};
}

QByteArray jsonBody(const QByteArray &json) {
    QByteArray body;
    body.reserve(json.size() + 1);
    body += static_cast<char>(Kind::Json);
    body += json;
    return deflated(body);
}

QByteArray deflated(const QByteArray &body) {
    if (body.size() < kDeflateFrom)
        return body;
    thread_local Deflater deflater;
    z_stream &s = deflater.stream;
    if (!deflater.ready || deflateReset(&s) != Z_OK ||
        deflateSetDictionary(&s, dictionaryBytes(), static_cast<uInt>(kDictionary.size())) != Z_OK)
        return body;
    // Worth it only when it saves something: the output may not exceed the input.
    QByteArray out(body.size(), Qt::Uninitialized);
    out[0] = body.front() == static_cast<char>(Kind::Compact)
                 ? static_cast<char>(Kind::CompactDeflated)
                 : static_cast<char>(Kind::JsonDeflated);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data() + 1));
    s.avail_in = static_cast<uInt>(body.size() - 1);
    s.next_out = reinterpret_cast<Bytef *>(out.data() + 1);
    s.avail_out = static_cast<uInt>(out.size() - 2); // at least one byte smaller
    if (deflate(&s, Z_FINISH) != Z_STREAM_END)
        return body;
    out.truncate(out.size() - 1 - static_cast<qsizetype>(s.avail_out));
    return out;
}

QByteArray jsonText(QByteArrayView body) {
    if (body.isEmpty())
        return {};
    const auto kind = static_cast<Kind>(body.front());
    if (kind != Kind::Json && kind != Kind::JsonDeflated)
        return {};
    return payloadOf(body, 0);
}

QJsonObject decode(const RecordColumns &columns, const FormLayout *layout, QByteArrayView body) {
    if (body.isEmpty())
        unreadable(columns.id);
    const auto kind = static_cast<Kind>(body.front());
    if (kind == Kind::Json || kind == Kind::JsonDeflated) {
        const QJsonDocument document = QJsonDocument::fromJson(payloadOf(body, columns.id));
        if (!document.isObject())
            unreadable(columns.id);
        return document.object();
    }
    if ((kind != Kind::Compact && kind != Kind::CompactDeflated) || !layout)
        unreadable(columns.id);
    const QByteArray payload = payloadOf(body, columns.id);
    Reader in(payload);
    const quint64 flags = in.varint();
    const bool withBy = (flags & kNoModifiedBy) == 0;
    const qint64 sequence = columns.sequence + ((flags & kSequenceDelta) ? in.signedVarint() : 0);
    const QString createdAt = in.time();
    const QJsonValue createdBy = withBy ? in.by(QJsonValue::Null) : QJsonValue();
    const std::optional<QString> creator =
        createdBy.isString() ? std::optional(createdBy.toString()) : std::nullopt;
    QJsonValue clientRef(QJsonValue::Undefined);
    switch (const quint64 head = in.varint()) {
    case 0:
        break;
    case 1:
        clientRef = QJsonValue::Null;
        break;
    case 2:
        if (const QByteArrayView bytes = in.bytes(16); !in.failed())
            clientRef = uuidText(bytes);
        break;
    default:
        clientRef = in.text(head - 3);
    }
    const qsizetype count = layout->fields().size();
    QVarLengthArray<QJsonValue, 12> values(count);
    for (qsizetype i = 0; i < count && !in.failed(); ++i) {
        switch (layout->place(i)) {
        case FormLayout::Place::Body:
            values[i] = in.value();
            break;
        case FormLayout::Place::Name:
            values[i] = columns.name;
            break;
        case FormLayout::Place::UserName:
            values[i] = columns.userName;
            break;
        case FormLayout::Place::Url:
            values[i] = columns.url;
            break;
        case FormLayout::Place::Tags:
            values[i] = QJsonDocument::fromJson(columns.tagsJson.toByteArray()).array();
            break;
        }
    }
    QVarLengthArray<Meta, 12> metas(count);
    for (Meta &meta : metas)
        meta = {1, createdAt, creator};
    for (quint64 i = 0, changes = in.varint(); i < changes && !in.failed(); ++i) {
        const quint64 at = in.varint();
        if (at >= static_cast<quint64>(count))
            unreadable(columns.id);
        Meta &meta = metas[static_cast<qsizetype>(at)];
        meta.revision = in.signedVarint();
        meta.modifiedAt = in.time();
        if (withBy) {
            const QJsonValue by = in.by(createdBy);
            meta.modifiedBy = by.isString() ? std::optional(by.toString()) : std::nullopt;
        }
    }
    if (!in.ok())
        unreadable(columns.id);
    QJsonArray fields;
    for (qsizetype i = 0; i < count; ++i) {
        const FormLayout::Field &field = layout->fields()[i];
        QJsonObject object{{QLatin1String("key"), field.key},
                           {QLatin1String("type"), field.type},
                           {QLatin1String("label"), field.label},
                           {QLatin1String("value"), values[i]},
                           {QLatin1String("revision"), metas[i].revision},
                           {QLatin1String("modifiedAt"), metas[i].modifiedAt}};
        if (withBy)
            object.insert(QLatin1String("modifiedBy"),
                          metas[i].modifiedBy ? QJsonValue(*metas[i].modifiedBy) : QJsonValue());
        fields.append(object);
    }
    QJsonObject record{
        {QLatin1String("id"), columns.id},
        {QLatin1String("form"), columns.form},
        {QLatin1String("unit"), columns.unit ? QJsonValue(*columns.unit) : QJsonValue()},
        {QLatin1String("personal"), !columns.unit},
        {QLatin1String("sequence"), sequence},
        {QLatin1String("createdAt"), createdAt},
        {QLatin1String("fields"), fields}};
    if (!clientRef.isUndefined())
        record.insert(QLatin1String("clientRef"), clientRef);
    return record;
}

} // namespace record_body

} // namespace vaultlink
