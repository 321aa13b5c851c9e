#include "server/common/timefmt.h"
#include "server/directory/forms.h"
#include "server/vault/feed_json.h"
#include "server/vault/json_writer.h"
#include "server/vault/record_json.h"
#include "tests/server/support/feed_formats.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::fullRecordFromCompact;

namespace {

constexpr qint64 kCreated = 1'795'362'359'776; // 2026-11-22T15:45:59.776Z
constexpr qint64 kLater = kCreated + 156;

// The page as the server wrote it before the streaming writer: a QJsonObject of recordJson
// objects. Format 1 must mean exactly this.
QJsonObject objectPage(const FeedPage &page, const QJsonObject &policy) {
    QJsonArray records;
    for (const Record &record : page.records)
        records.append(recordJson(record));
    QJsonArray removed;
    for (qint64 id : page.removed)
        removed.append(id);
    return {{QStringLiteral("records"), records},
            {QStringLiteral("removed"), removed},
            {QStringLiteral("cursor"), page.cursor},
            {QStringLiteral("more"), page.more},
            {QStringLiteral("sequence"), page.sequence},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("count"), page.total.count},
                         {QStringLiteral("digest"), QString::fromLatin1(page.total.hex)}}},
            {QStringLiteral("policy"), policy}};
}

QJsonObject parsed(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

QString tags(const QJsonArray &list) {
    QString stored;
    storedValue(QStringLiteral("tags"), list, &stored);
    return stored;
}

QString units(std::initializer_list<char16_t> list) {
    QString out;
    for (const char16_t unit : list)
        out.append(QChar(unit));
    return out;
}

// A record of a form with every field as created at kCreated by `device` (empty: none); the
// caller then changes what it needs.
Record made(qint64 id, const QString &form, std::optional<qint64> unit, const QString &device) {
    Record record;
    record.id = id;
    record.databaseId = 1;
    record.formId = form;
    record.unitId = unit;
    if (!unit)
        record.ownerId = 7;
    record.createdBy = 7;
    record.createdAt = kCreated;
    record.seq = id * 10;
    const FormSpec formSpec = *findForm(form); // kept: a temporary's member dies in the loop
    for (const FieldSpec &spec : formSpec.fields)
        record.fields.append({spec.key, spec.type, spec.label,
                              spec.type == QLatin1String("tags") ? QStringLiteral("[]") : QString(),
                              1, kCreated, device});
    return record;
}

Field &fieldOf(Record &record, const char *key) {
    for (Field &field : record.fields)
        if (field.key == QLatin1String(key))
            return field;
    ADD_FAILURE() << "no field " << key;
    return record.fields.first();
}

void change(Record &record, const char *key, const QString &value, qint64 at,
            const QString &device) {
    Field &field = fieldOf(record, key);
    field.value = value;
    ++field.revision;
    field.modifiedAt = at;
    field.modifiedBy = device;
}

// Records for every case the two formats must agree on.
QList<Record> variedRecords() {
    const QString pixel = QStringLiteral("Alice's Pixel 8");
    const QString laptop = QStringLiteral("Büro-Laptop \"2\" \\ 💻");
    QList<Record> out;

    Record seeded = made(1, QStringLiteral("login"), 3, QString()); // the seed, the admin
    fieldOf(seeded, "name").value = QStringLiteral("GitHub prod #1");
    fieldOf(seeded, "tags").value = tags({QStringLiteral("dev"), QStringLiteral("prod")});
    out.append(seeded);

    Record phone = made(2, QStringLiteral("login"), std::nullopt, pixel);
    phone.clientRef = QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b");
    fieldOf(phone, "name").value = QStringLiteral("Bank");
    change(phone, "password", QStringLiteral("pw2"), kLater, laptop);
    change(phone, "notes", QStringLiteral("set by the administrator"), kLater + 1, QString());
    out.append(phone);

    Record adminThenPhone = made(3, QStringLiteral("server"), 4, QString());
    fieldOf(adminThenPhone, "name").value = QStringLiteral("db-1");
    change(adminThenPhone, "hostname", QStringLiteral("db-1.example"), kLater, pixel);
    change(adminThenPhone, "hostname", QStringLiteral("db-2.example"), kLater + 5, laptop);
    out.append(adminThenPhone);

    // The first field changed: the creator is read from the next one.
    Record renamed = made(4, QStringLiteral("note"), std::nullopt, pixel);
    change(renamed, "name", QStringLiteral("renamed"), kLater, pixel);
    out.append(renamed);

    // Every field changed: no creator, everything in "changed".
    Record allChanged = made(5, QStringLiteral("note"), 3, pixel);
    change(allChanged, "name", QStringLiteral("n"), kLater, laptop);
    change(allChanged, "notes", QStringLiteral("x"), kLater, laptop);
    change(allChanged, "tags", tags({QStringLiteral("t")}), kLater, QString());
    out.append(allChanged);

    // At revision 1 but not at the creation time, or by another device than the first field's.
    Record odd = made(6, QStringLiteral("note"), 3, QString());
    fieldOf(odd, "notes").modifiedAt = kCreated - 1000;
    fieldOf(odd, "tags").modifiedBy = pixel;
    out.append(odd);

    // Text of every kind: non-ASCII, control characters, quotes, backslashes, a lone surrogate
    // (what a QString from elsewhere may hold), in values, device names, references and tags.
    Record text = made(7, QStringLiteral("credit-card"), std::nullopt, laptop);
    text.clientRef = QStringLiteral("ref \"quoted\" \\ \u00e9");
    fieldOf(text, "name").value = QStringLiteral("Zürich – 日本 – 😀");
    fieldOf(text, "notes").value = QStringLiteral("line 1\nline 2\ttab\r\x01\x1f\x7f end");
    fieldOf(text, "cardholder").value = units({u'a', 0xd800, u'b', 0xdfff});
    fieldOf(text, "pin").value = QStringLiteral("\"\\/\b\f");
    fieldOf(text, "tags").value =
        tags({QStringLiteral("a\"b"), QStringLiteral("c\\d"), QStringLiteral("line\nbreak"),
              QStringLiteral("é"), QStringLiteral("日本"), QStringLiteral("x\",\"y"),
              QStringLiteral("with space"), QStringLiteral("😀")});
    change(text, "number", QStringLiteral("4111 1111 1111 1111"), kLater, units({u'P', 0xdc00}));
    out.append(text);

    // Tags without escapes (cut apart without a parser), beyond ASCII.
    Record plainTags = made(8, QStringLiteral("note"), 3, pixel);
    fieldOf(plainTags, "tags").value =
        tags({QStringLiteral("é"), QStringLiteral("日本"), QStringLiteral("😀"),
              QStringLiteral("with space"), QStringLiteral("[x]")});
    out.append(plainTags);

    // Tags as stored text the server did not write (an old or hand-edited store): read as
    // format 1 always read them.
    const QStringList storedTags = {QStringLiteral("not json"),
                                    QStringLiteral("[1,\"a\"]"),
                                    QStringLiteral("[\"a\" , \"b\"]"),
                                    QStringLiteral("[\"a\",\"b\""),
                                    QStringLiteral("[\"\"]"),
                                    QStringLiteral("{}"),
                                    QStringLiteral(""),
                                    QStringLiteral("[\"a\"]")};
    qint64 id = 100;
    for (const QString &stored : storedTags) {
        Record withStored = made(id++, QStringLiteral("note"), 3, pixel);
        fieldOf(withStored, "tags").value = stored;
        out.append(withStored);
    }
    return out;
}

FeedPage variedPage() {
    FeedPage page;
    page.records = variedRecords();
    page.removed = {5, 9, 12};
    page.cursor = QStringLiteral("djE6OWU0ZDA0YjZhZGU0Ojg1");
    page.more = true;
    page.sequence = 85;
    page.total = {60,
                  QByteArray("6fbd85dae8442a24cb14cf7eba4c4fb0116dd8d54533f49d443562219a02881e")};
    return page;
}

QJsonObject policy() {
    return {{QStringLiteral("accessTokenSeconds"), 300},
            {QStringLiteral("deviceLogin"), QStringLiteral("none")},
            {QStringLiteral("serverTime"), isoTime(kCreated)}};
}

} // namespace

