#include "src/storage/encrypted_db.h"
#include "tests/unit/support/doubles.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace vaultlink;

namespace {
class StatementTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    vaultlink::testing::SeqRandom random;
    std::unique_ptr<EncryptedDb> db =
        EncryptedDb::open(dir.filePath(QStringLiteral("s.db")), random.secret(32),
                          {{QStringLiteral("CREATE TABLE t(n INTEGER, s TEXT)")}});

    QString rows() { return db->queryText(QStringLiteral("SELECT group_concat(n) FROM t")); }
};
} // namespace

TEST_F(StatementTest, BindsStepsAndReadsColumns) {
    Statement insert = db->prepare("INSERT INTO t(n, s) VALUES(?, ?)");
    insert.bind(1, qint64{1}).bind(2, QStringLiteral("\u00FCber")).run();
    insert.bind(1, qint64{9007199254740993}).bind(2, QByteArray("")).run();
    insert.bind(1, qint64{3}).bindNull(2).run();
    Statement select = db->prepare("SELECT n, s FROM t ORDER BY n");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.int64(0), 1);
    EXPECT_EQ(select.text(1), QStringLiteral("\u00FCber"));
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.int64(0), 3);
    EXPECT_TRUE(select.isNull(1));
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.int64(0), 9007199254740993);
    EXPECT_FALSE(select.isNull(1)); // an empty text is not NULL
    EXPECT_TRUE(select.utf8(1).isEmpty());
    EXPECT_FALSE(select.step());
}

TEST_F(StatementTest, BadSqlThrows) {
    EXPECT_THROW(db->prepare("SELECT nothing FROM nowhere"), StorageError);
    Statement insert = db->prepare("INSERT INTO t(n) VALUES(?)");
    EXPECT_THROW(insert.bind(5, qint64{1}), StorageError);
}

TEST_F(StatementTest, ATransactionCommitsWhenItsWorkReturns) {
    const int result = db->transaction([&] {
        db->prepare("INSERT INTO t(n) VALUES(1)").run();
        return 42;
    });
    EXPECT_EQ(result, 42);
    EXPECT_EQ(rows(), QStringLiteral("1"));
}

TEST_F(StatementTest, ATransactionRollsBackWhenItsWorkThrows) {
    db->prepare("INSERT INTO t(n) VALUES(1)").run();
    EXPECT_THROW(db->transaction([&] {
        db->prepare("INSERT INTO t(n) VALUES(2)").run();
        throw std::runtime_error("stop");
    }),
                 std::runtime_error);
    EXPECT_EQ(rows(), QStringLiteral("1"));
    // And the connection is out of the transaction again.
    db->transaction([&] { db->prepare("INSERT INTO t(n) VALUES(3)").run(); });
    EXPECT_EQ(rows(), QStringLiteral("1,3"));
}
