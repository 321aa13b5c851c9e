#include "src/edits/record_merge.h"
#include "src/storage/mirror.h"
#include "src/storage/search_index.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/test_records.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink;
using vaultlink::testing::TestRecord;

namespace {

// The record with one field changed on the server: a new value at a higher revision.
QJsonObject changedOnServer(QJsonObject record, const QString &key, const QJsonValue &value,
                            qint64 sequence) {
    QJsonArray fields = record.value(QLatin1String("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields[i].toObject();
        if (field.value(QLatin1String("key")).toString() != key)
            continue;
        field.insert(QLatin1String("value"), value);
        field.insert(QLatin1String("revision"),
                     field.value(QLatin1String("revision")).toInteger() + 1);
        field.insert(QLatin1String("modifiedBy"), QStringLiteral("desk"));
        fields.replace(i, field);
    }
    record.insert(QLatin1String("fields"), fields);
    record.insert(QLatin1String("sequence"), sequence);
    return record;
}

QString valueIn(const std::optional<QJsonObject> &record, const QString &key) {
    if (!record)
        return QStringLiteral("(none)");
    const std::optional<QJsonObject> field = fieldOf(*record, key);
    return field ? field->value(QLatin1String("value")).toString() : QStringLiteral("(no field)");
}

class MirrorLocalTest : public ::testing::Test {
protected:
    void SetUp() override {
        apply({TestRecord(1).withName(QStringLiteral("Bank")).withPassword(QStringLiteral("x")),
               TestRecord(2).withName(QStringLiteral("Mail")).withSequence(2)},
              {}, 10);
    }

    void apply(const QList<QJsonObject> &records, const QList<qint64> &removed, qint64 sequence) {
        mirror->applyPage(records, removed, QStringLiteral("c%1").arg(sequence), sequence);
    }
    void apply(const QList<TestRecord> &records, const QList<qint64> &removed, qint64 sequence) {
        QList<QJsonObject> objects;
        for (const TestRecord &record : records)
            objects.append(record.json());
        apply(objects, removed, sequence);
    }

    // What an editor does: the record's change, folded into any pending one, shown at once.
    void edit(qint64 id, const QString &field, const QString &value) {
        mirror->updateLocal(id, [&](const std::optional<PendingChange> &pending,
                                    const std::optional<QJsonObject> &shown) {
            PendingChange change = pending.value_or(PendingChange{});
            if (!pending) {
                change.recordId = id;
                change.base = *shown;
            }
            change.edits.insert(field, {value, 5000});
            ++change.version;
            LocalUpdate update;
            update.change = change;
            update.shown = shownRecord(change);
            return update;
        });
    }

    void removeHere(qint64 id) {
        mirror->updateLocal(
            id, [&](const std::optional<PendingChange> &, const std::optional<QJsonObject> &shown) {
                PendingChange change;
                change.recordId = id;
                change.kind = PendingChange::Kind::Delete;
                change.base = *shown;
                LocalUpdate update;
                update.change = change;
                return update;
            });
    }

    qint64 create(const QString &name) {
        const qint64 id = mirror->newLocalId();
        mirror->updateLocal(
            id, [&](const std::optional<PendingChange> &, const std::optional<QJsonObject> &) {
                PendingChange change;
                change.recordId = id;
                change.kind = PendingChange::Kind::Create;
                QJsonObject base = TestRecord(id).withSequence(0).json();
                change.base = base;
                change.form = QStringLiteral("login");
                change.clientRef = QStringLiteral("ref%1").arg(id);
                change.edits.insert(QStringLiteral("name"), {name, 5000});
                LocalUpdate update;
                update.change = change;
                update.shown = shownRecord(change);
                return update;
            });
        return id;
    }

    // The server's side is unchanged by anything done here: count and digest as the server's.
    void expectServerSide(qint64 count, const QList<QPair<qint64, qint64>> &held) {
        const Mirror::SyncState state = mirror->syncState();
        EXPECT_EQ(state.count, count);
        EXPECT_EQ(state.digest, vaultlink::testing::referenceDigest(held));
        EXPECT_EQ(mirror->computeDigest(), state.digest);
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mirror.db"));
    vaultlink::testing::SeqRandom random;
    SecureBuffer key = random.secret(32);
    std::unique_ptr<Mirror> mirror = Mirror::open(path, key);
};

TEST_F(MirrorLocalTest, AnEditIsShownAtOnceAndSurvivesReopening) {
    edit(1, QStringLiteral("name"), QStringLiteral("Savings"));
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("name")), QStringLiteral("Savings"));
    const QList<RecordSummary> list = mirror->list(Tab::all(), 0, -1);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].name, QStringLiteral("Savings")); // in name order
    EXPECT_TRUE(list[1].pending);
    EXPECT_FALSE(list[0].pending);
    EXPECT_EQ(SearchIndex::build(*mirror).find(QStringLiteral("savi"), Tab::all()),
              QList<qint64>{1});
    expectServerSide(2, {{1, 1}, {2, 2}});

    mirror.reset();
    mirror = Mirror::open(path, key);
    ASSERT_EQ(mirror->pendingCount(), 1);
    EXPECT_EQ(mirror->pendingChange(1)->edits.value(QStringLiteral("name")).value,
              QJsonValue(QStringLiteral("Savings")));
    EXPECT_EQ(valueIn(mirror->pendingChange(1)->base, QStringLiteral("name")),
              QStringLiteral("Bank"));
}

