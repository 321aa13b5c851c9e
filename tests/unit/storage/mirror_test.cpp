#include "src/storage/mirror.h"
#include "src/storage/record_row.h"
#include "src/storage/statement.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/test_records.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

using namespace vaultlink;
using vaultlink::testing::TestRecord;

namespace {
constexpr char kZeros[] = "0000000000000000000000000000000000000000000000000000000000000000";

QList<qint64> idsOf(const QList<RecordSummary> &summaries) {
    QList<qint64> ids;
    for (const RecordSummary &summary : summaries)
        ids.append(summary.id);
    return ids;
}

class MirrorTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mirror.db"));
    vaultlink::testing::SeqRandom random;
    SecureBuffer key = random.secret(32);
    std::unique_ptr<Mirror> mirror = Mirror::open(path, key);

    void apply(const QList<TestRecord> &records, const QList<qint64> &removed = {},
               const QString &cursor = QStringLiteral("c"), qint64 sequence = 100) {
        QList<QJsonObject> objects;
        for (const TestRecord &record : records)
            objects.append(record.json());
        mirror->applyPage(objects, removed, cursor, sequence);
    }

    void reopen() {
        mirror.reset();
        mirror = Mirror::open(path, key);
    }
};
} // namespace

TEST_F(MirrorTest, ANewMirrorIsEmpty) {
    const Mirror::SyncState state = mirror->syncState();
    EXPECT_TRUE(state.cursor.isEmpty());
    EXPECT_EQ(state.sequence, 0);
    EXPECT_EQ(state.count, 0);
    EXPECT_EQ(state.digest, QLatin1String(kZeros));
    EXPECT_EQ(mirror->computeDigest(), QLatin1String(kZeros));
    EXPECT_TRUE(mirror->ids().isEmpty());
    EXPECT_TRUE(mirror->list(Tab::all(), 0, 50).isEmpty());
    EXPECT_EQ(mirror->record(1), std::nullopt);
    EXPECT_TRUE(mirror->integrityOk());
}

TEST_F(MirrorTest, RunningDigestFollowsTheDocumentedTestVectors) {
    const QString one =
        QStringLiteral("d6b5915c46057bcb005f46f6433df65609dd3a7a57af75ac1a5a4a7c299ebffb");
    const QString oneAndTwo =
        QStringLiteral("c5a4af5409dfa8e397487a4dbe0a210d6a07f44f7351e2e5137225d26cc312cb");
    apply({TestRecord(1).withSequence(1)});
    EXPECT_EQ(mirror->syncState().digest, one);
    EXPECT_EQ(mirror->computeDigest(), one);
    apply({TestRecord(2).withSequence(2)});
    EXPECT_EQ(mirror->syncState().digest, oneAndTwo);
    EXPECT_EQ(mirror->computeDigest(), oneAndTwo);
    apply({}, {2});
    EXPECT_EQ(mirror->syncState().digest, one);
    apply({}, {1});
    EXPECT_EQ(mirror->syncState().digest, QLatin1String(kZeros));
    EXPECT_EQ(mirror->computeDigest(), QLatin1String(kZeros));
}

TEST_F(MirrorTest, AnUpsertReplacesTheWholeRecord) {
    apply({TestRecord(7)
               .withSequence(3)
               .withName(QStringLiteral("Old"))
               .withUserName(QStringLiteral("old-user"))
               .withTags(QStringList{QStringLiteral("old-tag")})});
    const TestRecord changed = TestRecord(7)
                                   .withSequence(9)
                                   .withForm(QStringLiteral("note"))
                                   .withUnit(4)
                                   .withName(QStringLiteral("New"))
                                   .withNotes(QStringLiteral("n"));
    apply({changed});
    EXPECT_EQ(mirror->record(7), changed.json());
    const QList<RecordSummary> rows = mirror->list(Tab::all(), 0, 10);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].name, QStringLiteral("New"));
    EXPECT_EQ(rows[0].form, QStringLiteral("note"));
    EXPECT_EQ(rows[0].unit, 4);
    EXPECT_TRUE(rows[0].userName.isEmpty());
    EXPECT_TRUE(rows[0].tags.isEmpty());
    EXPECT_EQ(mirror->count(Tab::personal()), 0);
    EXPECT_EQ(mirror->count(Tab::ofUnit(4)), 1);
    EXPECT_EQ(mirror->syncState().digest, vaultlink::testing::referenceDigest({{7, 9}}));
    EXPECT_EQ(mirror->computeDigest(), vaultlink::testing::referenceDigest({{7, 9}}));
}

