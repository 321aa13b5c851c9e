#include "tests/server/http/device_login_fixture.h"

#include "server/store/settings.h"

namespace vaultlink::server::test {

QByteArray signedMessage(const QString &challenge, qint64 database, const QString &user,
                         const QString &deviceId) {
    return "vaultlink-device-login-v1\n" + challenge.toUtf8() + '\n' +
           QByteArray::number(database) + '\n' + user.toUtf8() + '\n' + deviceId.toUtf8();
}

DeviceLoginTest::DeviceLoginTest() {
    setSetting(setting::kDeviceLogin, QStringLiteral("both"));
}

Reply DeviceLoginTest::putKey(const QString &access, const QByteArray &spki) {
    return client.put(QStringLiteral("/api/v1/device/key"),
                      {{QStringLiteral("algorithm"), QStringLiteral("ES256")},
                       {QStringLiteral("publicKey"), QString::fromLatin1(spki.toBase64())}},
                      access);
}

Reply DeviceLoginTest::deleteKey(const QString &access) {
    return client.deleteResource(QStringLiteral("/api/v1/device/key"), access);
}

Tokens DeviceLoginTest::enroll(const TestKey &key, const QString &deviceId, const QString &user,
                               const QString &password) {
    Tokens tokens = loginAs(user, password, deviceId);
    if (!tokens.ok())
        return {};
    const Reply reply = putKey(tokens.access, key.spki());
    if (reply.status != 204) {
        ADD_FAILURE() << "registering the key failed: " << reply.status << " "
                      << reply.body.toStdString();
        return {};
    }
    return tokens;
}

Reply DeviceLoginTest::challenge(const QString &user, const QString &deviceId, qint64 database) {
    return client.post(QStringLiteral("/api/v1/auth/device-challenge"),
                       {{QStringLiteral("database"), database == 0 ? db : database},
                        {QStringLiteral("username"), user},
                        {QStringLiteral("deviceId"), deviceId}});
}

QString DeviceLoginTest::challengeText(const QString &user, const QString &deviceId) {
    const Reply reply = challenge(user, deviceId);
    if (reply.status != 200) {
        ADD_FAILURE() << "no challenge for " << user.toStdString() << " on "
                      << deviceId.toStdString() << ": " << reply.status << " "
                      << reply.body.toStdString();
        return {};
    }
    return reply.json().value(QStringLiteral("challenge")).toString();
}

QJsonObject DeviceLoginTest::loginBody(const QString &challenge, const QByteArray &signature,
                                       const QString &deviceId, const QString &password) {
    QJsonObject body{
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), deviceId},
                                               {QStringLiteral("name"), QStringLiteral("Pixel")}}}};
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    return body;
}

Reply DeviceLoginTest::deviceLogin(const QJsonObject &body) {
    return client.post(QStringLiteral("/api/v1/auth/device-login"), body);
}

Reply DeviceLoginTest::loginWithKey(const TestKey &key, const QString &user,
                                    const QString &deviceId, const QString &password) {
    const QString text = challengeText(user, deviceId);
    return deviceLogin(
        loginBody(text, key.sign(signedMessage(text, db, user, deviceId)), deviceId, password));
}

} // namespace vaultlink::server::test
