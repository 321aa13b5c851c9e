// A record as the mirror stores it (record_row.h, record_body.h): the columns and a compact
// body that give the same format-1 object back, from either feed format; the records the compact
// form cannot hold exactly keep their JSON; format 2 read strictly.

#include "src/storage/mirror.h"
#include "src/storage/record_row.h"
#include "tests/unit/storage/record_forms.h"
#include "tests/unit/support/doubles.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <stdexcept>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void expectSameRow(const RecordRow &a, const RecordRow &b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.form, b.form);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.sequence, b.sequence);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.userName, b.userName);
    EXPECT_EQ(a.url, b.url);
    EXPECT_EQ(a.site, b.site);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.tagsJson, b.tagsJson);
    EXPECT_EQ(a.sortKey, b.sortKey);
    ASSERT_EQ(a.layout == nullptr, b.layout == nullptr);
    if (a.layout) {
        EXPECT_EQ(a.layout->identity(), b.layout->identity());
    }
    EXPECT_EQ(a.body, b.body);
}

TEST(RecordBody, EveryServerRecordIsStoredCompactAndReadsBackAsGiven) {
    RecordDraw draw(17);
    const FormLayouts forms = apiLayouts();
    for (qint64 id = 1; id <= 3000; ++id) {
        const QJsonObject record = draw.format1(id);
        const RecordRow row = RecordRow::fromJson(record, forms);
        ASSERT_NE(row.layout, nullptr) << compact(record).toStdString();
        // The server's forms are the layouts: the same object, shared, not one per record.
        EXPECT_EQ(row.layout, layoutOf(forms, row.form));
        ASSERT_EQ(row.toJson(), record) << compact(record).toStdString();
    }
}

TEST(RecordBody, BothFeedFormatsGiveTheSameRow) {
    RecordDraw draw(23);
    const FormLayouts forms = apiLayouts();
    for (qint64 id = 1; id <= 2000; ++id) {
        const QJsonObject one = draw.format1(id);
        const QJsonObject two = format2Of(one);
        const RecordRow fromOne = RecordRow::fromJson(one, forms);
        const RecordRow fromTwo = RecordRow::fromJson(two, forms);
        SCOPED_TRACE(compact(two).toStdString());
        expectSameRow(fromOne, fromTwo);
        ASSERT_EQ(fromTwo.toJson(), one);
    }
}

TEST(RecordBody, AServerRecordTakesAFewBytesBesidesItsColumns) {
    // Every field as created, by a known device with a client reference: the body holds the
    // creation (time, device, reference) and the values no column holds, nothing of the layout.
    const QJsonObject record{
        {QStringLiteral("id"), 96},
        {QStringLiteral("form"), QStringLiteral("login")},
        {QStringLiteral("unit"), QJsonValue()},
        {QStringLiteral("sequence"), 87},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T15:45:59.776Z")},
        {QStringLiteral("createdBy"), QStringLiteral("Alice's Pixel 8")},
        {QStringLiteral("clientRef"), QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b")},
        {QStringLiteral("values"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Bank")},
                     {QStringLiteral("username"), QStringLiteral("alice")},
                     {QStringLiteral("password"), QStringLiteral("x7#Q!pz-Lr9@vK2&mN4s")},
                     {QStringLiteral("url"), QStringLiteral("https://bank.example/")},
                     {QStringLiteral("totp"), QString()},
                     {QStringLiteral("notes"), QString()},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("finance")}}}}};
    const RecordRow row = RecordRow::fromJson(record, apiLayouts());
    ASSERT_NE(row.layout, nullptr);
    // 1 kind + 1 flags + 6 time + 16 device + 17 reference + 21 password + 2 empty values
    // + 1 (no changes).
    EXPECT_EQ(row.body.size(), 65) << row.body.toHex().toStdString();
    EXPECT_FALSE(row.body.contains("Password"));   // no label, no key
    EXPECT_FALSE(row.body.contains("Bank"));       // in its column
    EXPECT_GT(compact(row.toJson()).size(), 1000); // what the format-1 object takes
}

