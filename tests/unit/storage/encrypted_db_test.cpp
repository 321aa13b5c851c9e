#include "src/storage/encrypted_db.h"
#include "src/storage/mirror_schema.h"
#include "tests/unit/support/doubles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {
QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class EncryptedDbTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("profile.db"));
    vaultlink::testing::SeqRandom random;
    SecureBuffer key = random.secret(32);

    void createWithMarker() {
        auto db = EncryptedDb::open(path, key, mirrorMigrations());
        db->exec(QStringLiteral("INSERT INTO meta VALUES('probe', 'plaintext-marker-4711')"));
    }

    StorageError::Kind failureOpening(const SecureBuffer &with) {
        try {
            EncryptedDb::open(path, with, mirrorMigrations());
        } catch (const StorageError &error) {
            return error.kind();
        }
        ADD_FAILURE() << "opened";
        return StorageError::Kind::Io;
    }
};
} // namespace

TEST_F(EncryptedDbTest, NothingReadableReachesTheFile) {
    createWithMarker();
    const QByteArray bytes = readAll(path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("plaintext-marker-4711"));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("CREATE TABLE meta"));
}

TEST_F(EncryptedDbTest, ReopensWithTheSameKey) {
    createWithMarker();
    auto db = EncryptedDb::open(path, key, mirrorMigrations());
    EXPECT_EQ(db->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'probe'")),
              QStringLiteral("plaintext-marker-4711"));
    EXPECT_EQ(db->schemaVersion(), static_cast<int>(mirrorMigrations().size()));
    EXPECT_TRUE(db->integrityOk());
    EXPECT_EQ(db->queryText(QStringLiteral("PRAGMA temp_store")), QStringLiteral("2"));
}

TEST_F(EncryptedDbTest, AnotherKeyIsReportedAndTheFileLeftAlone) {
    createWithMarker();
    const QByteArray before = readAll(path);
    EXPECT_EQ(failureOpening(random.secret(32)), StorageError::Kind::Undecryptable);
    EXPECT_EQ(readAll(path), before);
}

TEST_F(EncryptedDbTest, DamagedFilesAreReportedNotReplaced) {
    createWithMarker();
    const QByteArray good = readAll(path);
    for (const QByteArray &damaged :
         {QByteArray(4096, 'x'), good.left(good.size() / 2), QByteArray("not a database")}) {
        writeAll(path, damaged);
        const StorageError::Kind kind = failureOpening(key);
        EXPECT_TRUE(kind == StorageError::Kind::Undecryptable ||
                    kind == StorageError::Kind::Corrupt);
        EXPECT_EQ(readAll(path), damaged);
    }
}

TEST_F(EncryptedDbTest, AFileFromANewerVersionIsRefused) {
    {
        auto db = EncryptedDb::open(path, key, mirrorMigrations());
        db->exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    EXPECT_EQ(failureOpening(key), StorageError::Kind::TooNew);
}

TEST_F(EncryptedDbTest, MigrationsRunOnceEachInOrder) {
    std::vector<Migration> steps = {{QStringLiteral("CREATE TABLE log(step INTEGER)"),
                                     QStringLiteral("INSERT INTO log VALUES(1)")},
                                    {QStringLiteral("INSERT INTO log VALUES(2)")}};
    EncryptedDb::open(path, key, steps);
    steps.push_back({QStringLiteral("INSERT INTO log VALUES(3)")});
    auto db = EncryptedDb::open(path, key, steps);
    EXPECT_EQ(db->schemaVersion(), 3);
    EXPECT_EQ(db->queryText(QStringLiteral("SELECT group_concat(step) FROM log")),
              QStringLiteral("1,2,3"));
}

TEST_F(EncryptedDbTest, AFailingMigrationChangesNothing) {
    const std::vector<Migration> broken = {
        {QStringLiteral("CREATE TABLE a(x)"), QStringLiteral("THIS IS NOT SQL")}};
    EXPECT_THROW(EncryptedDb::open(path, key, broken), StorageError);
    auto db = EncryptedDb::open(path, key, {});
    EXPECT_EQ(db->schemaVersion(), 0);
    EXPECT_TRUE(
        db->queryText(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'a'")).isEmpty());
}

TEST_F(EncryptedDbTest, KeysMustBe256Bits) {
    EXPECT_THROW(EncryptedDb::open(path, random.secret(16), mirrorMigrations()),
                 std::invalid_argument);
}

// The write-ahead log is copied back into the file by the commit that fills it; while
// checkpoints are deferred it grows further, up to its own limit, and the next ordinary commit
// copies it all. The file's size shows when pages were copied back.
TEST_F(EncryptedDbTest, DeferredCheckpointsWaitForAnOrdinaryCommitOrTheLimit) {
    auto db = EncryptedDb::open(path, key, mirrorMigrations());
    ASSERT_EQ(db->queryText(QStringLiteral("PRAGMA journal_mode = WAL")), QStringLiteral("wal"));
    db->exec(QStringLiteral("PRAGMA synchronous = OFF")); // fsync is not what is tested here
    db->exec(QStringLiteral("CREATE TABLE blobs(b BLOB)"));
    db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const auto fileSize = [&] { return QFileInfo(path).size(); };
    // The log's largest size so far: it is written again from its start after a checkpoint.
    const auto walPages = [&] { return (QFileInfo(path + "-wal").size() - 32) / (24 + 4096); };
    // One page of its own per row: a commit writes the row's page and the table's root.
    const auto insert = [&](int commits) {
        for (int i = 0; i < commits; ++i)
            db->transaction(
                [&] { db->exec(QStringLiteral("INSERT INTO blobs VALUES(zeroblob(3000))")); });
    };
    const qint64 empty = fileSize();

    db->deferCheckpoints(true);
    insert(EncryptedDb::kCheckpointPages);
    EXPECT_EQ(fileSize(), empty); // nothing copied back: the log holds it all
    EXPECT_GT(walPages(), EncryptedDb::kCheckpointPages);

    db->deferCheckpoints(false);
    insert(1);
    const qint64 copied = fileSize();
    EXPECT_GT(copied, empty + qint64{EncryptedDb::kCheckpointPages} * 3000);

    // Deferred without end: copied back once the log reaches its limit, not before.
    db->deferCheckpoints(true);
    insert(EncryptedDb::kDeferredPages);
    EXPECT_GT(fileSize(), copied);
    EXPECT_LE(walPages(), EncryptedDb::kDeferredPages + 2);
}
