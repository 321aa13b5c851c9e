#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/profiles/record_editor.h"
#include "tests/unit/support/doubles.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink;
using vaultlink::testing::TestClock;

namespace {

QJsonObject field(const char *key, const char *type, const QJsonValue &value, qint64 revision) {
    return {{"key", key},     {"type", type},         {"label", key},
            {"value", value}, {"revision", revision}, {"modifiedAt", "2026-11-22T10:00:00Z"}};
}

// A record of the server, personal or in a unit.
QJsonObject serverRecord(qint64 id, std::optional<qint64> unit, const QString &password) {
    return {{"id", id},
            {"form", "login"},
            {"unit", unit ? QJsonValue(*unit) : QJsonValue()},
            {"personal", !unit},
            {"sequence", id},
            {"fields", QJsonArray{field("name", "title", QStringLiteral("R%1").arg(id), 1),
                                  field("username", "username", "u", 1),
                                  field("password", "password", password, 1),
                                  field("tags", "tags", QJsonArray(), 1)}}};
}

QString valueIn(const std::optional<QJsonObject> &record, const QString &key) {
    const std::optional<QJsonObject> found = record ? fieldOf(*record, key) : std::nullopt;
    return found ? found->value(QLatin1String("value")).toString() : QStringLiteral("(none)");
}

class RecordEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        // IT: add and edit; Sales: read only; Legal: delete only.
        mirror->setUnits({{7, QStringLiteral("IT"), true, true, false},
                          {8, QStringLiteral("Sales"), false, false, false},
                          {9, QStringLiteral("Legal"), false, false, true}});
        const FormInfo login{QStringLiteral("login"),
                             QStringLiteral("Login"),
                             {{"name", "title", "Name"},
                              {"username", "username", "User name"},
                              {"password", "password", "Password"},
                              {"tags", "tags", "Tags"}}};
        mirror->setValues(WritePermissions::values({true, true}, {login}));
        mirror->applyPage({serverRecord(1, std::nullopt, QStringLiteral("old")),
                           serverRecord(2, 7, QStringLiteral("p")),
                           serverRecord(3, 8, QStringLiteral("p")),
                           serverRecord(4, 9, QStringLiteral("p"))},
                          {}, QStringLiteral("c"), 4);
    }

    RecordEditor editor() { return RecordEditor(*mirror, clock); }

    static QString keyOf(const std::function<void()> &call) {
        try {
            call();
        } catch (const Failure &failure) {
            return failure.code() + (failure.kind() == Failure::Kind::NotAllowed
                                         ? QStringLiteral(" (not allowed)")
                                         : QString());
        }
        return QStringLiteral("(done)");
    }

    QTemporaryDir dir;
    vaultlink::testing::SeqRandom random;
    SecureBuffer key = random.secret(32);
    std::unique_ptr<Mirror> mirror = Mirror::open(dir.filePath(QStringLiteral("m.db")), key);
    TestClock clock;
};

TEST_F(RecordEditorTest, OffersOnlyWhatTheRightsAllowAndSaysWhyNot) {
    RecordEditor e = editor();
    EXPECT_TRUE(e.whyNotCreate(std::nullopt).isEmpty());
    EXPECT_TRUE(e.whyNotCreate(7).isEmpty());
    EXPECT_EQ(e.whyNotCreate(8).key(), QString(msg::CreateInUnitNotAllowed));
    EXPECT_EQ(e.whyNotCreate(8).args(), QStringList{QStringLiteral("Sales")});
    EXPECT_EQ(e.whyNotCreate(99).key(), QString(msg::UnitNotHere));
    EXPECT_TRUE(e.whyNotEdit(1).isEmpty());
    EXPECT_TRUE(e.whyNotEdit(2).isEmpty());
    EXPECT_EQ(e.whyNotEdit(3).key(), QString(msg::EditNotAllowed));
    EXPECT_TRUE(e.whyNotDelete(1).isEmpty());
    EXPECT_EQ(e.whyNotDelete(2).key(), QString(msg::DeleteNotAllowed));
    EXPECT_TRUE(e.whyNotDelete(4).isEmpty());
    EXPECT_EQ(e.whyNotEdit(42).key(), QString(msg::RecordNotHere));

    EXPECT_EQ(keyOf([&] {
                  e.edit(3, {{"username", "x"}});
              }),
              QStringLiteral("edit-not-allowed (not allowed)"));
    EXPECT_EQ(keyOf([&] { e.remove(2); }), QStringLiteral("delete-not-allowed (not allowed)"));
    EXPECT_EQ(keyOf([&] {
                  e.create("login", 8, {{"name", "x"}});
              }),
              QStringLiteral("create-in-unit-not-allowed (not allowed)"));
    EXPECT_EQ(mirror->pendingCount(), 0);
}

