#include "server/common/refusal.h"
#include "server/store/sql.h"
#include "server/vault/record_store.h"
#include "server/vault/records.h"
#include "tests/server/support/refusal_of.h"
#include "tests/server/support/temp_store.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::refusalOf;

class RecordsTest : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Main"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    qint64 it = data.addUnit(db, QStringLiteral("IT"));
    Records records{*data.store, data.clock};
    Actor actor{alice, db, {true, true, true}};

    void SetUp() override { data.grant(it, alice, true, true, true); }

    Record login(std::optional<qint64> unit = std::nullopt) {
        return records.create(actor,
                              {QStringLiteral("login"),
                               unit,
                               {{QStringLiteral("name"), QStringLiteral("GitHub")},
                                {QStringLiteral("password"), QStringLiteral("s3cret")},
                                {QStringLiteral("tags"), QJsonArray{QStringLiteral("dev")}}}});
    }

    qint64 sequence() {
        return queryValue(*data.store, QStringLiteral("SELECT seq FROM databases WHERE id = ?"),
                          {db})
            .toLongLong();
    }
};

TEST_F(RecordsTest, CreateFillsEveryFormFieldAtRevisionOne) {
    const Record r = login();
    EXPECT_EQ(r.formId, QStringLiteral("login"));
    EXPECT_EQ(r.ownerId, alice);
    EXPECT_EQ(r.field(QStringLiteral("password"))->value, QStringLiteral("s3cret"));
    EXPECT_EQ(r.field(QStringLiteral("username"))->value, QStringLiteral(""));
    EXPECT_EQ(r.field(QStringLiteral("tags"))->value, QStringLiteral("[\"dev\"]"));
    for (const Field &f : r.fields)
        EXPECT_EQ(f.revision, 1) << f.key.toStdString();
    EXPECT_EQ(r.seq, sequence());
    EXPECT_EQ(records.get(actor, r.id).field(QStringLiteral("name"))->value,
              QStringLiteral("GitHub"));
}

TEST_F(RecordsTest, UpdateBumpsOnlyTheChangedFieldAndTheSequence) {
    const Record r = login(it);
    data.clock.advanceSeconds(5);
    const Record u =
        records.update(actor, r.id, {{QStringLiteral("password"), QStringLiteral("new"), 1}});
    EXPECT_EQ(u.field(QStringLiteral("password"))->revision, 2);
    EXPECT_EQ(u.field(QStringLiteral("password"))->modifiedAt, data.clock.nowMs());
    EXPECT_EQ(u.field(QStringLiteral("name"))->revision, 1);
    EXPECT_GT(u.seq, r.seq);
}

TEST_F(RecordsTest, StaleBaseRevisionConflictsAndChangesNothing) {
    const Record r = login(it);
    records.update(actor, r.id, {{QStringLiteral("password"), QStringLiteral("server"), 1}});
    const qint64 before = sequence();
    try {
        records.update(actor, r.id,
                       {{QStringLiteral("name"), QStringLiteral("Renamed"), 1},
                        {QStringLiteral("password"), QStringLiteral("phone"), 1}});
        ADD_FAILURE() << "no conflict";
    } catch (const Refusal &refusal) {
        ASSERT_EQ(refusal.error(), Error::RevisionConflict);
        const QJsonArray conflicts = refusal.extra().value(QStringLiteral("conflicts")).toArray();
        ASSERT_EQ(conflicts.size(), 1);
        EXPECT_EQ(conflicts[0][QStringLiteral("key")].toString(), QStringLiteral("password"));
        EXPECT_EQ(conflicts[0][QStringLiteral("value")].toString(), QStringLiteral("server"));
        EXPECT_EQ(conflicts[0][QStringLiteral("revision")].toInt(), 2);
    }
    EXPECT_EQ(sequence(), before);
    EXPECT_EQ(records.get(actor, r.id).field(QStringLiteral("name"))->value,
              QStringLiteral("GitHub"));
}

TEST_F(RecordsTest, RetryingTheSameChangeDoesNotBumpAgain) {
    const Record r = login();
    records.update(actor, r.id, {{QStringLiteral("password"), QStringLiteral("x"), 1}});
    const qint64 before = sequence();
    const Record again =
        records.update(actor, r.id, {{QStringLiteral("password"), QStringLiteral("x"), 2}});
    EXPECT_EQ(again.field(QStringLiteral("password"))->revision, 2);
    EXPECT_EQ(sequence(), before);
}

TEST_F(RecordsTest, ACreateWithAKnownClientReferenceReturnsTheFirstRecord) {
    NewRecord request{QStringLiteral("note"),
                      std::nullopt,
                      {{QStringLiteral("name"), QStringLiteral("Wi-Fi")}},
                      QStringLiteral("phone-42")};
    bool replayed = true;
    const Record first = records.create(actor, request, &replayed);
    EXPECT_FALSE(replayed);
    const qint64 before = sequence();
    const Record second = records.create(actor, request, &replayed);
    EXPECT_TRUE(replayed);
    EXPECT_EQ(second.id, first.id);
    EXPECT_EQ(second.clientRef, QStringLiteral("phone-42"));
    EXPECT_EQ(sequence(), before);
}