TEST_F(MirrorTest, RemovalsDeleteAndUnknownIdsAreIgnored) {
    apply({TestRecord(1).withSequence(1), TestRecord(2).withSequence(2),
           TestRecord(3).withSequence(3)});
    apply({}, {2, 99});
    EXPECT_EQ(mirror->ids(), (QList<qint64>{1, 3}));
    EXPECT_EQ(mirror->record(2), std::nullopt);
    EXPECT_EQ(mirror->syncState().count, 2);
    EXPECT_EQ(mirror->syncState().digest, vaultlink::testing::referenceDigest({{1, 1}, {3, 3}}));
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
}

TEST_F(MirrorTest, TheCursorAndSequenceAreStoredWithThePage) {
    apply({TestRecord(1)}, {}, QStringLiteral("djE6OWU0ZDA0YjZhZGU0Ojg1"), 85);
    Mirror::SyncState state = mirror->syncState();
    EXPECT_EQ(state.cursor, QStringLiteral("djE6OWU0ZDA0YjZhZGU0Ojg1"));
    EXPECT_EQ(state.sequence, 85);
    apply({}, {}, QStringLiteral("next"), 90);
    state = mirror->syncState();
    EXPECT_EQ(state.cursor, QStringLiteral("next"));
    EXPECT_EQ(state.sequence, 90);
    EXPECT_EQ(state.count, 1);
}

TEST_F(MirrorTest, APageWithAnInvalidRecordChangesNothing) {
    apply({TestRecord(1).withSequence(1).withName(QStringLiteral("One")),
           TestRecord(2).withSequence(2).withName(QStringLiteral("Two"))},
          {}, QStringLiteral("first"), 2);
    const Mirror::SyncState before = mirror->syncState();
    const QJsonObject recordOne = *mirror->record(1);

    const QJsonObject good = TestRecord(5).withSequence(5).json();
    const auto without = [&](const char *member) {
        QJsonObject bad = good;
        bad.remove(QLatin1String(member));
        return bad;
    };
    const auto with = [&](const char *member, const QJsonValue &value) {
        QJsonObject bad = good;
        bad.insert(QLatin1String(member), value);
        return bad;
    };
    const auto withField = [&](int index, const char *member, const QJsonValue &value) {
        QJsonArray fields = good.value(QLatin1String("fields")).toArray();
        QJsonObject field = fields[index].toObject();
        field.insert(QLatin1String(member), value);
        fields[index] = field;
        return with("fields", fields);
    };
    QJsonArray noName = good.value(QLatin1String("fields")).toArray();
    noName.removeFirst();
    const QList<QJsonObject> invalid = {
        without("id"),
        with("id", QStringLiteral("5")),
        with("id", 5.5),
        without("fields"),
        with("fields", QJsonObject()),
        with("fields", noName),
        without("form"),
        without("sequence"),
        without("personal"),
        with("unit", 3),                                  // personal and in a unit
        with("personal", false),                          // neither
        withField(0, "value", 42),                        // a name that is not a string
        withField(0, "key", QJsonValue()),                // a field without a key
        withField(6, "value", QStringLiteral("finance")), // tags not an array
        withField(6, "value", QJsonArray{1}),             // a tag not a string
    };
    for (const QJsonObject &bad : invalid) {
        SCOPED_TRACE(QJsonDocument(bad).toJson(QJsonDocument::Compact).left(120).toStdString());
        const QList<QJsonObject> page = {TestRecord(1).withSequence(10).json(),
                                         TestRecord(3).withSequence(11).json(), bad,
                                         TestRecord(4).withSequence(12).json()};
        EXPECT_THROW(mirror->applyPage(page, {2}, QStringLiteral("second"), 12),
                     std::invalid_argument);
        const Mirror::SyncState after = mirror->syncState();
        EXPECT_EQ(after.cursor, before.cursor);
        EXPECT_EQ(after.sequence, before.sequence);
        EXPECT_EQ(after.digest, before.digest);
        EXPECT_EQ(mirror->ids(), (QList<qint64>{1, 2}));
        EXPECT_EQ(mirror->record(1), recordOne);
        EXPECT_EQ(mirror->computeDigest(), before.digest);
    }
    // The mirror is still usable: the next good page goes in.
    apply({TestRecord(3).withSequence(3)}, {}, QStringLiteral("third"), 3);
    EXPECT_EQ(mirror->ids(), (QList<qint64>{1, 2, 3}));
}

