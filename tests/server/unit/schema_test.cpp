#include "server/store/schema.h"
#include "server/store/sql.h"
#include "server/store/store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink::server;

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
