#include "server/directory/units.h"
#include "server/store/schema.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "server/vault/record_json.h"
#include "server/vault/record_store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
// A store as a server of an older schema version left it: its steps only, then the statements.
void writeOldStore(const QString &path, int version, const QStringList &statements) {
    const QString connection = QStringLiteral("old-store");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList all;
        for (int step = 0; step < version; ++step)
            all += schemaSteps()[static_cast<size_t>(step)];
        all += statements;
        all.append(QStringLiteral("PRAGMA user_version=%1").arg(version));
        for (const QString &statement : all) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(statement))
                << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}
} // namespace

TEST(Schema, NewStoreIsAtTheLatestVersionInWalMode) {
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("s.db")));
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(queryValue(store, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(queryValue(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

TEST(Schema, ReopeningKeepsDataAndVersion) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        Store store(path);
        run(store, QStringLiteral("INSERT INTO settings(key, value) VALUES('k', 'v')"));
    }
    Store again(path);
    EXPECT_EQ(again.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(
        queryValue(again, QStringLiteral("SELECT value FROM settings WHERE key = 'k'")).toString(),
        QStringLiteral("v"));
}

TEST(Schema, MigrationFromVersion2KeepsDataAndAddsTheDeleteRightAndAuthors) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    writeOldStore(
        path, 2,
        {QStringLiteral("INSERT INTO databases(id, name, mobile_sync, seq, epoch, created_at) "
                        "VALUES(1, 'Main', 1, 2, 'e', 0)"),
         QStringLiteral("INSERT INTO users(id, name, display_name, password_hash, can_mobile, "
                        "can_create_global, can_create_personal, created_at) VALUES(1, 'alice', "
                        "'Alice', 'h', 1, 1, 1, 0)"),
         QStringLiteral("INSERT INTO units(id, database_id, name) VALUES(1, 1, 'IT')"),
         QStringLiteral("INSERT INTO unit_rights(unit_id, user_id, can_read, can_add, can_edit) "
                        "VALUES(1, 1, 1, 1, 1)"),
         QStringLiteral("INSERT INTO forms(id, name, fields, position) VALUES('note', 'Note', "
                        "'[]', 0)"),
         QStringLiteral("INSERT INTO records(id, database_id, form_id, unit_id, created_by, "
                        "created_at, seq) VALUES(7, 1, 'note', 1, 1, 0, 1)"),
         QStringLiteral("INSERT INTO records(id, database_id, form_id, unit_id, created_by, "
                        "created_at, seq, deleted) VALUES(8, 1, 'note', 1, 1, 0, 2, 1)"),
         QStringLiteral("INSERT INTO fields(record_id, key, type, label, value, revision, "
                        "modified_at, position) VALUES(7, 'name', 'title', 'Name', 'kept', 3, 5, "
                        "0)")});
    Store store(path);
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    // Existing grants keep what they had and do not gain the new right.
    const UnitRights rights = unitRights(store, 1, 1);
    EXPECT_TRUE(rights.read && rights.add && rights.edit);
    EXPECT_FALSE(rights.remove);
    const auto record = loadRecord(store, 7);
    ASSERT_TRUE(record.has_value());
    ASSERT_EQ(record->fields.size(), 1);
    EXPECT_EQ(record->fields[0].value, QStringLiteral("kept"));
    EXPECT_EQ(record->fields[0].revision, 3);
    // Nobody knows which device made the changes from before.
    EXPECT_TRUE(fieldJson(record->fields[0]).value(QStringLiteral("modifiedBy")).isNull());
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT count(*) FROM records WHERE deleted_by IS "
                                               "NULL AND seq = id - 6"))
                  .toInt(),
              2);
}

TEST(Schema, MigrationFromVersion3KeepsDevicesAndAddsDeviceKeysAndChallenges) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    writeOldStore(
        path, 3,
        {QStringLiteral("INSERT INTO databases(id, name, mobile_sync, seq, epoch, created_at) "
                        "VALUES(1, 'Main', 1, 0, 'e', 0)"),
         QStringLiteral("INSERT INTO users(id, name, display_name, password_hash, can_mobile, "
                        "can_create_global, can_create_personal, created_at) VALUES(1, 'alice', "
                        "'Alice', 'h', 1, 1, 1, 0)"),
         QStringLiteral("INSERT INTO devices(id, device_id, user_id, name, first_seen, "
                        "last_seen) VALUES(4, 'phone-1', 1, 'Pixel', 0, 0)")});
    Store store(path);
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT name FROM devices WHERE id = 4")).toString(),
              QStringLiteral("Pixel"));
    // No device has a key yet; one goes with its device.
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT count(*) FROM device_keys")).toInt(), 0);
    run(store, QStringLiteral("INSERT INTO device_keys(database_id, device, algorithm, public_key, "
                              "created_at) VALUES(1, 4, 'ES256', x'00', 0)"));
    run(store, QStringLiteral("INSERT INTO device_challenges(digest, database_id, device, "
                              "user_name, device_id, created_at, expires_at) VALUES('d', 1, 4, "
                              "'alice', 'phone-1', 0, 1)"));
    run(store, QStringLiteral("DELETE FROM devices WHERE id = 4"));
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT count(*) FROM device_keys")).toInt(), 0);
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT count(*) FROM device_challenges")).toInt(),
              0);
}

TEST(Schema, MigrationFromVersion5KeepsSessionsAndAddsAnEmptyAuditTrail) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    writeOldStore(
        path, 5,
        {QStringLiteral("INSERT INTO databases(id, name, mobile_sync, seq, epoch, created_at) "
                        "VALUES(1, 'Main', 1, 0, 'e', 0)"),
         QStringLiteral("INSERT INTO users(id, name, display_name, password_hash, can_mobile, "
                        "can_create_global, can_create_personal, created_at) VALUES(1, 'alice', "
                        "'Alice', 'h', 1, 1, 1, 0)"),
         QStringLiteral("INSERT INTO devices(id, device_id, user_id, name, first_seen, "
                        "last_seen) VALUES(4, 'phone-1', 1, 'Pixel', 0, 0)"),
         QStringLiteral("INSERT INTO sessions(id, user_id, database_id, device, created_at, "
                        "last_seen) VALUES(9, 1, 1, 4, 0, 0)")});
    Store store(path);
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(queryValue(store, QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
    // No session has had its end recorded yet.
    EXPECT_TRUE(queryValue(store, QStringLiteral("SELECT end_recorded FROM sessions WHERE id = 9"))
                    .isNull());
}

TEST(Schema, RefusesAStoreFromANewerServer) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        Store store(path);
        exec(store, QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion() + 1));
    }
    EXPECT_THROW(Store{path}, std::runtime_error);
}

TEST(Transactions, RollBackWhenNotCommitted) {
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("s.db")));
    {
        Transaction tx(store);
        run(store, QStringLiteral("INSERT INTO settings(key, value) VALUES('gone', 'x')"));
    }
    EXPECT_FALSE(queryValue(store, QStringLiteral("SELECT value FROM settings WHERE key = 'gone'"))
                     .isValid());
}