TEST_F(MirrorTest, TheRunningDigestAgreesWithARecomputationOverManyPages) {
    std::mt19937 rng(42);
    std::map<qint64, qint64> model;
    qint64 sequence = 0;
    for (int page = 0; page < 30; ++page) {
        QList<TestRecord> upserts;
        QList<qint64> removed;
        std::set<qint64> touched; // the feed lists each record once per page
        for (int entry = 0; entry < 20; ++entry) {
            const qint64 id = 1 + static_cast<qint64>(rng() % 60);
            if (!touched.insert(id).second)
                continue;
            if (rng() % 4 == 0) {
                removed.append(id);
                model.erase(id);
            } else {
                upserts.append(TestRecord(id).withSequence(++sequence));
                model[id] = sequence;
            }
        }
        apply(upserts, removed, QString::number(page), sequence);
        QList<QPair<qint64, qint64>> expected;
        for (const auto &[id, seq] : model)
            expected.append({id, seq});
        const Mirror::SyncState state = mirror->syncState();
        ASSERT_EQ(state.digest, vaultlink::testing::referenceDigest(expected)) << "page " << page;
        ASSERT_EQ(mirror->computeDigest(), state.digest);
        ASSERT_EQ(state.count, static_cast<qint64>(model.size()));
    }
}

TEST_F(MirrorTest, RecordGivesBackTheObjectAsApplied) {
    QJsonObject object = TestRecord(96)
                             .withSequence(87)
                             .withName(QStringLiteral("Bänk \"quoted\" \u2603"))
                             .withUserName(QStringLiteral("alice"))
                             .withPassword(QStringLiteral("pw2"))
                             .withTags(QStringList{QStringLiteral("finance"), QStringLiteral("x")})
                             .json();
    object.insert(QStringLiteral("clientRef"),
                  QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b"));
    object.insert(QStringLiteral("futureMember"),
                  QJsonObject{{QStringLiteral("nested"), QJsonArray{1, true, QJsonValue()}}});
    mirror->applyPage({object}, {}, QStringLiteral("c"), 87);
    const auto back = mirror->record(96);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, object);
    EXPECT_EQ(QJsonDocument(*back).toJson(QJsonDocument::Compact),
              QJsonDocument(object).toJson(QJsonDocument::Compact));
    const QJsonArray fields = back->value(QStringLiteral("fields")).toArray();
    EXPECT_EQ(fields[2].toObject().value(QStringLiteral("value")), QStringLiteral("pw2"));
}

TEST_F(MirrorTest, ARecordTheCompactFormCannotHoldKeepsItsTextAsReceived) {
    // Members out of QJsonObject's order and white space, fields without type or label: what the
    // server sent is kept, not a rewritten form of it.
    const QByteArray received =
        R"({ "sequence": 5, "id": 41, "personal": true, "form": "password",)"
        R"( "fields": [ {"key": "name", "value": "Bank \u00fc", "revision": 1} ] })";
    const QJsonObject object = QJsonDocument::fromJson(received).object();
    ASSERT_FALSE(object.isEmpty());
    mirror->applyPage(QList<RecordRow>{RecordRow::fromJson(object, {}, received)}, {},
                      QStringLiteral("c"), 5);
    Statement select = mirror->db().prepare("SELECT layout, body FROM records WHERE id = 41");
    ASSERT_TRUE(select.step());
    EXPECT_TRUE(select.isNull(0));
    EXPECT_EQ(record_body::jsonText(select.blob(1)), received);
    select.finish();
    EXPECT_EQ(mirror->record(41), object);
    EXPECT_EQ(mirror->summaries({41}).value(0).name, QStringLiteral("Bank \u00fc"));
}