TEST(FeedJson, FormatOneMeansWhatTheObjectBuilderWrote) {
    const FeedPage page = variedPage();
    const QJsonObject written = parsed(feedPageJson(page, FeedFormat::Full, policy()));
    const QJsonObject expected =
        parsed(QJsonDocument(objectPage(page, policy())).toJson(QJsonDocument::Compact));
    ASSERT_EQ(written.value(QStringLiteral("records")).toArray().size(), page.records.size());
    // Record by record first, for a readable failure.
    for (qsizetype i = 0; i < page.records.size(); ++i)
        EXPECT_EQ(written[QStringLiteral("records")][i], expected[QStringLiteral("records")][i])
            << "record " << page.records[i].id << ":\n"
            << QJsonDocument(written[QStringLiteral("records")][i].toObject())
                   .toJson()
                   .toStdString()
            << "\nexpected:\n"
            << QJsonDocument(expected[QStringLiteral("records")][i].toObject())
                   .toJson()
                   .toStdString();
    EXPECT_EQ(written, expected);
    EXPECT_FALSE(written.contains(QStringLiteral("format")));

    // The empty page too.
    EXPECT_EQ(parsed(feedPageJson(FeedPage(), FeedFormat::Full, {})),
              parsed(QJsonDocument(objectPage(FeedPage(), {})).toJson()));
}

