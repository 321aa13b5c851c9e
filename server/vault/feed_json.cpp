#include "server/vault/feed_json.h"

#include "server/vault/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink::server {

namespace {

bool isTags(const Field &field) {
    return field.type == QLatin1String("tags");
}

// A tags value as stored: the compact JSON array of strings storedValue wrote. Without a
// backslash its strings hold no quote, so the quotes delimit them and it is cut apart without a
// parser; anything else (escapes, or text not of that shape) is read by QJsonDocument, which is
// also what format 1 always did: text that is no array is an empty one.
void writeTags(JsonWriter &json, const QString &stored) {
    const QStringView text(stored);
    if (text == u"[]") {
        json.beginArray().endArray();
        return;
    }
    if (text.size() >= 4 && text.startsWith(u"[\"") && text.endsWith(u"\"]") &&
        !text.contains(u'\\')) {
        const QStringView inner = text.sliced(2, text.size() - 4);
        bool plain = true;
        qsizetype count = 0;
        for (const QStringView tag : inner.tokenize(u"\",\"")) {
            plain = plain && !tag.contains(u'"');
            ++count;
        }
        if (plain && count > 0) {
            json.beginArray();
            for (const QStringView tag : inner.tokenize(u"\",\""))
                json.string(tag);
            json.endArray();
            return;
        }
    }
    json.raw(QJsonDocument(QJsonDocument::fromJson(stored.toUtf8()).array())
                 .toJson(QJsonDocument::Compact));
}

void writeValue(JsonWriter &json, const Field &field) {
    if (isTags(field))
        writeTags(json, field.value);
    else
        json.string(field.value);
}

void writeOptionalString(JsonWriter &json, const QString &text) {
    if (text.isEmpty())
        json.null();
    else
        json.string(text);
}

// The device that created the record, as format 2 names it (see writeCompactRecord).
const QString *creatorOf(const Record &record) {
    for (const Field &field : record.fields)
        if (field.revision == 1 && field.modifiedAt == record.createdAt)
            return &field.modifiedBy;
    return nullptr;
}

bool asCreated(const Field &field, const Record &record, const QString &createdBy) {
    return field.revision == 1 && field.modifiedAt == record.createdAt &&
           field.modifiedBy == createdBy;
}

// The members both formats begin with: the record's object opened, id, form and unit written.
void beginRecord(JsonWriter &json, const Record &record) {
    json.beginObject().name("id").integer(record.id).name("form").string(record.formId);
    json.name("unit");
    if (record.unitId)
        json.integer(*record.unitId);
    else
        json.null();
}

} // namespace

void writeFullRecord(JsonWriter &json, const Record &record) {
    beginRecord(json, record);
    json.name("personal").boolean(record.ownerId.has_value());
    json.name("sequence").integer(record.seq).name("createdAt").time(record.createdAt);
    json.name("clientRef");
    writeOptionalString(json, record.clientRef);
    json.name("fields").beginArray();
    for (const Field &field : record.fields) {
        json.beginObject()
            .name("key")
            .string(field.key)
            .name("type")
            .string(field.type)
            .name("label")
            .string(field.label)
            .name("value");
        writeValue(json, field);
        json.name("revision").integer(field.revision).name("modifiedAt").time(field.modifiedAt);
        json.name("modifiedBy");
        writeOptionalString(json, field.modifiedBy);
        json.endObject();
    }
    json.endArray().endObject();
}

void writeCompactRecord(JsonWriter &json, const Record &record) {
    beginRecord(json, record);
    json.name("sequence").integer(record.seq).name("createdAt").time(record.createdAt);
    // An empty modifiedBy is format 1's null: no device (the administrator, the seed).
    const QString *creator = creatorOf(record);
    const QString createdBy = creator ? *creator : QString();
    if (!createdBy.isEmpty())
        json.name("createdBy").string(createdBy);
    if (!record.clientRef.isEmpty())
        json.name("clientRef").string(record.clientRef);
    json.name("values").beginObject();
    bool anyChanged = false;
    for (const Field &field : record.fields) {
        json.name(QStringView(field.key));
        writeValue(json, field);
        anyChanged = anyChanged || !asCreated(field, record, createdBy);
    }
    json.endObject();
    if (anyChanged) {
        json.name("changed").beginObject();
        for (const Field &field : record.fields) {
            if (asCreated(field, record, createdBy))
                continue;
            json.name(QStringView(field.key))
                .beginObject()
                .name("revision")
                .integer(field.revision)
                .name("modifiedAt")
                .time(field.modifiedAt)
                .name("modifiedBy");
            writeOptionalString(json, field.modifiedBy);
            json.endObject();
        }
        json.endObject();
    }
    json.endObject();
}

QByteArray feedPageJson(const FeedPage &page, FeedFormat format, const QJsonObject &policy) {
    QByteArray out;
    // About what a seeded record takes, so that the buffer seldom grows while it is written.
    out.reserve(1024 + page.records.size() * (format == FeedFormat::Full ? 1200 : 400) +
                page.removed.size() * 12);
    JsonWriter json(out);
    json.beginObject();
    if (format == FeedFormat::Compact)
        json.name("format").integer(2);
    json.name("records").beginArray();
    for (const Record &record : page.records) {
        if (format == FeedFormat::Compact)
            writeCompactRecord(json, record);
        else
            writeFullRecord(json, record);
    }
    json.endArray().name("removed").beginArray();
    for (qint64 id : page.removed)
        json.integer(id);
    json.endArray();
    json.name("cursor").string(page.cursor).name("more").boolean(page.more);
    json.name("sequence").integer(page.sequence);
    json.name("total")
        .beginObject()
        .name("count")
        .integer(page.total.count)
        .name("digest")
        .string(QString::fromLatin1(page.total.hex))
        .endObject();
    json.name("policy").raw(QJsonDocument(policy).toJson(QJsonDocument::Compact));
    json.endObject();
    return out;
}

} // namespace vaultlink::server
