#include "server/auth/link_codes.h"
#include "server/common/refusal.h"
#include "server/store/settings.h"
#include "tests/server/support/temp_store.h"

#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace vaultlink::server;

class LinkCodesTest : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Team & Co"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    LinkCodes codes{*data.store, data.clock, data.random};
    const QString pin = QStringLiteral("sha256/AAAA+/=");

    Error redeemError(const QString &token) {
        try {
            codes.redeem(token);
        } catch (const Refusal &refusal) {
            return refusal.error();
        }
        return Error::Internal;
    }
};

TEST_F(LinkCodesTest, PayloadCarriesEverythingNeededToLink) {
    saveSetting(*data.store, QString::fromLatin1(setting::kPublicUrl),
                QStringLiteral("https://vault.example:8443/ws"));
    const LinkCode code = codes.issue(alice, db, pin);
    const QUrl url(code.uri);
    EXPECT_EQ(url.scheme(), QStringLiteral("vaultlink"));
    EXPECT_EQ(url.host(), QStringLiteral("link"));
    const QUrlQuery q(url);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("v")), QStringLiteral("1"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded),
              QStringLiteral("https://vault.example:8443/ws"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("db")).toLongLong(), db);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded),
              QStringLiteral("Team & Co"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("user")), QStringLiteral("alice"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("token")), code.token);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded), pin);
    EXPECT_EQ(code.expiresAt, data.clock.nowMs() + 300'000);
}

TEST_F(LinkCodesTest, RedeemsOnceOnly) {
    const LinkCode code = codes.issue(alice, db, pin);
    const LinkTarget target = codes.redeem(code.token);
    EXPECT_EQ(target.databaseId, db);
    EXPECT_EQ(target.userName, QStringLiteral("alice"));
    EXPECT_EQ(redeemError(code.token), Error::LinkCodeUsed);
}

TEST_F(LinkCodesTest, ExpiresAfterItsLifetime) {
    const LinkCode code = codes.issue(alice, db, pin);
    data.clock.advanceSeconds(299);
    const LinkCode fresh = codes.issue(alice, db, pin);
    data.clock.advanceSeconds(2);
    EXPECT_EQ(redeemError(code.token), Error::LinkCodeExpired);
    EXPECT_EQ(codes.redeem(fresh.token).databaseId, db);
}

TEST_F(LinkCodesTest, UnknownTokensAreRefused) {
    EXPECT_EQ(redeemError(QStringLiteral("not-a-token")), Error::LinkCodeUnknown);
    EXPECT_EQ(redeemError(QString()), Error::LinkCodeUnknown);
}