TEST(RecordBody, ALongNoteIsDeflated) {
    QJsonObject record = RecordDraw(3).format1(9);
    QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
    const QString note = QStringLiteral("Ask the administrator before you change the password "
                                        "of the shared account. ")
                             .repeated(20);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields[i].toObject();
        if (field.value(QStringLiteral("key")) == QStringLiteral("notes")) {
            field.insert(QStringLiteral("value"), note);
            fields.replace(i, field);
        }
    }
    record.insert(QStringLiteral("fields"), fields);
    const RecordRow row = RecordRow::fromJson(record, apiLayouts());
    ASSERT_NE(row.layout, nullptr);
    EXPECT_EQ(row.body.front(), static_cast<char>(record_body::Kind::CompactDeflated));
    EXPECT_LT(row.body.size(), note.size() / 4);
    EXPECT_EQ(row.toJson(), record);
}

// What the compact form holds exactly besides the server's own records, and what keeps the
// record's JSON text; either way the same object comes back.
struct Shape {
    const char *what;
    std::function<void(QJsonObject &)> change;
    bool compact;
};

void changeField(QJsonObject &record, qsizetype index,
                 const std::function<void(QJsonObject &)> &change) {
    QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
    QJsonObject field = fields[index].toObject();
    change(field);
    fields.replace(index, field);
    record.insert(QStringLiteral("fields"), fields);
}

qsizetype notesIndex(const QJsonObject &record) {
    return record.value(QStringLiteral("fields")).toArray().size() - 2; // every form: notes, tags
}

void eachField(QJsonObject &record, const std::function<void(QJsonObject &)> &change) {
    for (qsizetype i = 0; i < record.value(QStringLiteral("fields")).toArray().size(); ++i)
        changeField(record, i, change);
}