TEST_F(MirrorTest, ListsAreInCaseInsensitiveNameOrderThenById) {
    apply({TestRecord(4).withName(QStringLiteral("banana")),
           TestRecord(3).withName(QStringLiteral("apple")),
           TestRecord(1).withName(QStringLiteral("Apple")),
           TestRecord(2).withName(QStringLiteral("Cherry")),
           TestRecord(6).withName(QStringLiteral("\u00E4pfel")),
           TestRecord(5).withName(QStringLiteral("\u00C4PFEL")),
           TestRecord(7).withName(QStringLiteral("BANANA split"))});
    EXPECT_EQ(idsOf(mirror->list(Tab::all(), 0, -1)), (QList<qint64>{1, 3, 4, 7, 2, 5, 6}));
}

TEST_F(MirrorTest, ListsPageThroughEachTab) {
    QList<TestRecord> records;
    QList<qint64> all, personal, unit7;
    for (qint64 i = 1; i <= 30; ++i) {
        // Names in reverse id order, so name order and id order differ.
        const std::optional<qint64> unit =
            i % 3 == 0 ? std::nullopt : std::optional<qint64>(i % 3 == 1 ? 7 : 8);
        records.append(TestRecord(i).withSequence(i).withUnit(unit).withName(
            QStringLiteral("Item %1").arg(100 - i)));
    }
    apply(records);
    for (qint64 i = 30; i >= 1; --i) {
        all.append(i);
        if (i % 3 == 0)
            personal.append(i);
        if (i % 3 == 1)
            unit7.append(i);
    }
    const auto pages = [&](const Tab &tab, int size) {
        QList<qint64> ids;
        for (int offset = 0;; offset += size) {
            const QList<qint64> page = idsOf(mirror->list(tab, offset, size));
            EXPECT_LE(page.size(), size);
            if (page.isEmpty())
                return ids;
            ids += page;
        }
    };
    EXPECT_EQ(pages(Tab::all(), 7), all);
    EXPECT_EQ(pages(Tab::personal(), 4), personal);
    EXPECT_EQ(pages(Tab::ofUnit(7), 3), unit7);
    EXPECT_EQ(idsOf(mirror->list(Tab::all(), 5, 3)), all.mid(5, 3));
    EXPECT_EQ(idsOf(mirror->list(Tab::ofUnit(7), 0, -1)), unit7);
    EXPECT_TRUE(mirror->list(Tab::ofUnit(9), 0, 10).isEmpty());
    EXPECT_TRUE(mirror->list(Tab::all(), 30, 10).isEmpty());
    EXPECT_EQ(mirror->count(Tab::all()), 30);
    EXPECT_EQ(mirror->count(Tab::personal()), 10);
    EXPECT_EQ(mirror->count(Tab::ofUnit(7)), 10);
    EXPECT_EQ(mirror->count(Tab::ofUnit(8)), 10);
    EXPECT_EQ(mirror->count(Tab::ofUnit(9)), 0);
}