TEST(FeedJson, FormatTwoConvertsBackToFormatOneWithoutLoss) {
    const FeedPage page = variedPage();
    const QJsonObject full = parsed(feedPageJson(page, FeedFormat::Full, policy()));
    const QJsonObject compact = parsed(feedPageJson(page, FeedFormat::Compact, policy()));
    EXPECT_EQ(compact.value(QStringLiteral("format")).toInteger(), 2);

    QJsonArray forms;
    for (const FormSpec &form : builtinForms())
        forms.append(formJson(form));
    const QJsonArray compactRecords = compact.value(QStringLiteral("records")).toArray();
    const QJsonArray fullRecords = full.value(QStringLiteral("records")).toArray();
    ASSERT_EQ(compactRecords.size(), fullRecords.size());
    for (qsizetype i = 0; i < compactRecords.size(); ++i) {
        const QJsonObject record = compactRecords[i].toObject();
        EXPECT_FALSE(record.contains(QStringLiteral("personal")));
        EXPECT_FALSE(record.contains(QStringLiteral("fields")));
        const std::optional<QJsonObject> back = fullRecordFromCompact(record, forms);
        ASSERT_TRUE(back) << QJsonDocument(record).toJson().toStdString();
        EXPECT_EQ(*back, fullRecords[i].toObject()) << QJsonDocument(record).toJson().toStdString();
    }
    // Everything but the records and "format" is the same.
    QJsonObject restOfCompact = compact;
    QJsonObject restOfFull = full;
    for (const char *member : {"records", "format"}) {
        restOfCompact.remove(QLatin1String(member));
        restOfFull.remove(QLatin1String(member));
    }
    EXPECT_EQ(restOfCompact, restOfFull);
}

TEST(FeedJson, TheCompactRecordOfTheContractsExample) {
    // docs/api.md §7.9 and the contract's example, byte for byte (members in this order).
    Record record =
        made(96, QStringLiteral("login"), std::nullopt, QStringLiteral("Alice's Pixel 8"));
    record.seq = 87;
    record.clientRef = QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b");
    fieldOf(record, "name").value = QStringLiteral("Bank");
    fieldOf(record, "username").value = QStringLiteral("alice");
    fieldOf(record, "password").value = QStringLiteral("pw1");
    fieldOf(record, "tags").value = tags({QStringLiteral("finance"), QStringLiteral("x")});
    change(record, "password", QStringLiteral("pw2"), kLater, QStringLiteral("Alice's Pixel 8"));
    QByteArray out;
    JsonWriter json(out);
    writeCompactRecord(json, record);
    EXPECT_EQ(out, QByteArray(R"({"id":96,"form":"login","unit":null,"sequence":87,)"
                              R"("createdAt":"2026-11-22T15:45:59.776Z",)"
                              R"("createdBy":"Alice's Pixel 8",)"
                              R"("clientRef":"7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b",)"
                              R"("values":{"name":"Bank","username":"alice","password":"pw2",)"
                              R"("url":"","totp":"","notes":"","tags":["finance","x"]},)"
                              R"("changed":{"password":{"revision":2,)"
                              R"("modifiedAt":"2026-11-22T15:45:59.932Z",)"
                              R"("modifiedBy":"Alice's Pixel 8"}}})"));

    // As seeded (no device, nothing changed): no createdBy, clientRef or changed at all.
    Record seeded = made(5, QStringLiteral("note"), 2, QString());
    QByteArray plain;
    JsonWriter plainJson(plain);
    writeCompactRecord(plainJson, seeded);
    EXPECT_EQ(plain, QByteArray(R"({"id":5,"form":"note","unit":2,"sequence":50,)"
                                R"("createdAt":"2026-11-22T15:45:59.776Z",)"
                                R"("values":{"name":"","notes":"","tags":[]}})"));
}
