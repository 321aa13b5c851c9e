#include "server/directory/units.h"
#include "server/directory/users.h"
#include "server/vault/record_store.h"
#include "server/vault/visibility.h"
#include "tests/server/support/temp_store.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
Record recordIn(std::optional<qint64> unit, std::optional<qint64> owner) {
    Record r;
    r.unitId = unit;
    r.ownerId = owner;
    return r;
}
} // namespace

class Rights : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Main"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    qint64 bob = data.addUser(QStringLiteral("bob"), QStringLiteral("pw"), true, false, false);
    qint64 it = data.addUnit(db, QStringLiteral("IT"));
};

TEST_F(Rights, PersonalRecordsAreTheOwnersAlone) {
    const Record mine = recordIn(std::nullopt, alice);
    EXPECT_TRUE(canRead(*data.store, mine, alice));
    EXPECT_TRUE(canEdit(*data.store, mine, alice));
    EXPECT_FALSE(canRead(*data.store, mine, bob));
    EXPECT_FALSE(canEdit(*data.store, mine, bob));
}

TEST_F(Rights, UnitRecordsFollowTheUnitRights) {
    const Record shared = recordIn(it, std::nullopt);
    EXPECT_FALSE(canRead(*data.store, shared, bob));
    data.grant(it, bob, true);
    EXPECT_TRUE(canRead(*data.store, shared, bob));
    EXPECT_FALSE(canEdit(*data.store, shared, bob));
    data.grant(it, bob, true, false, true);
    EXPECT_TRUE(canEdit(*data.store, shared, bob));
    data.grant(it, bob, false, false, false);
    EXPECT_FALSE(canRead(*data.store, shared, bob));
}

TEST_F(Rights, DeletedRecordsAreNobodys) {
    Record gone = recordIn(std::nullopt, alice);
    gone.deleted = true;
    EXPECT_FALSE(canRead(*data.store, gone, alice));
    EXPECT_FALSE(canEdit(*data.store, gone, alice));
}

TEST_F(Rights, DeletingNeedsOwnershipOrTheReadAndDeleteRights) {
    const Record mine = recordIn(std::nullopt, alice);
    EXPECT_TRUE(canDelete(*data.store, mine, alice));
    EXPECT_FALSE(canDelete(*data.store, mine, bob));
    const Record shared = recordIn(it, std::nullopt);
    data.grant(it, bob, true, true, true);
    EXPECT_FALSE(canDelete(*data.store, shared, bob));
    data.grant(it, bob, false, false, false, true);
    EXPECT_FALSE(canDelete(*data.store, shared, bob)); // what one cannot see, one cannot delete
    data.grant(it, bob, true, false, false, true);
    EXPECT_TRUE(canDelete(*data.store, shared, bob));
    Record gone = shared;
    gone.deleted = true;
    EXPECT_FALSE(canDelete(*data.store, gone, bob));
}

TEST_F(Rights, CreatingGlobalNeedsTheUserRightAndTheAddRight) {
    const UserRights full{true, true, true};
    const UserRights none{true, false, false};
    EXPECT_FALSE(canCreate(*data.store, full, alice, &it)); // no add right on IT yet
    data.grant(it, alice, false, true);
    EXPECT_FALSE(canCreate(*data.store, full, alice, &it)); // add without read would lose it
    data.grant(it, alice, true, true);
    EXPECT_TRUE(canCreate(*data.store, full, alice, &it));
    EXPECT_FALSE(canCreate(*data.store, none, alice, &it)); // lacks "can create new passwords"
}

TEST_F(Rights, CreatingPersonalNeedsThePersonalRight) {
    EXPECT_TRUE(canCreate(*data.store, UserRights{true, false, true}, alice, nullptr));
    EXPECT_FALSE(canCreate(*data.store, UserRights{true, true, false}, alice, nullptr));
}

TEST_F(Rights, UnitsForUserListOnlyUnitsWithRights) {
    data.addUnit(db, QStringLiteral("Finance"));
    data.grant(it, bob, true, false, true);
    const QList<UnitAccess> units = unitsForUser(*data.store, db, bob);
    ASSERT_EQ(units.size(), 1);
    EXPECT_EQ(units[0].name, QStringLiteral("IT"));
    EXPECT_TRUE(units[0].rights.edit);
    EXPECT_FALSE(units[0].rights.add);
}

TEST_F(Rights, TheDeleteRightIsARightOfItsOwn) {
    data.grant(it, bob, false, false, false, true);
    EXPECT_TRUE(unitRights(*data.store, it, bob).remove);
    EXPECT_FALSE(unitRights(*data.store, it, bob).read);
    const QList<UnitAccess> units = unitsForUser(*data.store, db, bob);
    ASSERT_EQ(units.size(), 1);
    const QJsonObject rights = unitJson(units[0]).value(QStringLiteral("rights")).toObject();
    EXPECT_EQ(rights.value(QStringLiteral("delete")), QJsonValue(true));
    EXPECT_EQ(rights.value(QStringLiteral("edit")), QJsonValue(false));
    data.grant(it, bob, false, false, false, false);
    EXPECT_TRUE(unitsForUser(*data.store, db, bob).isEmpty());
}

TEST_F(Rights, TurningOffTheOnlySecondFactorLeavesNone) {
    enableTotp(*data.store, data.random, alice);
    disableTotp(*data.store, alice); // once failed: the empty list was written as NULL
    EXPECT_TRUE(findUser(*data.store, alice)->mfaMethods.isEmpty());
    setPin(*data.store, data.random, bob, QStringLiteral("2468"), test::TempStore::kFastCost);
    clearPin(*data.store, bob);
    EXPECT_TRUE(findUser(*data.store, bob)->mfaMethods.isEmpty());
}