TEST_F(MirrorTest, SummariesTakeTheListedFieldsByKey) {
    apply({TestRecord(1)
               .withForm(QStringLiteral("website"))
               .withUnit(3)
               .withName(QStringLiteral("Shop"))
               .withUserName(QStringLiteral("bob"))
               .withPassword(QStringLiteral("secret"))
               .withUrl(QStringLiteral("https://shop.example"))
               .withTags(QStringList{QStringLiteral("a"), QStringLiteral("b c")}),
           TestRecord(2)
               .withForm(QStringLiteral("credit-card"))
               .withName(QStringLiteral("Visa"))
               .withUserName(QStringLiteral("BOB HOLDER"))
               .withTags(QStringList{QStringLiteral("finance")}),
           TestRecord(3).withForm(QStringLiteral("note")).withName(QStringLiteral("Memo"))});
    const QList<RecordSummary> rows = mirror->summaries({3, 42, 1, 2});
    ASSERT_EQ(idsOf(rows), (QList<qint64>{3, 1, 2}));
    EXPECT_EQ(rows[1].form, QStringLiteral("website"));
    EXPECT_EQ(rows[1].unit, 3);
    EXPECT_EQ(rows[1].name, QStringLiteral("Shop"));
    EXPECT_EQ(rows[1].userName, QStringLiteral("bob"));
    EXPECT_EQ(rows[1].url, QStringLiteral("https://shop.example"));
    EXPECT_EQ(rows[1].tags, (QStringList{QStringLiteral("a"), QStringLiteral("b c")}));
    // A credit card has a card holder but no user name or URL.
    EXPECT_EQ(rows[2].unit, std::nullopt);
    EXPECT_TRUE(rows[2].userName.isEmpty());
    EXPECT_TRUE(rows[2].url.isEmpty());
    EXPECT_EQ(rows[2].tags, QStringList{QStringLiteral("finance")});
    EXPECT_EQ(rows[0].name, QStringLiteral("Memo"));
    EXPECT_TRUE(rows[0].tags.isEmpty());
}

TEST_F(MirrorTest, ValuesAreStoredTogetherAndKeptApartFromSyncState) {
    mirror->setValues({{QStringLiteral("session.refreshToken"), QStringLiteral("tok")},
                       {QStringLiteral("server.policy"), QStringLiteral("{}")}});
    EXPECT_EQ(mirror->value(QStringLiteral("session.refreshToken")), QStringLiteral("tok"));
    EXPECT_TRUE(mirror->value(QStringLiteral("unknown")).isEmpty());
    apply({TestRecord(1)}, {}, QStringLiteral("cur"), 5);
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("server.policy"), QStringLiteral("{}")},
        {QStringLiteral("session.refreshToken"), QStringLiteral("tok")}};
    EXPECT_EQ(mirror->values(), expected);

    // All or nothing: a refused key leaves the other values of the call unwritten.
    EXPECT_THROW(mirror->setValues({{QStringLiteral("a"), QStringLiteral("1")},
                                    {QStringLiteral("mirror.cursor"), QStringLiteral("forged")}}),
                 std::invalid_argument);
    EXPECT_TRUE(mirror->value(QStringLiteral("a")).isEmpty());
    EXPECT_EQ(mirror->syncState().cursor, QStringLiteral("cur"));

    mirror->setValues({{QStringLiteral("session.refreshToken"), QString()},
                       {QStringLiteral("b"), QStringLiteral("2")}});
    EXPECT_TRUE(mirror->value(QStringLiteral("session.refreshToken")).isEmpty());
    EXPECT_EQ(mirror->values(), (QList<QPair<QString, QString>>{
                                    {QStringLiteral("b"), QStringLiteral("2")},
                                    {QStringLiteral("server.policy"), QStringLiteral("{}")}}));
}

TEST_F(MirrorTest, SetUnitsReplacesThemAll) {
    mirror->setUnits({{1, QStringLiteral("Sales")}, {2, QStringLiteral("admin")}});
    mirror->setUnits(
        {{3, QStringLiteral("Ops")}, {2, QStringLiteral("Admin")}, {4, QStringLiteral("finance")}});
    const QList<StoredUnit> units = mirror->units();
    ASSERT_EQ(units.size(), 3);
    EXPECT_EQ(units[0].id, 2);
    EXPECT_EQ(units[0].name, QStringLiteral("Admin"));
    EXPECT_EQ(units[1].id, 4);
    EXPECT_EQ(units[2].id, 3);
}

