#pragma once

#include "tests/server/http/api_fixture.h"
#include "tests/server/support/test_key.h"

namespace vaultlink::server::test {

// The message a device signs (docs/api.md "The signed message"), built here from the document,
// independently of the server's own.
QByteArray signedMessage(const QString &challenge, qint64 database, const QString &user,
                         const QString &deviceId);

// ApiTest with device-key login switched on ("both" unless a test says otherwise), and the
// steps a phone takes: register its key, ask for a challenge, sign it, log in.
class DeviceLoginTest : public ApiTest {
protected:
    DeviceLoginTest();

    // PUT /device/key with the key's standard base64.
    Reply putKey(const QString &access, const QByteArray &spki);
    Reply deleteKey(const QString &access);
    // Logs the user in with the password on the device and registers the key; records a test
    // failure when either step fails.
    Tokens enroll(const TestKey &key, const QString &deviceId = QStringLiteral("phone-1"),
                  const QString &user = QStringLiteral("alice"),
                  const QString &password = kAlicePassword);

    Reply challenge(const QString &user = QStringLiteral("alice"),
                    const QString &deviceId = QStringLiteral("phone-1"), qint64 database = 0);
    // The challenge of a 200 answer; empty after recording a failure.
    QString challengeText(const QString &user = QStringLiteral("alice"),
                          const QString &deviceId = QStringLiteral("phone-1"));
    // The body of POST /auth/device-login; an empty password is left out.
    static QJsonObject loginBody(const QString &challenge, const QByteArray &signature,
                                 const QString &deviceId = QStringLiteral("phone-1"),
                                 const QString &password = {});
    Reply deviceLogin(const QJsonObject &body);
    // A challenge for the user and device, signed with the key over the documented message, and
    // the login with it.
    Reply loginWithKey(const TestKey &key, const QString &user = QStringLiteral("alice"),
                       const QString &deviceId = QStringLiteral("phone-1"),
                       const QString &password = {});
};

} // namespace vaultlink::server::test