TEST_F(RecordEditorTest, WithoutTheRightToCreatePersonalRecordsNoneIsOffered) {
    mirror->setValues(
        WritePermissions::values({true, false}, WritePermissions::load(*mirror).forms));
    EXPECT_EQ(editor().whyNotCreate(std::nullopt).key(), QString(msg::CreatePersonalNotAllowed));
    mirror->setValues(WritePermissions::values({true, true}, {}));
    EXPECT_EQ(editor().whyNotCreate(std::nullopt).key(), QString(msg::FormsNotKnown));
}

TEST_F(RecordEditorTest, ACreationIsCheckedThenShownAtOnce) {
    RecordEditor e = editor();
    EXPECT_EQ(keyOf([&] {
                  e.create("login", std::nullopt, {{"username", "u"}});
              }),
              QStringLiteral("name-required"));
    EXPECT_EQ(keyOf([&] {
                  e.create("login", std::nullopt, {{"name", "  "}});
              }),
              QStringLiteral("name-required"));
    EXPECT_EQ(keyOf([&] {
                  e.create("card", std::nullopt, {{"name", "x"}});
              }),
              QStringLiteral("form-not-here"));
    EXPECT_EQ(keyOf([&] {
                  e.create("login", std::nullopt, {{"name", "x"}, {"pin", "1"}});
              }),
              QStringLiteral("field-not-in-form"));
    const qint64 id =
        e.create("login", 7, {{"name", "New"}, {"tags", QJsonArray{" a ", "b", "a", ""}}});
    EXPECT_LT(id, 0);
    const std::optional<QJsonObject> shown = mirror->record(id);
    EXPECT_EQ(valueIn(shown, "name"), QStringLiteral("New"));
    EXPECT_EQ(fieldOf(*shown, "tags")->value("value"), QJsonValue(QJsonArray{"a", "b"}));
    EXPECT_EQ(shown->value("unit").toInteger(), 7);
    const std::optional<PendingChange> pending = mirror->pendingChange(id);
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->kind, PendingChange::Kind::Create);
    EXPECT_EQ(pending->clientRef.size(), 36);
    // Its own new record is the user's to change and to drop, whatever the unit's rights.
    e.edit(id, {{"username", "me"}});
    EXPECT_EQ(mirror->pendingChange(id)->kind, PendingChange::Kind::Create);
    e.remove(id);
    EXPECT_FALSE(mirror->record(id));
    EXPECT_EQ(mirror->pendingCount(), 0);
}

