#include "server/auth/devices.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

QHash<QByteArray, QByteArray> jsonHeaders() {
    return {{"Content-Type", "application/json"}};
}

class Malformed : public ApiTest {
protected:
    Reply postRaw(const QString &path, const QByteArray &body,
                  const QHash<QByteArray, QByteArray> &headers = jsonHeaders()) {
        return client.send("POST", path, body, headers);
    }

    // The server still answers normally, over a new connection and over the client's.
    void expectServerAlive(const char *after) {
        const QByteArray raw = client.raw("GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Connection: close\r\n\r\n");
        EXPECT_TRUE(raw.startsWith("HTTP/1.1 200"))
            << "after " << after << ": " << raw.left(200).toStdString();
        EXPECT_EQ(client.get(QStringLiteral("/api/v1/info")).status, 200) << "after " << after;
    }
};

TEST_F(Malformed, UnknownPathsAreNotFound) {
    for (const char *path : {"/api/v1/nothing", "/api/v2/info", "/nothing",
                             "/api/v1/records/1/extra", "/api/v1", "/account/elsewhere"})
        EXPECT_TRUE(isProblem(client.get(QString::fromLatin1(path)), 404, "not-found")) << path;
}

TEST_F(Malformed, KnownPathsWithTheWrongMethodAreNotAllowed) {
    EXPECT_TRUE(isProblem(client.send("DELETE", QStringLiteral("/api/v1/info"), {}), 405,
                          "method-not-allowed"));
    EXPECT_TRUE(
        isProblem(client.post(QStringLiteral("/api/v1/info"), {}), 405, "method-not-allowed"));
    EXPECT_TRUE(
        isProblem(client.get(QStringLiteral("/api/v1/auth/login")), 405, "method-not-allowed"));
    EXPECT_TRUE(
        isProblem(client.send("PUT", QStringLiteral("/api/v1/records/1"), "{}", jsonHeaders()), 405,
                  "method-not-allowed"));
    EXPECT_TRUE(isProblem(client.patch(QStringLiteral("/api/v1/databases"), {}), 405,
                          "method-not-allowed"));
}

TEST_F(Malformed, BodiesMustBeJson) {
    const QByteArray body = QJsonDocument(loginBody(db, QStringLiteral("alice"), kAlicePassword))
                                .toJson(QJsonDocument::Compact);
    EXPECT_TRUE(isProblem(
        postRaw(QStringLiteral("/api/v1/auth/login"), body, {{"Content-Type", "text/plain"}}), 415,
        "unsupported-media-type"));
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/auth/login"), body,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}}),
                          415, "unsupported-media-type"));
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/auth/refresh"), "{}", {}), 415,
                          "unsupported-media-type"));
    // Parameters and letter case of the media type do not matter.
    EXPECT_EQ(postRaw(QStringLiteral("/api/v1/auth/login"), body,
                      {{"Content-Type", "application/json; charset=utf-8"}})
                  .status,
              200);
    EXPECT_EQ(
        postRaw(QStringLiteral("/api/v1/auth/login"), body, {{"Content-Type", "Application/JSON"}})
            .status,
        200);
}

TEST_F(Malformed, BrokenJsonIsMalformed) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    QHash<QByteArray, QByteArray> authed = jsonHeaders();
    authed.insert("Authorization", "Bearer " + tokens.access.toLatin1());
    const QByteArray nested = QByteArray(5000, '[') + QByteArray(5000, ']');
    for (const QByteArray &body :
         {QByteArray("{\"database\": 1,"), QByteArray("{'a': 1}"),
          QByteArray("\xff\xfe\x00\x01", 4), QByteArray("{} trailing"), QByteArray(""), nested}) {
        for (const char *path : {"/api/v1/auth/login", "/api/v1/auth/mfa", "/api/v1/auth/refresh",
                                 "/api/v1/records", "/api/v1/link-codes/redeem"}) {
            const Reply reply = postRaw(QString::fromLatin1(path), body, authed);
            EXPECT_TRUE(isProblem(reply, 400, "malformed-json"))
                << path << " " << body.left(20).toStdString();
        }
        EXPECT_TRUE(
            isProblem(client.send("PATCH", QStringLiteral("/api/v1/records/1"), body, authed), 400,
                      "malformed-json"));
    }
}