TEST_F(RecordsTest, RefusalsForBadInput) {
    const Record r = login();
    EXPECT_EQ(refusalOf([&] {
                  records.create(actor, {QStringLiteral("nope"), std::nullopt, {}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.create(actor, {QStringLiteral("login"),
                                         std::nullopt,
                                         {{QStringLiteral("name"), QStringLiteral("x")},
                                          {QStringLiteral("colour"), QStringLiteral("red")}}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.create(actor, {QStringLiteral("login"), std::nullopt, {}});
              }),
              Error::InvalidRequest); // no name
    EXPECT_EQ(refusalOf([&] {
                  records.create(
                      actor,
                      {QStringLiteral("login"), std::nullopt, {{QStringLiteral("name"), 42}}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.update(actor, r.id, {{QStringLiteral("tags"), QStringLiteral("x"), 1}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.update(actor, r.id, {{QStringLiteral("name"), QStringLiteral(" "), 1}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] { records.update(actor, r.id, {}); }), Error::InvalidRequest);
}

TEST_F(RecordsTest, RightsAreEnforced) {
    const qint64 bob =
        data.addUser(QStringLiteral("bob"), QStringLiteral("pw"), true, false, false);
    const Actor bobActor{bob, db, {true, false, false}};
    const Record personal = login();
    const Record shared = login(it);
    EXPECT_EQ(refusalOf([&] { records.get(bobActor, personal.id); }), Error::RecordUnknown);
    EXPECT_EQ(refusalOf([&] { records.get(bobActor, shared.id); }), Error::RecordUnknown);
    data.grant(it, bob, true);
    EXPECT_EQ(records.get(bobActor, shared.id).id, shared.id);
    EXPECT_EQ(
        refusalOf([&] {
            records.update(bobActor, shared.id, {{QStringLiteral("name"), QStringLiteral("x"), 1}});
        }),
        Error::Forbidden);
    EXPECT_EQ(refusalOf([&] {
                  records.create(bobActor, {QStringLiteral("note"),
                                            it,
                                            {{QStringLiteral("name"), QStringLiteral("n")}}});
              }),
              Error::Forbidden);
    EXPECT_EQ(refusalOf([&] {
                  records.create(bobActor, {QStringLiteral("note"),
                                            std::nullopt,
                                            {{QStringLiteral("name"), QStringLiteral("n")}}});
              }),
              Error::Forbidden);
}

TEST_F(RecordsTest, RemoveLeavesATombstoneWithANewSequence) {
    const Record r = login();
    records.remove(db, r.id);
    EXPECT_EQ(refusalOf([&] { records.get(actor, r.id); }), Error::RecordUnknown);
    EXPECT_EQ(
        queryValue(*data.store, QStringLiteral("SELECT deleted FROM records WHERE id = ?"), {r.id})
            .toInt(),
        1);
    EXPECT_EQ(
        queryValue(*data.store, QStringLiteral("SELECT seq FROM records WHERE id = ?"), {r.id})
            .toLongLong(),
        sequence());
    EXPECT_EQ(refusalOf([&] { records.remove(db, r.id); }), Error::RecordUnknown);
}

// The administrator's change (vaultlink-server record set): no rights, no condition, by no
// device; the feed reports it with a new sequence; a value already there changes nothing.
TEST_F(RecordsTest, TheAdministratorsChangeTakesTheNextRevisionByNoDevice) {
    const Record r = login();
    const qint64 before = sequence();
    const Record u = records.set(db, r.id,
                                 {{QStringLiteral("name"), QStringLiteral("Renamed")},
                                  {QStringLiteral("username"), QStringLiteral("root")}});
    EXPECT_EQ(u.field(QStringLiteral("name"))->value, QStringLiteral("Renamed"));
    EXPECT_EQ(u.field(QStringLiteral("name"))->revision, 2);
    EXPECT_TRUE(u.field(QStringLiteral("name"))->modifiedBy.isEmpty());
    EXPECT_EQ(u.seq, before + 1);
    EXPECT_EQ(records.get(actor, r.id).field(QStringLiteral("username"))->value,
              QStringLiteral("root"));
    EXPECT_EQ(records.set(db, r.id, {{QStringLiteral("name"), QStringLiteral("Renamed")}}).seq,
              before + 1);
    EXPECT_EQ(refusalOf([&] {
                  records.set(db, r.id, {{QStringLiteral("nope"), 1}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.set(db, r.id, {{QStringLiteral("name"), QString()}});
              }),
              Error::InvalidRequest);
    EXPECT_EQ(refusalOf([&] {
                  records.set(db, 9999, {{QStringLiteral("name"), 1}});
              }),
              Error::RecordUnknown);
    EXPECT_EQ(refusalOf([&] { records.set(db, r.id, {}); }), Error::InvalidRequest);
}

TEST_F(RecordsTest, AUsersDeletionIsConditionalOnTheRecordRevisionAndRemembersWho) {
    const Record r = login();
    EXPECT_EQ(r.revision(), 7); // seven fields at revision 1
    const Record u =
        records.update(actor, r.id, {{QStringLiteral("password"), QStringLiteral("new"), 1}});
    EXPECT_EQ(u.revision(), 8);
    EXPECT_EQ(refusalOf([&] { records.remove(actor, r.id, 7); }), Error::RevisionConflict);
    records.remove(actor, r.id, 8);
    const auto gone = loadRecord(*data.store, r.id);
    ASSERT_TRUE(gone.has_value());
    EXPECT_TRUE(gone->deleted);
    EXPECT_EQ(gone->deletedBy, alice);
    EXPECT_TRUE(gone->fields.isEmpty());
    EXPECT_EQ(gone->seq, sequence());
    // The administrator's deletion names nobody.
    const Record other = login();
    records.remove(db, other.id);
    EXPECT_EQ(loadRecord(*data.store, other.id)->deletedBy, std::nullopt);
}
