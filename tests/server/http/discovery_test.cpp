#include "server/common/timefmt.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class Discovery : public ApiTest {};

TEST_F(Discovery, InfoDescribesTheServer) {
    setSetting(setting::kServerName, QStringLiteral("Acme vault"));
    data().clock.advanceSeconds(42);
    const Reply reply = client.get(QStringLiteral("/api/v1/info"));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_TRUE(reply.header("content-type").startsWith("application/json"));
    const QJsonObject info = reply.json();
    EXPECT_EQ(info.value(QStringLiteral("name")).toString(), QStringLiteral("Acme vault"));
    EXPECT_EQ(info.value(QStringLiteral("apiVersion")).toInt(), 1);
    EXPECT_EQ(info.value(QStringLiteral("serverTime")).toString(), isoTime(data().clock.nowMs()));
    const QJsonArray features = info.value(QStringLiteral("features")).toArray();
    for (const char *feature : {"mfa-totp", "refresh-rotation", "change-feed", "field-revisions",
                                "link-codes", "change-notices", "record-deletion", "device-login",
                                "mfa-long-poll", "directory-accounts"})
        EXPECT_TRUE(features.contains(QLatin1String(feature))) << feature;
    EXPECT_EQ(info.value(QStringLiteral("mfaMethods")).toArray(),
              (QJsonArray{QStringLiteral("totp"), QStringLiteral("pin"), QStringLiteral("push"),
                          QStringLiteral("phone-call"), QStringLiteral("fido")}));
}

TEST_F(Discovery, InfoNeedsNoTokenAndIgnoresABadOne) {
    const Reply reply = client.get(QStringLiteral("/api/v1/info"), QStringLiteral("not-a-token"));
    EXPECT_EQ(reply.status, 200);
}

TEST_F(Discovery, EveryAnswerCarriesTheSecurityHeaders) {
    for (const Reply &reply : {client.get(QStringLiteral("/api/v1/info")),
                               client.get(QStringLiteral("/api/v1/no-such-thing"))}) {
        EXPECT_EQ(reply.header("cache-control"), QByteArray("no-store"));
        EXPECT_EQ(reply.header("x-content-type-options"), QByteArray("nosniff"));
        EXPECT_TRUE(reply.header("strict-transport-security").startsWith("max-age="));
    }
}

TEST_F(Discovery, DatabasesListsEveryDatabaseWithItsMobileSyncFlag) {
    const qint64 archive = data().addDatabase(QStringLiteral("Archive"), false);
    const Reply reply = client.get(QStringLiteral("/api/v1/databases"));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray list = reply.json().value(QStringLiteral("databases")).toArray();
    ASSERT_EQ(list.size(), 2);
    // Ordered by name.
    EXPECT_EQ(list[0][QStringLiteral("name")].toString(), QStringLiteral("Archive"));
    EXPECT_EQ(list[1][QStringLiteral("name")].toString(), QStringLiteral("Main"));
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue entry : list)
        byName.insert(entry[QStringLiteral("name")].toString(), entry.toObject());
    ASSERT_TRUE(byName.contains(QStringLiteral("Main")));
    ASSERT_TRUE(byName.contains(QStringLiteral("Archive")));
    EXPECT_EQ(byName[QStringLiteral("Main")].value(QStringLiteral("id")).toInteger(), db);
    EXPECT_TRUE(byName[QStringLiteral("Main")].value(QStringLiteral("mobileSync")).toBool());
    EXPECT_EQ(byName[QStringLiteral("Archive")].value(QStringLiteral("id")).toInteger(), archive);
    EXPECT_TRUE(byName[QStringLiteral("Archive")].value(QStringLiteral("mobileSync")).isBool());
    EXPECT_FALSE(byName[QStringLiteral("Archive")].value(QStringLiteral("mobileSync")).toBool());
}

TEST_F(Discovery, RootRedirectsToTheAccountPage) {
    const Reply reply = client.get(QStringLiteral("/"));
    EXPECT_EQ(reply.status, 303);
    EXPECT_EQ(reply.header("location"), QByteArray("/account"));
}

} // namespace