TEST_F(Malformed, ChecksComeInTheDocumentedOrder) {
    // The session is checked before the body is read.
    EXPECT_TRUE(
        isProblem(postRaw(QStringLiteral("/api/v1/records"), "{broken"), 401, "auth-required"));
    EXPECT_TRUE(isProblem(client.send("PATCH", QStringLiteral("/api/v1/records/1"), "{broken",
                                      {{"Content-Type", "text/plain"}}),
                          401, "auth-required"));
    // Routing before the endpoint.
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/nowhere"), "{broken"), 404, "not-found"));
    EXPECT_TRUE(isProblem(
        client.send("PUT", QStringLiteral("/api/v1/auth/login"), "{broken", jsonHeaders()), 405,
        "method-not-allowed"));
    // The web services switch before routing, the body size before everything.
    setSetting(setting::kMaxBodyBytes, QStringLiteral("64"));
    setSetting(setting::kWebServices, QStringLiteral("off"));
    EXPECT_TRUE(
        isProblem(postRaw(QStringLiteral("/api/v1/nowhere"), "{}"), 503, "web-services-disabled"));
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/nowhere"), QByteArray(65, 'x')), 413,
                          "request-too-large"));
}

TEST_F(Malformed, BodyMustBeAnObject) {
    for (const QByteArray &body : {QByteArray("[]"), QByteArray("[{\"database\":1}]")}) {
        const Reply reply = postRaw(QStringLiteral("/api/v1/auth/login"), body);
        EXPECT_TRUE(isProblem(reply, 400, "invalid-request")) << body.toStdString();
    }
}

TEST_F(Malformed, LoginFieldsOfTheWrongTypeAreInvalid) {
    const QJsonObject good = loginBody(db, QStringLiteral("alice"), kAlicePassword);
    const auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(QLatin1String(key));
        else
            body.insert(QLatin1String(key), value);
        return body;
    };
    const QJsonObject device{{QStringLiteral("id"), QStringLiteral("d")}};
    const struct {
        const char *what;
        QJsonObject body;
        const char *field;
    } cases[] = {
        {"database as string", with("database", QString::number(db)), "database"},
        {"database fractional", with("database", 1.5), "database"},
        {"database missing", with("database", QJsonValue::Undefined), "database"},
        {"database null", with("database", QJsonValue::Null), "database"},
        {"username number", with("username", 7), "username"},
        {"username empty", with("username", QString()), "username"},
        {"username missing", with("username", QJsonValue::Undefined), "username"},
        {"password array", with("password", QJsonArray{kAlicePassword}), "password"},
        {"password missing", with("password", QJsonValue::Undefined), "password"},
        {"device missing", with("device", QJsonValue::Undefined), "device"},
        {"device a string", with("device", QStringLiteral("phone")), "device"},
        {"device without id",
         with("device", QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}}), "device"},
        {"device id too long",
         with("device", QJsonObject{{QStringLiteral("id"), QString(129, QLatin1Char('x'))}}),
         "device"},
        {"device name too long",
         with("device", QJsonObject{{QStringLiteral("id"), QStringLiteral("d")},
                                    {QStringLiteral("name"), QString(129, QLatin1Char('n'))}}),
         "device"},
    };
    for (const auto &c : cases) {
        const Reply reply = client.post(QStringLiteral("/api/v1/auth/login"), c.body);
        EXPECT_TRUE(isProblem(reply, 400, "invalid-request")) << c.what;
        EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(), QLatin1String(c.field))
            << c.what;
    }
    // Nothing was registered by any of them, and the good body works.
    EXPECT_TRUE(listDevices(store()).isEmpty());
    EXPECT_EQ(client.post(QStringLiteral("/api/v1/auth/login"), with("device", device)).status,
              200);
}

