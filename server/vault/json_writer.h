#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace vaultlink::server {

// `text` as a JSON string (quotes included), appended to `out` as UTF-8. `"` and `\` are escaped,
// every control character below U+0020 as \u00XX, everything else is written as itself. A lone
// surrogate (a QString loaded from the store can hold one: SQLite keeps what a client's "\ud800"
// became) has no UTF-8 form; it is written as its \uXXXX escape, as QJsonDocument writes it, so
// that the output is valid UTF-8 and a reader gets the same UTF-16 back. Never fails.
void appendJsonString(QByteArray &out, QStringView text);

// Compact JSON text written straight into one byte array: a feed page is megabytes of records,
// and building it as QJsonObject/QJsonArray first costs more than the page's queries (an object
// per record and per field, then a second pass to write them). Members appear in the order they
// are written. The writer places the commas; the caller keeps the structure balanced, names each
// member of an object once and writes a member's name before its value. Nothing is checked.
class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out) {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // A member name the server chooses (ASCII, nothing to escape).
    JsonWriter &name(const char *key);
    // A member name from the store (a field's key), escaped like any string.
    JsonWriter &name(QStringView key);

    JsonWriter &string(QStringView text);
    JsonWriter &integer(qint64 number);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    // A time as docs/api.md writes them (isoTime), without a QDateTime.
    JsonWriter &time(qint64 msSinceEpoch);
    // A value already in JSON text (a small object written by QJsonDocument), copied as it is.
    JsonWriter &raw(QByteArrayView json);

private:
    void separate() {
        if (m_needComma)
            m_out.append(',');
        m_needComma = true;
    }

    QByteArray &m_out;
    // After a value, the next member or element needs a comma; after '{', '[' or a name, not.
    bool m_needComma = false;
};

} // namespace vaultlink::server