TEST_F(MirrorLocalTest, SeveralUpdatesAreStoredTogetherOrNotAtAll) {
    edit(1, QStringLiteral("name"), QStringLiteral("Savings"));
    edit(2, QStringLiteral("name"), QStringLiteral("Post"));
    const auto settle = [](const std::optional<PendingChange> &pending,
                           const std::optional<QJsonObject> &) {
        LocalUpdate update; // as a push stores an answer: the server now holds what was shown
        update.server = shownRecord(*pending);
        update.shown = *update.server;
        return update;
    };
    const auto fail = [](const std::optional<PendingChange> &,
                         const std::optional<QJsonObject> &) -> LocalUpdate {
        throw std::runtime_error("a decision that fails");
    };
    EXPECT_THROW(mirror->updateLocalAll({{1, settle}, {2, fail}}), std::runtime_error);
    EXPECT_EQ(mirror->pendingCount(), 2); // the first was rolled back with the second
    mirror->updateLocalAll({{1, settle}, {2, settle}});
    EXPECT_EQ(mirror->pendingCount(), 0);
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("name")), QStringLiteral("Savings"));
    EXPECT_EQ(valueIn(mirror->record(2), QStringLiteral("name")), QStringLiteral("Post"));
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
}

TEST_F(MirrorLocalTest, ACreationIsListedButNotCountedAsTheServers) {
    const qint64 id = create(QStringLiteral("Alpha"));
    EXPECT_LT(id, 0);
    EXPECT_NE(mirror->newLocalId(), id);
    EXPECT_EQ(mirror->count(Tab::all()), 3);
    EXPECT_EQ(mirror->list(Tab::all(), 0, 1)[0].id, id);
    expectServerSide(2, {{1, 1}, {2, 2}});
}

TEST_F(MirrorLocalTest, ADeletionHidesTheRecordButKeepsItCountedUntilTheServerDeletesIt) {
    removeHere(2);
    EXPECT_FALSE(mirror->record(2));
    EXPECT_EQ(mirror->count(Tab::all()), 1);
    expectServerSide(2, {{1, 1}, {2, 2}});
    // The server's deletion arrives: settled.
    apply(QList<TestRecord>{}, {2}, 11);
    EXPECT_EQ(mirror->pendingCount(), 0);
    expectServerSide(1, {{1, 1}});
}

TEST_F(MirrorLocalTest, TheFeedMergesARecordWithAPendingEdit) {
    edit(1, QStringLiteral("name"), QStringLiteral("Savings"));
    edit(1, QStringLiteral("password"), QStringLiteral("mine"));
    QJsonObject remote = changedOnServer(TestRecord(1).withPassword(QStringLiteral("x")).json(),
                                         QStringLiteral("password"), QStringLiteral("theirs"), 12);
    remote = changedOnServer(remote, QStringLiteral("url"), QStringLiteral("https://b"), 12);
    apply({remote}, {}, 12);

    const std::optional<QJsonObject> shown = mirror->record(1);
    EXPECT_EQ(valueIn(shown, QStringLiteral("name")), QStringLiteral("Savings"));    // only here
    EXPECT_EQ(valueIn(shown, QStringLiteral("url")), QStringLiteral("https://b"));   // only there
    EXPECT_EQ(valueIn(shown, QStringLiteral("password")), QStringLiteral("theirs")); // both
    const std::optional<PendingChange> pending = mirror->pendingChange(1);
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->edits.keys(), QStringList{QStringLiteral("name")});
    EXPECT_EQ(recordRevision(pending->base), recordRevision(remote));
    const QList<ChangeNote> notes = mirror->notes(1);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].key, QStringLiteral("password"));
    EXPECT_EQ(notes[0].local.value, QJsonValue(QStringLiteral("mine")));
    EXPECT_GT(notes[0].id, 0);
    const QList<HistoryEntry> history = mirror->history(1);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].value, QJsonValue(QStringLiteral("mine")));
    EXPECT_TRUE(mirror->list(Tab::all(), 0, -1)[1].noted);
    expectServerSide(2, {{1, 12}, {2, 2}});
}

