#include "server/common/refusal.h"
#include "server/directory/databases.h"
#include "server/vault/cursor.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {
DatabaseRow database() {
    DatabaseRow db;
    db.id = 1;
    db.epoch = QStringLiteral("abc123");
    db.seq = 100;
    db.minSeq = 10;
    return db;
}

std::string raw(const char *text) {
    return QByteArray(text)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}
} // namespace

TEST(Cursor, RoundTrips) {
    for (qint64 seq : {10, 42, 100})
        EXPECT_EQ(decodeCursor(encodeCursor(database(), seq), database()), seq);
}

TEST(Cursor, APassStartedAfterCompactionContinuesBelowTheKeptHistory) {
    // Page one of a full resync after compaction ends at sequence 5, below minSeq 10.
    EXPECT_EQ(decodeCursor(encodeCursor(database(), 5), database()), 5);
    DatabaseRow compactedAgain = database();
    compactedAgain.minSeq = 20;
    EXPECT_THROW(decodeCursor(encodeCursor(database(), 5), compactedAgain), Refusal);
    EXPECT_EQ(decodeCursor(encodeCursor(database(), 42), compactedAgain), 42);
}

class UnknownCursors : public ::testing::TestWithParam<std::string> {};

TEST_P(UnknownCursors, MeanStartOver) {
    try {
        decodeCursor(QString::fromStdString(GetParam()), database());
        FAIL() << "accepted " << GetParam();
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::CursorUnknown);
    }
}

INSTANTIATE_TEST_SUITE_P(Table, UnknownCursors,
                         ::testing::Values(std::string("garbage!"), raw("v1:abc123"),
                                           raw("v2:abc123:50"), raw("v1:other:50"),
                                           raw("v1:abc123:9"), raw("v1:abc123:9:3"),
                                           raw("v1:abc123:101"), raw("v1:abc123:50:x"),
                                           raw("v1:abc123:fifty"), std::string()));
