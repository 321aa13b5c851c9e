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

QString raw(const char *text) {
    return QString::fromLatin1(
        QByteArray(text).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

TEST(Cursor, RoundTrips) {
    for (qint64 seq : {10, 42, 100})
        EXPECT_EQ(decodeCursor(encodeCursor(database(), seq), database()), seq);
}

class UnknownCursors : public ::testing::TestWithParam<QString> {};

TEST_P(UnknownCursors, MeanStartOver) {
    try {
        decodeCursor(GetParam(), database());
        FAIL() << "accepted " << GetParam().toStdString();
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::CursorUnknown);
    }
}

INSTANTIATE_TEST_SUITE_P(Table, UnknownCursors,
                         ::testing::Values(QStringLiteral("garbage!"), raw("v1:abc123"),
                                           raw("v2:abc123:50"), raw("v1:other:50"),
                                           raw("v1:abc123:9"), raw("v1:abc123:101"),
                                           raw("v1:abc123:fifty"), QStringLiteral("")));