TEST_F(MirrorLocalTest, AnEditBeatsTheServersDeletion) {
    edit(1, QStringLiteral("password"), QStringLiteral("mine"));
    apply(QList<TestRecord>{}, {1}, 13);
    EXPECT_FALSE(mirror->record(1));
    const QList<PendingChange> pending = mirror->pendingChanges();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].kind, PendingChange::Kind::Create);
    EXPECT_LT(pending[0].recordId, 0);
    EXPECT_FALSE(pending[0].clientRef.isEmpty());
    EXPECT_EQ(valueIn(mirror->record(pending[0].recordId), QStringLiteral("password")),
              QStringLiteral("mine"));
    ASSERT_EQ(mirror->notes(pending[0].recordId).size(), 1);
    EXPECT_EQ(mirror->notes(pending[0].recordId)[0].kind, ChangeNote::Kind::Recreated);
    expectServerSide(1, {{2, 2}});
}

TEST_F(MirrorLocalTest, AServerEditBeatsADeletionHereAndAReReportDoesNot) {
    removeHere(1);
    removeHere(2);
    apply({TestRecord(2).withName(QStringLiteral("Mail")).withSequence(14).json(),
           changedOnServer(TestRecord(1).json(), QStringLiteral("notes"), QStringLiteral("n"), 14)},
          {}, 14);
    // Record 1 changed there: it stays. Record 2 only moved in the feed: still deleted here.
    EXPECT_EQ(valueIn(mirror->record(1), QStringLiteral("notes")), QStringLiteral("n"));
    EXPECT_FALSE(mirror->record(2));
    ASSERT_EQ(mirror->pendingChanges().size(), 1);
    EXPECT_EQ(mirror->pendingChanges()[0].recordId, 2);
    ASSERT_EQ(mirror->notes(1).size(), 1);
    EXPECT_EQ(mirror->notes(1)[0].kind, ChangeNote::Kind::Restored);
    expectServerSide(2, {{1, 14}, {2, 14}});
}

TEST_F(MirrorLocalTest, ACreationAnsweredTakesItsServerIdWithItsNotes) {
    const qint64 id = create(QStringLiteral("Alpha"));
    mirror->updateLocal(id, [&](const std::optional<PendingChange> &,
                                const std::optional<QJsonObject> &) {
        LocalUpdate update;
        update.notes.append({0, ChangeNote::Kind::FieldGone, id, QStringLiteral("x"), {}, {}, {}});
        update.change = mirror->pendingChange(id);
        update.shown = *mirror->record(id);
        return update;
    });
    const QJsonObject answer =
        TestRecord(77).withName(QStringLiteral("Alpha")).withSequence(15).json();
    mirror->updateLocal(
        id, [&](const std::optional<PendingChange> &, const std::optional<QJsonObject> &) {
            LocalUpdate update;
            update.server = answer;
            update.shown = answer;
            return update;
        });
    EXPECT_FALSE(mirror->record(id));
    EXPECT_EQ(valueIn(mirror->record(77), QStringLiteral("name")), QStringLiteral("Alpha"));
    EXPECT_EQ(mirror->currentId(id), 77); // what was open on the local id follows
    EXPECT_EQ(mirror->currentId(77), 77);
    EXPECT_EQ(mirror->currentId(1), 1);
    EXPECT_EQ(mirror->pendingCount(), 0);
    EXPECT_EQ(mirror->notes(77).size(), 1);
    EXPECT_TRUE(mirror->notes(id).isEmpty());
    expectServerSide(3, {{1, 1}, {2, 2}, {77, 15}});
    // The feed brings it again: nothing doubles.
    apply({answer}, {}, 15);
    EXPECT_EQ(mirror->count(Tab::all()), 3);
    expectServerSide(3, {{1, 1}, {2, 2}, {77, 15}});
}

TEST_F(MirrorLocalTest, ANewMirrorTakesOverEverythingPending) {
    edit(1, QStringLiteral("name"), QStringLiteral("Savings"));
    removeHere(2);
    const qint64 created = create(QStringLiteral("Alpha"));
    apply({changedOnServer(TestRecord(1).json(), QStringLiteral("name"), QStringLiteral("Theirs"),
                           16)},
          {}, 16); // a conflict note on record 1

    // A full resync's new mirror, built from the server alone.
    auto fresh = Mirror::open(dir.filePath(QStringLiteral("fresh.db")), key);
    fresh->applyPage({changedOnServer(TestRecord(1).json(), QStringLiteral("name"),
                                      QStringLiteral("Theirs"), 16),
                      TestRecord(2).withName(QStringLiteral("Mail")).withSequence(2).json()},
                     {}, QStringLiteral("c"), 16);
    fresh->adoptLocalChanges(*mirror);

    EXPECT_EQ(valueIn(fresh->record(1), QStringLiteral("name")), QStringLiteral("Theirs"));
    EXPECT_FALSE(fresh->record(2));
    EXPECT_EQ(valueIn(fresh->record(created), QStringLiteral("name")), QStringLiteral("Alpha"));
    EXPECT_EQ(fresh->pendingCount(), 2);
    EXPECT_EQ(fresh->notes(1).size(), 1);
    EXPECT_LT(fresh->newLocalId(), created); // no local id is given twice
    const Mirror::SyncState state = fresh->syncState();
    EXPECT_EQ(state.count, 2);
    EXPECT_EQ(state.digest, fresh->computeDigest());
}

} // namespace
