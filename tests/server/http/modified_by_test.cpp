#include "server/seed/seed.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

QJsonObject change(const QString &key, const QJsonValue &value, qint64 baseRevision) {
    return {{QStringLiteral("key"), key},
            {QStringLiteral("value"), value},
            {QStringLiteral("baseRevision"), baseRevision}};
}

QJsonValue modifiedBy(const QJsonObject &record, const QString &key) {
    return fieldOf(record, key).value(QStringLiteral("modifiedBy"));
}

class ModifiedBy : public ApiTest {
protected:
    // Logs alice in from a device with this name; empty on failure (recorded).
    QString accessFrom(const QString &deviceId, const QString &deviceName) {
        const Reply reply = client.post(
            QStringLiteral("/api/v1/auth/login"),
            loginBody(db, QStringLiteral("alice"), kAlicePassword, deviceId, deviceName));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(QStringLiteral("accessToken")).toString();
    }
    Reply patch(const QString &access, qint64 id, const QJsonArray &changes) {
        return client.patch(QStringLiteral("/api/v1/records/%1").arg(id),
                            {{QStringLiteral("changes"), changes}}, access);
    }
    Reply get(const QString &access, qint64 id) {
        return client.get(QStringLiteral("/api/v1/records/%1").arg(id), access);
    }
};

TEST_F(ModifiedBy, CreationAndEachChangeNameTheSessionsDevice) {
    const QString phone = accessFrom(QStringLiteral("p"), QStringLiteral("Alice's Pixel"));
    const QString tablet = accessFrom(QStringLiteral("t"), QStringLiteral("Alice's Tablet"));
    const Reply created =
        createRecord(phone, {{QStringLiteral("form"), QStringLiteral("login")},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Bank")}}}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    for (const QJsonValue field : created.json().value(QStringLiteral("fields")).toArray())
        EXPECT_EQ(field[QStringLiteral("modifiedBy")], QJsonValue(QStringLiteral("Alice's Pixel")))
            << field[QStringLiteral("key")].toString().toStdString();
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();

    // Only the changed field takes the other device's name.
    const Reply patched = patch(tablet, id,
                                {change(QStringLiteral("password"), QStringLiteral("pw2"), 1),
                                 change(QStringLiteral("name"), QStringLiteral("Bank"), 1)});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    EXPECT_EQ(modifiedBy(patched.json(), QStringLiteral("password")),
              QJsonValue(QStringLiteral("Alice's Tablet")));
    EXPECT_EQ(modifiedBy(patched.json(), QStringLiteral("name")),
              QJsonValue(QStringLiteral("Alice's Pixel")));
    EXPECT_EQ(get(phone, id).json(), patched.json());
    Mirror mirror;
    const QList<QJsonObject> pages = syncAll(phone, mirror);
    ASSERT_FALSE(pages.isEmpty());
    const QJsonArray fed = pages.first().value(QStringLiteral("records")).toArray();
    ASSERT_EQ(fed.size(), 1);
    EXPECT_EQ(fed.first().toObject(), patched.json());

    // The phone, still at revision 1, learns who made the conflicting change.
    const Reply conflict =
        patch(phone, id, {change(QStringLiteral("password"), QStringLiteral("pw3"), 1)});
    ASSERT_TRUE(isProblem(conflict, 409, "revision-conflict"));
    EXPECT_EQ(conflict.json()[QStringLiteral("conflicts")][0][QStringLiteral("modifiedBy")],
              QJsonValue(QStringLiteral("Alice's Tablet")));
}

TEST_F(ModifiedBy, IsTheDeviceNameAtTheTimeOfTheChange) {
    const QString phone = accessFrom(QStringLiteral("p"), QStringLiteral("Old name"));
    const qint64 id = createLogin(phone, QStringLiteral("Bank"));
    const QString renamed = accessFrom(QStringLiteral("p"), QStringLiteral("New name"));
    ASSERT_EQ(
        patch(renamed, id, {change(QStringLiteral("url"), QStringLiteral("https://b"), 1)}).status,
        200);
    const QJsonObject record = get(renamed, id).json();
    EXPECT_EQ(modifiedBy(record, QStringLiteral("name")), QJsonValue(QStringLiteral("Old name")));
    EXPECT_EQ(modifiedBy(record, QStringLiteral("url")), QJsonValue(QStringLiteral("New name")));
}

TEST_F(ModifiedBy, IsNullForRecordsTheAdministratorMade) {
    seedRecords(store(), db, alice, 3, data().clock.nowMs());
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    Mirror mirror;
    const QList<QJsonObject> pages = syncAll(tokens.access, mirror);
    ASSERT_FALSE(pages.isEmpty());
    const QJsonArray records = pages.first().value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 3);
    for (const QJsonValue record : records)
        for (const QJsonValue field : record[QStringLiteral("fields")].toArray()) {
            ASSERT_TRUE(field.toObject().contains(QStringLiteral("modifiedBy")));
            EXPECT_TRUE(field[QStringLiteral("modifiedBy")].isNull());
        }
}

} // namespace
