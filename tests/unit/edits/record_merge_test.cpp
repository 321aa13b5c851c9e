#include "src/edits/pending_change.h"

#include <QJsonArray>
#include <QStringList>

#include <gtest/gtest.h>

namespace vaultlink {
namespace {

using Kind = PendingChange::Kind;
using Outcome = Resolution::Outcome;

// Records are written as "key=value@revision …": `[a,b]` is a tags array, `~` an empty string.
QJsonValue valueOf(const QString &text) {
    if (text == QLatin1String("~"))
        return QString();
    if (!text.startsWith(u'['))
        return text;
    QJsonArray tags;
    const QString inside = text.mid(1, text.size() - 2);
    for (const QString &tag : inside.split(u',', Qt::SkipEmptyParts))
        tags.append(tag);
    return tags;
}

QString typeOf(const QString &key) {
    if (key == QLatin1String("name"))
        return QStringLiteral("title");
    if (key == QLatin1String("tags") || key == QLatin1String("password"))
        return key;
    return QStringLiteral("text");
}

QJsonObject record(const char *spec, qint64 id = 42, QJsonValue unit = QJsonValue::Null) {
    QJsonArray fields;
    for (const QString &item : QString::fromUtf8(spec).split(u' ', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        const QString rest = item.section(u'=', 1);
        fields.append(QJsonObject{
            {"key", key},
            {"type", typeOf(key)},
            {"label", key},
            {"value", valueOf(rest.section(u'@', 0, 0))},
            {"revision", rest.section(u'@', 1).toLongLong()},
            {"modifiedAt",
             QStringLiteral("2026-12-0%1T10:00:00Z").arg(rest.section(u'@', 1).toInt() % 9)},
            {"modifiedBy", "desk"}});
    }
    return {{"id", id},       {"form", "login"}, {"unit", unit}, {"personal", unit.isNull()},
            {"sequence", 10}, {"fields", fields}};
}

LocalEdits edits(const char *spec) {
    LocalEdits result;
    qint64 at = 1000;
    for (const QString &item : QString::fromUtf8(spec).split(u' ', Qt::SkipEmptyParts))
        result.insert(item.section(u'=', 0, 0), {valueOf(item.section(u'=', 1)), at++});
    return result;
}

// "key=value …" of a record's fields in form order, or of edits in key order.
QString valuesOf(const QJsonObject &shown) {
    QStringList items;
    for (const QJsonValue field : shown.value(QLatin1String("fields")).toArray()) {
        const QJsonValue value = field.toObject().value(QLatin1String("value"));
        QString text = value.toString();
        if (value.isArray()) {
            QStringList tags;
            for (const QJsonValue tag : value.toArray())
                tags.append(tag.toString());
            text = u'[' + tags.join(u',') + u']';
        } else if (text.isEmpty()) {
            text = QStringLiteral("~");
        }
        items.append(field.toObject().value(QLatin1String("key")).toString() + u'=' + text);
    }
    return items.join(u' ');
}

QString valuesOf(const LocalEdits &values) {
    QJsonArray fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        fields.append(QJsonObject{{"key", it.key()}, {"value", it->value}});
    return valuesOf(QJsonObject{{"fields", fields}});
}

QString notesOf(const QList<ChangeNote> &notes) {
    static const char *const names[] = {"Field", "FieldGone", "Recreated", "Restored",
                                        "ReadOnlyCopy"};
    QStringList items;
    for (const ChangeNote &note : notes)
        items.append(QString::fromLatin1(names[static_cast<int>(note.kind)]) +
                     (note.key.isEmpty() ? QString() : u':' + note.key));
    return items.join(u' ');
}

struct Row {
    const char *what;
    Kind kind;
    const char *base;
    const char *local;
    const char *remote; // nullptr: the server no longer has the record
    Outcome outcome;
    const char *shown; // values the device shows ("" for none)
    const char *send;  // edits still to send
    const char *notes;
};

// B: the base every edit row starts from.
#define B "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[a,b]@1"

const Row kRows[] = {
    // One side changed a field, or neither.
    {"only this device changed a field", Kind::Edit, B, "password=y", B, Outcome::Send,
     "name=Bank user=al password=y notes=~ tags=[a,b]", "password=y", ""},
    {"only the server changed a field", Kind::Edit, B, "name=Home",
     "name=Bank@1 user=al@1 password=z@2 notes=~@1 tags=[a,b]@1", Outcome::Send,
     "name=Home user=al password=z notes=~ tags=[a,b]", "name=Home", ""},
    {"each side changed another field", Kind::Edit, B, "user=bob",
     "name=Bank@1 user=al@1 password=x@1 notes=n@2 tags=[a,b]@1", Outcome::Send,
     "name=Bank user=bob password=x notes=n tags=[a,b]", "user=bob", ""},
    {"nothing changed anywhere", Kind::Edit, B, "", B, Outcome::Settled,
     "name=Bank user=al password=x notes=~ tags=[a,b]", "", ""},
    {"changed here and back", Kind::Edit, B, "password=x", B, Outcome::Settled,
     "name=Bank user=al password=x notes=~ tags=[a,b]", "", ""},
    {"changed here and back while the server changed it", Kind::Edit, B, "password=x",
     "name=Bank@1 user=al@1 password=z@2 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=z notes=~ tags=[a,b]", "", ""},
    {"a field cleared here", Kind::Edit, B, "user=~", B, Outcome::Send,
     "name=Bank user=~ password=x notes=~ tags=[a,b]", "user=~", ""},
    {"a field filled here", Kind::Edit, B, "notes=memo", B, Outcome::Send,
     "name=Bank user=al password=x notes=memo tags=[a,b]", "notes=memo", ""},
    {"the name changed here", Kind::Edit, B, "name=Bank2", B, Outcome::Send,
     "name=Bank2 user=al password=x notes=~ tags=[a,b]", "name=Bank2", ""},
    // Both sides changed the same field.
    {"both to the same value", Kind::Edit, B, "password=y",
     "name=Bank@1 user=al@1 password=y@2 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=y notes=~ tags=[a,b]", "", ""},
    {"both differently: the server's stands", Kind::Edit, B, "password=y",
     "name=Bank@1 user=al@1 password=z@2 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=z notes=~ tags=[a,b]", "", "Field:password"},
    {"both differently, the server's twice", Kind::Edit, B, "password=y",
     "name=Bank@1 user=al@1 password=w@3 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=w notes=~ tags=[a,b]", "", "Field:password"},
    {"the server changed and back: still its revision", Kind::Edit, B, "password=y",
     "name=Bank@1 user=al@1 password=x@3 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=x notes=~ tags=[a,b]", "", "Field:password"},
    {"cleared here, changed there", Kind::Edit, B, "user=~",
     "name=Bank@1 user=ally@2 password=x@1 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=ally password=x notes=~ tags=[a,b]", "", "Field:user"},
    {"changed here, cleared there", Kind::Edit, B, "user=bob",
     "name=Bank@1 user=~@2 password=x@1 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=~ password=x notes=~ tags=[a,b]", "", "Field:user"},
    {"the name both ways", Kind::Edit, B, "name=Mine",
     "name=Theirs@2 user=al@1 password=x@1 notes=~@1 tags=[a,b]@1", Outcome::Settled,
     "name=Theirs user=al password=x notes=~ tags=[a,b]", "", "Field:name"},
    {"two fields: one conflicts, one goes", Kind::Edit, B, "password=y notes=memo",
     "name=Bank@1 user=al@1 password=z@2 notes=~@1 tags=[a,b]@1", Outcome::Send,
     "name=Bank user=al password=z notes=memo tags=[a,b]", "notes=memo", "Field:password"},
    {"three fields: agreed, conflict, only here", Kind::Edit, B, "name=N user=u password=y",
     "name=N@2 user=v@2 password=x@1 notes=~@1 tags=[a,b]@1", Outcome::Send,
     "name=N user=v password=y notes=~ tags=[a,b]", "password=y", "Field:user"},
    // Tags merge as a set.
    {"a tag added here", Kind::Edit, B, "tags=[a,b,c]", B, Outcome::Send,
     "name=Bank user=al password=x notes=~ tags=[a,b,c]", "tags=[a,b,c]", ""},
    {"tags added on both sides", Kind::Edit, B, "tags=[a,b,c]",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[a,b,d]@2", Outcome::Send,
     "name=Bank user=al password=x notes=~ tags=[a,b,d,c]", "tags=[a,b,d,c]", ""},
    {"removed here, added there", Kind::Edit, B, "tags=[a]",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[a,b,d]@2", Outcome::Send,
     "name=Bank user=al password=x notes=~ tags=[a,d]", "tags=[a,d]", ""},
    {"the same tag removed on both sides", Kind::Edit, B, "tags=[b]",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[b]@2", Outcome::Settled,
     "name=Bank user=al password=x notes=~ tags=[b]", "", ""},
    {"added here, the server added it too and more", Kind::Edit, B, "tags=[a,b,c]",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[a,b,c,d]@2", Outcome::Settled,
     "name=Bank user=al password=x notes=~ tags=[a,b,c,d]", "", ""},
    {"added here, the server emptied them", Kind::Edit, B, "tags=[a,b,c]",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[]@2", Outcome::Send,
     "name=Bank user=al password=x notes=~ tags=[c]", "tags=[c]", ""},
    // The form changed on the server.
    {"an edited field the form dropped", Kind::Edit, B, "notes=memo",
     "name=Bank@1 user=al@1 password=x@1 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=x tags=[a,b]", "", "FieldGone:notes"},
    {"a field the form dropped, another edit goes", Kind::Edit, B, "notes=memo password=y",
     "name=Bank@1 user=al@1 password=x@1 tags=[a,b]@1", Outcome::Send,
     "name=Bank user=al password=y tags=[a,b]", "password=y", "FieldGone:notes"},
    {"a field the form added is shown", Kind::Edit, B, "password=y",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 otp=~@1 tags=[a,b]@1", Outcome::Send,
     "name=Bank user=al password=y notes=~ otp=~ tags=[a,b]", "password=y", ""},
    {"a field the form added, edited here", Kind::Edit, B, "otp=seed",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 otp=~@1 tags=[a,b]@1", Outcome::Send,
     "name=Bank user=al password=x notes=~ otp=seed tags=[a,b]", "otp=seed", ""},
    {"a field the form added, filled there since", Kind::Edit, B, "otp=seed",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 otp=other@2 tags=[a,b]@1", Outcome::Settled,
     "name=Bank user=al password=x notes=~ otp=other tags=[a,b]", "", "Field:otp"},
    // Deletions.
    {"deleted here, unchanged there", Kind::Delete, B, "", B, Outcome::Send, "", "", ""},
    {"deleted here, sequence moved only (re-reported)", Kind::Delete, B, "",
     "name=Bank@1 user=al@1 password=x@1 notes=~@1 tags=[a,b]@1", Outcome::Send, "", "", ""},
    {"deleted here, changed there: it stays", Kind::Delete, B, "",
     "name=Bank@1 user=al@1 password=z@2 notes=~@1 tags=[a,b]@1", Outcome::Restore,
     "name=Bank user=al password=z notes=~ tags=[a,b]", "", "Restored"},
    {"deleted on both sides", Kind::Delete, B, "", nullptr, Outcome::Gone, "", "", ""},
    {"edited here, deleted there: created again", Kind::Edit, B, "password=y", nullptr,
     Outcome::Recreate, "name=Bank user=al password=y notes=~ tags=[a,b]",
     "name=Bank notes=~ password=y tags=[a,b] user=al", "Recreated"},
    {"edited here and back, deleted there: still created again", Kind::Edit, B, "password=x",
     nullptr, Outcome::Recreate, "name=Bank user=al password=x notes=~ tags=[a,b]",
     "name=Bank notes=~ password=x tags=[a,b] user=al", "Recreated"},
    // Creations wait for the server whatever it holds.
    {"created here", Kind::Create, "name=~@0 user=~@0 password=~@0 notes=~@0 tags=[]@0",
     "name=New password=p", nullptr, Outcome::Send, "name=New user=~ password=p notes=~ tags=[]",
     "name=New password=p", ""},
};

#undef B

class MergeTable : public ::testing::TestWithParam<Row> {};

TEST_P(MergeTable, ResolvesAsTheRuleSays) {
    const Row &row = GetParam();
    PendingChange change;
    change.kind = row.kind;
    change.recordId = row.kind == Kind::Create ? -1 : 42;
    change.base = record(row.base, change.recordId);
    change.edits = edits(row.local);
    change.version = 3;
    const std::optional<QJsonObject> remote =
        row.remote ? std::optional(record(row.remote)) : std::nullopt;

    const Resolution result = resolve(change, remote, {-7, QStringLiteral("ref-7")});

    EXPECT_EQ(result.outcome, row.outcome);
    EXPECT_EQ(valuesOf(result.shown), QString::fromUtf8(row.shown));
    EXPECT_EQ(valuesOf(result.change.edits), QString::fromUtf8(row.send));
    EXPECT_EQ(notesOf(result.notes), QString::fromUtf8(row.notes));
    EXPECT_EQ(result.change.version, 3);
    if (row.outcome == Outcome::Send && remote) { // sent against the server's revisions now
        EXPECT_EQ(recordRevision(result.change.base), recordRevision(*remote));
    }
}

std::string rowName(const ::testing::TestParamInfo<Row> &info) {
    std::string name = info.param.what;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Rows, MergeTable, ::testing::ValuesIn(kRows), rowName);

TEST(MergeTable, HasTheRowsTheIssueAsksFor) {
    EXPECT_GE(std::size(kRows), 30U);
}

// A conflict keeps both sides whole: the local value and time, the server's field object with
// its revision, time and device.
TEST(FieldConflicts, KeepBothSides) {
    PendingChange change;
    change.recordId = 42;
    change.base = record("name=Bank@1 password=x@1");
    change.edits = edits("password=y");
    const Resolution result = resolve(change, record("name=Bank@1 password=z@4"));
    ASSERT_EQ(result.notes.size(), 1);
    const ChangeNote &note = result.notes[0];
    EXPECT_EQ(note.recordId, 42);
    EXPECT_EQ(note.type, QStringLiteral("password"));
    EXPECT_EQ(note.local.value, QJsonValue(QStringLiteral("y")));
    EXPECT_EQ(note.local.at, 1000);
    EXPECT_EQ(note.server.value(QLatin1String("value")), QJsonValue(QStringLiteral("z")));
    EXPECT_EQ(note.server.value(QLatin1String("revision")).toInteger(), 4);
    EXPECT_EQ(note.server.value(QLatin1String("modifiedBy")).toString(), QStringLiteral("desk"));
}

// Created again where it was, under a new local id and client reference, keeping its unit.
TEST(Recreation, KeepsTheUnitAndTakesTheNewIdentity) {
    PendingChange change;
    change.recordId = 42;
    change.base = record("name=Bank@1 password=x@1", 42, 7);
    change.edits = edits("password=y");
    const Resolution result = resolve(change, std::nullopt, {-9, QStringLiteral("ref-9")});
    EXPECT_EQ(result.change.kind, Kind::Create);
    EXPECT_EQ(result.change.recordId, -9);
    EXPECT_EQ(result.change.clientRef, QStringLiteral("ref-9"));
    EXPECT_EQ(result.change.form, QStringLiteral("login"));
    EXPECT_EQ(result.change.unit, std::optional<qint64>(7));
    EXPECT_EQ(result.shown.value(QLatin1String("id")).toInteger(), -9);
    ASSERT_EQ(result.notes.size(), 1);
    EXPECT_EQ(result.notes[0].server.value(QLatin1String("id")).toInteger(), 42);
}

TEST(RecordRevision, IsTheSumOfFieldRevisions) {
    EXPECT_EQ(recordRevision(record("name=a@1 password=b@3 tags=[]@2")), 6);
    EXPECT_EQ(recordRevision(QJsonObject()), 0);
}

} // namespace
} // namespace vaultlink