TEST_F(Malformed, BodiesOverTheLimitAreTooLarge) {
    const Tokens tokens = loginAlice();
    ASSERT_TRUE(tokens.ok());
    setSetting(setting::kMaxBodyBytes, QStringLiteral("512"));
    const qint64 sequence = databaseSequence(db);
    QJsonObject big{{QStringLiteral("form"), QStringLiteral("note")},
                    {QStringLiteral("fields"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("big")},
                                 {QStringLiteral("notes"), QString(600, QLatin1Char('n'))}}}};
    const Reply tooLarge = createRecord(tokens.access, big);
    EXPECT_TRUE(isProblem(tooLarge, 413, "request-too-large"));
    EXPECT_EQ(databaseSequence(db), sequence);
    // Any endpoint, even before authentication or routing.
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/auth/login"), QByteArray(513, ' ')), 413,
                          "request-too-large"));
    EXPECT_TRUE(isProblem(postRaw(QStringLiteral("/api/v1/no-such"), QByteArray(2000, 'x')), 413,
                          "request-too-large"));
    // At the limit is fine.
    big[QStringLiteral("fields")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("small")}};
    EXPECT_EQ(createRecord(tokens.access, big).status, 201);
    const QByteArray exact = QByteArray("{\"refreshToken\":\"") + QByteArray(512 - 19, 'r') + "\"}";
    ASSERT_EQ(exact.size(), 512);
    EXPECT_TRUE(
        isProblem(postRaw(QStringLiteral("/api/v1/auth/refresh"), exact), 401, "token-invalid"));
}

TEST_F(Malformed, RawRequestsGetProperAnswers) {
    const QByteArray ok = client.raw("GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(ok.startsWith("HTTP/1.1 200")) << ok.toStdString();
    const QByteArray body = "\xff\xfe{";
    const QByteArray broken = client.raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                         "Content-Type: application/json\r\nContent-Length: " +
                                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
    EXPECT_TRUE(broken.startsWith("HTTP/1.1 400")) << broken.toStdString();
    EXPECT_TRUE(broken.contains("malformed-json"));
}

TEST_F(Malformed, GarbageAndTruncatedRequestsNeverBringTheServerDown) {
    // Long requests are split over two lines; each is still one entry.
    // NOLINTBEGIN(bugprone-suspicious-missing-comma)
    const QByteArray cases[] = {
        QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 17),
        "GET\r\n\r\n",
        "\r\n\r\n\r\n",
        "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
        "BREW /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/info HTTP/1.1\r\nHost: loc",
        "GET /api/v1/%00info%ff HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/records/99999999999999999999999 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        "x\r\n\r\n",
        "GET /api/v1/changes?cursor=%%%&limit=%ff HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        "x\r\n\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000\r\n\r\n{\"database\"",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
        "99999999999999999999999\r\n\r\n{}",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\nzz\r\n{}\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: "
        "7\r\n\r\n{}",
        "GET /api/v1/info HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(70000, 'a') + "\r\n\r\n",
        "GET /" + QByteArray(70000, 'p') + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/info HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
    };
    // NOLINTEND(bugprone-suspicious-missing-comma)
    for (const QByteArray &bytes : cases) {
        const QByteArray answer = client.raw(bytes, 400);
        // Whatever came back must be HTTP, never a crash or a half-written reply.
        if (!answer.isEmpty()) {
            EXPECT_TRUE(answer.startsWith("HTTP/1.1 ")) << answer.left(200).toStdString();
        }
        expectServerAlive(bytes.left(40).toStdString().c_str());
    }
}

TEST_F(Malformed, PlainTcpAndAbortedHandshakesAreHarmless) {
    for (const QByteArray &bytes : {QByteArray("GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n"),
                                    QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
                                    QByteArray(4096, '\x16')}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        ASSERT_TRUE(socket.waitForConnected(3000));
        socket.write(bytes);
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
        socket.abort();
    }
    expectServerAlive("plain TCP");
}

} // namespace
