#include "server/directory/forms.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class SessionEndpoint : public ApiTest {};

TEST_F(SessionEndpoint, DescribesUserDatabaseDeviceUnitsAndPolicy) {
    const qint64 ops = data().addUnit(db, QStringLiteral("Ops"));
    const qint64 dev = data().addUnit(db, QStringLiteral("Dev"));
    data().addUnit(db, QStringLiteral("Hidden"));
    data().grant(ops, alice, true, true, false);
    data().grant(dev, alice, true, false, true, true);
    const Tokens tokens =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("pixel-7"));
    ASSERT_TRUE(tokens.ok());

    const Reply reply = client.get(QStringLiteral("/api/v1/session"), tokens.access);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject session = reply.json();
    const QJsonObject user = session.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("alice"));
    const QJsonObject rights = user.value(QStringLiteral("rights")).toObject();
    EXPECT_TRUE(rights.value(QStringLiteral("canSyncMobile")).toBool());
    EXPECT_TRUE(rights.value(QStringLiteral("canCreateGlobal")).toBool());
    EXPECT_TRUE(rights.value(QStringLiteral("canCreatePersonal")).toBool());
    const QJsonObject database = session.value(QStringLiteral("database")).toObject();
    EXPECT_EQ(database.value(QStringLiteral("id")).toInteger(), db);
    EXPECT_EQ(database.value(QStringLiteral("name")).toString(), QStringLiteral("Main"));
    const QJsonObject device = session.value(QStringLiteral("device")).toObject();
    EXPECT_EQ(device.value(QStringLiteral("id")).toString(), QStringLiteral("pixel-7"));
    EXPECT_EQ(device.value(QStringLiteral("name")).toString(), QStringLiteral("Test phone"));

    // Only the units alice has rights on, each with those rights.
    const QJsonArray units = session.value(QStringLiteral("units")).toArray();
    ASSERT_EQ(units.size(), 2);
    QMap<qint64, QJsonObject> byId;
    for (const QJsonValue unit : units)
        byId.insert(unit[QStringLiteral("id")].toInteger(), unit.toObject());
    ASSERT_TRUE(byId.contains(ops));
    ASSERT_TRUE(byId.contains(dev));
    EXPECT_EQ(byId[ops].value(QStringLiteral("name")).toString(), QStringLiteral("Ops"));
    const QJsonObject opsRights = byId[ops].value(QStringLiteral("rights")).toObject();
    EXPECT_TRUE(opsRights.value(QStringLiteral("read")).toBool());
    EXPECT_TRUE(opsRights.value(QStringLiteral("add")).toBool());
    EXPECT_FALSE(opsRights.value(QStringLiteral("edit")).toBool());
    EXPECT_EQ(opsRights.value(QStringLiteral("delete")), QJsonValue(false));
    const QJsonObject devRights = byId[dev].value(QStringLiteral("rights")).toObject();
    EXPECT_FALSE(devRights.value(QStringLiteral("add")).toBool());
    EXPECT_TRUE(devRights.value(QStringLiteral("edit")).toBool());
    EXPECT_TRUE(devRights.value(QStringLiteral("delete")).toBool());

    const QJsonObject policy = session.value(QStringLiteral("policy")).toObject();
    EXPECT_EQ(policy.value(QStringLiteral("accessTokenSeconds")).toInteger(), 300);
    EXPECT_EQ(policy.value(QStringLiteral("sessionTimeoutSeconds")).toInteger(), 86400);
    EXPECT_EQ(policy.value(QStringLiteral("refreshTokenSeconds")).toInteger(), 604800);
    EXPECT_EQ(policy.value(QStringLiteral("maxSessionSeconds")).toInteger(), 2592000);
    EXPECT_EQ(policy.value(QStringLiteral("maxOfflineSeconds")).toInteger(), 259200);
    EXPECT_TRUE(policy.value(QStringLiteral("mobileSyncAllowed")).toBool());
    EXPECT_TRUE(policy.value(QStringLiteral("deviceActive")).toBool());
    EXPECT_FALSE(policy.value(QStringLiteral("serverTime")).toString().isEmpty());
}

TEST_F(SessionEndpoint, PolicyFollowsTheSettings) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    setSetting("max-offline-seconds", QStringLiteral("3600"));
    const Reply reply = client.get(QStringLiteral("/api/v1/session"), tokens.access);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(
        reply.json()[QStringLiteral("policy")][QStringLiteral("maxOfflineSeconds")].toInteger(),
        3600);
}

TEST_F(SessionEndpoint, PolicyTellsWhetherToWipeTheCopyOnLogout) {
    const Tokens before = loginAlice();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before.grant[QStringLiteral("policy")][QStringLiteral("wipeOnLogout")],
              QJsonValue(false));
    setSetting(setting::kWipeOnLogout, QStringLiteral("on"));
    const Tokens after = loginAlice();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.grant[QStringLiteral("policy")][QStringLiteral("wipeOnLogout")],
              QJsonValue(true));
    // Read at each request, as every setting: the earlier session hears it too.
    const Reply session = client.get(QStringLiteral("/api/v1/session"), before.access);
    ASSERT_EQ(session.status, 200);
    EXPECT_EQ(session.json()[QStringLiteral("policy")][QStringLiteral("wipeOnLogout")],
              QJsonValue(true));
}

TEST_F(SessionEndpoint, FormsListsTheBuiltInForms) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    const Reply reply = client.get(QStringLiteral("/api/v1/forms"), tokens.access);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray forms = reply.json().value(QStringLiteral("forms")).toArray();
    ASSERT_EQ(forms.size(), builtinForms().size());
    QStringList ids;
    for (const QJsonValue form : forms) {
        ids.append(form[QStringLiteral("id")].toString());
        EXPECT_FALSE(form[QStringLiteral("name")].toString().isEmpty());
        const QJsonArray fields = form[QStringLiteral("fields")].toArray();
        ASSERT_GE(fields.size(), 2);
        // Every form starts with the title "name" and ends with "tags".
        EXPECT_EQ(fields.first()[QStringLiteral("key")].toString(), QStringLiteral("name"));
        EXPECT_EQ(fields.first()[QStringLiteral("type")].toString(), QStringLiteral("title"));
        EXPECT_EQ(fields.last()[QStringLiteral("key")].toString(), QStringLiteral("tags"));
        EXPECT_EQ(fields.last()[QStringLiteral("type")].toString(), QStringLiteral("tags"));
        for (const QJsonValue field : fields)
            EXPECT_FALSE(field[QStringLiteral("label")].toString().isEmpty());
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("login")));
    EXPECT_TRUE(ids.contains(QStringLiteral("note")));
    EXPECT_TRUE(ids.contains(QStringLiteral("credit-card")));
}

TEST_F(SessionEndpoint, SessionAndFormsNeedAToken) {
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session")), 401, "auth-required"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/forms")), 401, "auth-required"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/session"), QStringLiteral("bogus")),
                          401, "token-invalid"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/forms"), QStringLiteral("bogus")), 401,
                          "token-invalid"));
}

} // namespace