TEST(RecordBody, RecordsOfEveryShapeReadBackAsGiven) {
    const QString lone = QString(QChar(0xD800));
    const std::vector<Shape> shapes = {
        {"as the server writes it", [](QJsonObject &) {}, true},
        {"no clientRef member", [](QJsonObject &r) { r.remove(QStringLiteral("clientRef")); },
         true},
        {"no modifiedBy in any field",
         [](QJsonObject &r) { eachField(r, [](QJsonObject &f) { f.remove("modifiedBy"); }); },
         true},
        {"labels of another language (a layout of its own)",
         [](QJsonObject &r) {
             eachField(r, [](QJsonObject &f) { f.insert("label", "Étiquette"); });
         },
         true},
        {"times the short form cannot hold",
         [](QJsonObject &r) {
             r.insert(QStringLiteral("createdAt"), QStringLiteral("2026-11-22T15:45:59Z"));
             changeField(r, 1, [](QJsonObject &f) {
                 f.insert("modifiedAt", "2026-02-30T10:00:00.000Z");
                 f.insert("revision", 3);
             });
             changeField(r, 2, [](QJsonObject &f) {
                 f.insert("modifiedAt", "2026-11-22T16:45:59.000+01:00");
             });
         },
         true},
        {"times before 1970 and revisions below 1",
         [](QJsonObject &r) {
             r.insert(QStringLiteral("createdAt"), QStringLiteral("1969-07-20T20:17:40.123Z"));
             changeField(r, 0, [](QJsonObject &f) { f.insert("revision", -4); });
         },
         true},
        {"a sequence beyond 2^53 and a large unit",
         [](QJsonObject &r) {
             r.insert(QStringLiteral("sequence"), qint64{9007199254740993});
             r.insert(QStringLiteral("unit"), qint64{4'000'000'000});
             r.insert(QStringLiteral("personal"), false);
         },
         true},
        {"a member the contract does not have",
         [](QJsonObject &r) {
             r.insert(QStringLiteral("futureMember"), QJsonArray{1, true});
         },
         false},
        {"a field member the contract does not have",
         [](QJsonObject &r) { changeField(r, 1, [](QJsonObject &f) { f.insert("hint", 1); }); },
         false},
        {"modifiedBy in some fields only",
         [](QJsonObject &r) { changeField(r, 1, [](QJsonObject &f) { f.remove("modifiedBy"); }); },
         false},
        {"a value that is a number",
         [](QJsonObject &r) {
             changeField(r, notesIndex(r), [](QJsonObject &f) { f.insert("value", 4); });
         },
         false},
        {"a value that is an object",
         [](QJsonObject &r) {
             changeField(r, notesIndex(r), [](QJsonObject &f) {
                 f.insert("value", QJsonObject{{"a", 1}});
             });
         },
         false},
        {"a revision that is not whole",
         [](QJsonObject &r) {
             changeField(r, 1, [](QJsonObject &f) { f.insert("revision", 1.5); });
         },
         false},
        {"a key twice",
         [](QJsonObject &r) { changeField(r, 1, [](QJsonObject &f) { f.insert("key", "name"); }); },
         false},
        {"a field without a type",
         [](QJsonObject &r) { changeField(r, 1, [](QJsonObject &f) { f.remove("type"); }); },
         false},
        {"a lone surrogate in the name",
         [&](QJsonObject &r) {
             changeField(r, 0, [&](QJsonObject &f) { f.insert("value", "Bank " + lone); });
         },
         false},
        {"a lone surrogate in a note",
         [&](QJsonObject &r) {
             changeField(r, notesIndex(r), [&](QJsonObject &f) { f.insert("value", lone + "pw"); });
         },
         false},
        {"a lone surrogate in a device's name",
         [&](QJsonObject &r) {
             changeField(r, 2, [&](QJsonObject &f) { f.insert("modifiedBy", lone); });
         },
         false},
        {"personal without a unit member",
         [](QJsonObject &r) {
             r.insert(QStringLiteral("personal"), true);
             r.remove(QStringLiteral("unit"));
         },
         false},
        {"no createdAt", [](QJsonObject &r) { r.remove(QStringLiteral("createdAt")); }, false},
    };
    RecordDraw draw(5);
    for (const Shape &shape : shapes) {
        for (qint64 id = 1; id <= 40; ++id) {
            QJsonObject record = draw.format1(id);
            shape.change(record);
            SCOPED_TRACE(std::string(shape.what) + ": " + compact(record).toStdString());
            const QByteArray received = QJsonDocument(record).toJson(QJsonDocument::Indented);
            const RecordRow row = RecordRow::fromJson(record, apiLayouts(), received);
            ASSERT_EQ(row.layout != nullptr, shape.compact);
            if (!shape.compact) { // the text as received, white space and all
                EXPECT_EQ(record_body::jsonText(row.body), received);
            }
            // A lone surrogate survives only in the text as received (\ud800).
            ASSERT_EQ(row.toJson(), QJsonDocument::fromJson(received).object());
        }
    }
}

TEST(RecordBody, TheRowsOfAMirrorReadBackAsGivenAfterReopening) {
    QTemporaryDir dir;
    SeqRandom random;
    const SecureBuffer key = random.secret(32);
    const QString path = dir.filePath(QStringLiteral("m.db"));
    RecordDraw draw(29);
    QList<QJsonObject> records;
    {
        auto mirror = Mirror::open(path, key);
        mirror->setForms(apiLayouts());
        for (qint64 page = 0; page < 4; ++page) {
            QList<QJsonObject> objects;
            for (qint64 id = page * 250 + 1; id <= (page + 1) * 250; ++id) {
                QJsonObject record = draw.format1(id);
                if (id % 50 == 0) // a few of another layout
                    eachField(record, [](QJsonObject &f) { f.insert("label", "Feld"); });
                // Format 2 carries no labels: the others come in format 1.
                objects.append(id % 3 == 0 && id % 50 != 0 ? format2Of(record) : record);
                records.append(record);
            }
            mirror->applyPage(objects, {}, QStringLiteral("c%1").arg(page), page);
        }
    }
    auto mirror = Mirror::open(path, key);
    for (const QJsonObject &record : std::as_const(records))
        ASSERT_EQ(mirror->record(record.value(QStringLiteral("id")).toInteger()), record)
            << compact(record).toStdString() << "\n"
            << compact(*mirror->record(record.value(QStringLiteral("id")).toInteger()))
                   .toStdString();
    // The forms and the layouts of records met are kept once each.
    EXPECT_EQ(mirror->forms().size(), 5);
    EXPECT_LE(mirror->db().queryText(QStringLiteral("SELECT count(*) FROM layouts")).toInt(), 10);
}

struct Refusal {
    const char *what;
    std::function<void(QJsonObject &)> change;
    const char *message;
};

TEST(RecordBody, Format2IsReadStrictly) {
    const QJsonObject valid = format2Of(RecordDraw(11).format1(12));
    const FormLayouts forms = apiLayouts();
    ASSERT_NO_THROW(RecordRow::fromJson(valid, forms));
    const auto values = [](QJsonObject &r, const std::function<void(QJsonObject &)> &change) {
        QJsonObject v = r.value(QStringLiteral("values")).toObject();
        change(v);
        r.insert(QStringLiteral("values"), v);
    };
    const std::vector<Refusal> refusals = {
        {"fields too", [](QJsonObject &r) { r.insert("fields", QJsonArray()); },
         "both fields and values"},
        {"values not an object", [](QJsonObject &r) { r.insert("values", QJsonArray()); },
         "values that are not an object"},
        {"no unit member", [](QJsonObject &r) { r.remove("unit"); }, "neither null nor an integer"},
        {"a unit that is text", [](QJsonObject &r) { r.insert("unit", "3"); },
         "neither null nor an integer"},
        {"no createdAt", [](QJsonObject &r) { r.remove("createdAt"); }, "no creation time"},
        {"createdBy a number", [](QJsonObject &r) { r.insert("createdBy", 3); },
         "createdBy that is not a string"},
        {"clientRef an object", [](QJsonObject &r) { r.insert("clientRef", QJsonObject()); },
         "clientRef that is not a string"},
        {"a value missing",
         [&](QJsonObject &r) { values(r, [](QJsonObject &v) { v.remove("notes"); }); },
         "no value for a field of its form"},
        {"a value too many",
         [&](QJsonObject &r) { values(r, [](QJsonObject &v) { v.insert("pet", "Rex"); }); },
         "a field its form does not have"},
        {"a name that is a list",
         [&](QJsonObject &r) { values(r, [](QJsonObject &v) { v.insert("name", QJsonArray()); }); },
         "name, user name or URL that is not a string"},
        {"a value that is a number",
         [&](QJsonObject &r) { values(r, [](QJsonObject &v) { v.insert("notes", 1); }); },
         "a value that is not a string"},
        {"tags that are text",
         [&](QJsonObject &r) { values(r, [](QJsonObject &v) { v.insert("tags", "a"); }); },
         "tags are not an array"},
        {"a tag that is a number",
         [&](QJsonObject &r) {
             values(r, [](QJsonObject &v) { v.insert("tags", QJsonArray{1}); });
         },
         "a tag is not a string"},
        {"changed not an object", [](QJsonObject &r) { r.insert("changed", QJsonArray()); },
         "changed that is not an object"},
        {"a change of another field",
         [](QJsonObject &r) {
             r.insert("changed", QJsonObject{{"pet", QJsonObject{{"revision", 2},
                                                                 {"modifiedAt", "t"},
                                                                 {"modifiedBy", QJsonValue()}}}});
         },
         "a change of a field its form does not have"},
        {"a change without revision",
         [](QJsonObject &r) {
             r.insert("changed", QJsonObject{{"name", QJsonObject{{"modifiedAt", "t"},
                                                                  {"modifiedBy", QJsonValue()}}}});
         },
         "a change without an integer revision"},
        {"a change without its time",
         [](QJsonObject &r) {
             r.insert("changed", QJsonObject{{"name", QJsonObject{{"revision", 2},
                                                                  {"modifiedBy", QJsonValue()}}}});
         },
         "a change without its time"},
        {"a change without its author",
         [](QJsonObject &r) {
             r.insert("changed",
                      QJsonObject{{"name", QJsonObject{{"revision", 2}, {"modifiedAt", "t"}}}});
         },
         "a change without its author"},
        {"no id", [](QJsonObject &r) { r.remove("id"); }, "without an integer id"},
        {"a negative sequence", [](QJsonObject &r) { r.insert("sequence", -1); }, "no sequence"},
    };
    for (const Refusal &refusal : refusals) {
        QJsonObject record = valid;
        refusal.change(record);
        try {
            RecordRow::fromJson(record, forms);
            ADD_FAILURE() << refusal.what << ": accepted";
        } catch (const UnknownForm &) {
            ADD_FAILURE() << refusal.what << ": taken for an unknown form";
        } catch (const std::invalid_argument &error) {
            EXPECT_NE(std::string(error.what()).find(refusal.message), std::string::npos)
                << refusal.what << ": " << error.what();
        }
    }

    // A form the forms do not list, or no forms at all: UnknownForm (the sync fetches them).
    QJsonObject unknown = valid;
    unknown.insert(QStringLiteral("form"), QStringLiteral("passkey"));
    EXPECT_THROW(RecordRow::fromJson(unknown, forms), UnknownForm);
    EXPECT_THROW(RecordRow::fromJson(valid, {}), UnknownForm);
}

} // namespace