TEST_F(RecordEditorTest, AnEditKeepsTheOldPasswordAndAnEditBackIsNoChange) {
    RecordEditor e = editor();
    clock.advance(60);
    e.edit(1, {{"password", "new"}, {"username", "u"}}); // the user name did not change
    EXPECT_EQ(mirror->pendingChange(1)->edits.keys(), QStringList{QStringLiteral("password")});
    const QList<HistoryEntry> history = mirror->history(1);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].value, QJsonValue("old"));
    EXPECT_EQ(history[0].replacedAt, clock.now().toMSecsSinceEpoch());
    EXPECT_EQ(keyOf([&] { e.edit(1, {{"name", ""}}); }), QStringLiteral("name-required"));
    e.edit(1, {{"password", "old"}});
    EXPECT_EQ(mirror->pendingCount(), 0);
    EXPECT_EQ(valueIn(mirror->record(1), "password"), QStringLiteral("old"));
    EXPECT_EQ(mirror->history(1).size(), 2);
}

TEST_F(RecordEditorTest, DiscardBringsBackTheServersRecord) {
    RecordEditor e = editor();
    e.edit(1, {{"username", "changed"}});
    e.discard(1);
    EXPECT_EQ(valueIn(mirror->record(1), "username"), QStringLiteral("u"));
    e.remove(4);
    EXPECT_FALSE(mirror->record(4));
    e.discard(4);
    EXPECT_EQ(valueIn(mirror->record(4), "name"), QStringLiteral("R4"));
    EXPECT_EQ(mirror->pendingCount(), 0);
    EXPECT_EQ(mirror->syncState().count, 4);
}

TEST_F(RecordEditorTest, ARefusalIsRetriedAndConflictsAreKeptOrGivenUp) {
    RecordEditor e = editor();
    e.edit(1, {{"username", "mine"}});
    mirror->updateLocal(1, [](const std::optional<PendingChange> &pending,
                              const std::optional<QJsonObject> &shown) {
        LocalUpdate update;
        update.change = pending;
        update.change->refused = Refusal{QStringLiteral("forbidden"), QStringLiteral("no")};
        update.shown = *shown;
        ChangeNote note;
        note.kind = ChangeNote::Kind::Field;
        note.recordId = 1;
        note.key = QStringLiteral("password");
        note.type = QStringLiteral("password");
        note.local = {QStringLiteral("lost"), 5};
        update.notes = {note, note};
        update.notes[1].kind = ChangeNote::Kind::FieldGone;
        update.notes[1].key = QStringLiteral("url");
        return update;
    });
    e.retry(1);
    EXPECT_FALSE(mirror->pendingChange(1)->refused);

    const QList<ChangeNote> notes = mirror->notes(1);
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(keyOf([&] { e.keepLocal(notes[1].id); }), QStringLiteral("field-gone-no-keep"));
    e.keepLocal(notes[0].id);
    EXPECT_EQ(valueIn(mirror->record(1), "password"), QStringLiteral("lost"));
    EXPECT_EQ(mirror->pendingChange(1)->edits.value("password").value, QJsonValue("lost"));
    e.keepServer(notes[1].id);
    EXPECT_TRUE(mirror->notes().isEmpty());
    EXPECT_EQ(keyOf([&] { e.keepServer(notes[1].id); }), QStringLiteral("note-not-here"));
}

TEST_F(RecordEditorTest, ARecordGoneOnTheServerThatMayNotBeCreatedAgainIsReadOnly) {
    mirror->updateLocal(
        -5, [](const std::optional<PendingChange> &, const std::optional<QJsonObject> &) {
            LocalUpdate update;
            PendingChange change;
            change.recordId = -5;
            change.kind = PendingChange::Kind::Create;
            change.base = serverRecord(-5, 8, QStringLiteral("p"));
            change.base.insert("sequence", 3); // the server's copy it was made from
            change.refused = Refusal{QStringLiteral("forbidden"), {}};
            update.change = change;
            update.shown = change.base;
            ChangeNote note;
            note.kind = ChangeNote::Kind::ReadOnlyCopy;
            note.recordId = -5;
            update.notes = {note};
            return update;
        });
    EXPECT_EQ(editor().whyNotEdit(-5).key(), QString(msg::ReadOnlyCopy));
    editor().discard(-5);
    EXPECT_FALSE(mirror->record(-5));
}

} // namespace