TEST_F(MirrorTest, ReopeningWithTheSameKeyKeepsEverything) {
    const TestRecord record =
        TestRecord(12).withSequence(34).withUnit(5).withName(QStringLiteral("Kept"));
    apply({record, TestRecord(13).withSequence(35)}, {}, QStringLiteral("cursor-1"), 40);
    mirror->setValues({{QStringLiteral("k"), QStringLiteral("v")}});
    mirror->setUnits({{5, QStringLiteral("Five")}});
    const Mirror::SyncState before = mirror->syncState();
    reopen();
    const Mirror::SyncState after = mirror->syncState();
    EXPECT_EQ(after.cursor, before.cursor);
    EXPECT_EQ(after.sequence, 40);
    EXPECT_EQ(after.count, 2);
    EXPECT_EQ(after.digest, before.digest);
    EXPECT_EQ(mirror->record(12), record.json());
    EXPECT_EQ(mirror->value(QStringLiteral("k")), QStringLiteral("v"));
    ASSERT_EQ(mirror->units().size(), 1);
    EXPECT_EQ(mirror->units()[0].name, QStringLiteral("Five"));
    EXPECT_EQ(idsOf(mirror->list(Tab::ofUnit(5), 0, 10)), QList<qint64>{12});
    EXPECT_TRUE(mirror->integrityOk());
}

TEST_F(MirrorTest, NothingReadableReachesTheFiles) {
    apply({TestRecord(1)
               .withName(QStringLiteral("NameMarker8812"))
               .withUserName(QStringLiteral("UserMarker8812"))
               .withPassword(QStringLiteral("PasswordMarker8812"))
               .withNotes(QStringLiteral("NoteMarker8812"))});
    mirror->setValues(
        {{QStringLiteral("session.refreshToken"), QStringLiteral("TokenMarker8812")}});
    mirror.reset();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char *marker :
             {"NameMarker8812", "UserMarker8812", "PasswordMarker8812", "NoteMarker8812",
              "TokenMarker8812", "namemarker8812", "SQLite format 3", "CREATE TABLE"})
            EXPECT_FALSE(bytes.contains(marker)) << marker << " in " << name.toStdString();
    }
}

TEST_F(MirrorTest, AnotherKeyDoesNotOpenIt) {
    apply({TestRecord(1)});
    mirror.reset();
    try {
        Mirror::open(path, random.secret(32));
        ADD_FAILURE() << "opened";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Undecryptable);
    }
}

TEST_F(MirrorTest, ValuesMayBeSetFromAnotherThreadWhilePagesAreApplied) {
    // The sync applies pages on a worker thread while the session may store a refreshed token.
    std::thread applier([&] {
        for (qint64 page = 0; page < 20; ++page) {
            QList<TestRecord> records;
            for (qint64 i = 1; i <= 50; ++i)
                records.append(TestRecord(page * 50 + i).withName(QStringLiteral("R%1").arg(i)));
            apply(records, {}, QStringLiteral("c%1").arg(page), page);
        }
    });
    for (int i = 0; i < 200; ++i) {
        mirror->setValues({{QStringLiteral("token"), QString::number(i)}});
        EXPECT_EQ(mirror->value(QStringLiteral("token")), QString::number(i));
        mirror->syncState();
    }
    applier.join();
    EXPECT_EQ(mirror->syncState().count, 1000);
    EXPECT_EQ(mirror->syncState().cursor, QStringLiteral("c19"));
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
    EXPECT_EQ(mirror->value(QStringLiteral("token")), QStringLiteral("199"));
}

TEST_F(MirrorTest, AWriteAheadLogIsKeptWhileOpenAndFoldedInWhenMadeSelfContained) {
    apply({TestRecord(1), TestRecord(2)}, {}, QStringLiteral("c1"), 1);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    mirror->makeSelfContained();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    // Still usable afterwards, and the file alone holds everything.
    apply({TestRecord(3)}, {}, QStringLiteral("c2"), 2);
    mirror->makeSelfContained();
    mirror.reset();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(QFile::copy(path, copy));
    auto moved = Mirror::open(copy, key);
    EXPECT_EQ(moved->syncState().count, 3);
    EXPECT_EQ(moved->syncState().cursor, QStringLiteral("c2"));
    EXPECT_TRUE(moved->integrityOk());
}

TEST_F(MirrorTest, ClosingLeavesNoWriteAheadLog) {
    apply({TestRecord(1)});
    mirror.reset();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    reopen();
    EXPECT_EQ(mirror->syncState().count, 1);
}
