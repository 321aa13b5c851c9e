#include "server/store/settings.h"
#include "server/vault/records.h"
#include "tests/server/http/api_fixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <functional>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

// A notices client: a WebSocket over verified TLS that collects every message it hears.
class NoticeClient {
public:
    NoticeClient(const TestServer &server, const QString &path, const QByteArray &authorization) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({server.certificate()});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(tls);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                         [this] { closed = true; });
        QNetworkRequest request(
            QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(server.port()).arg(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        m_socket.open(request);
    }

    // Runs the event loop until the condition holds or the time is up.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000) {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QEventLoop loop;
            QTimer::singleShot(10, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }
    bool waitForMessages(qsizetype count, int timeoutMs = 5000) {
        return waitFor([&] { return messages.size() >= count; }, timeoutMs);
    }

    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

    QList<QJsonObject> messages;
    bool closed = false;

private:
    QWebSocket m_socket;
};

class Notices : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }
    QByteArray bearer() const { return "Bearer " + tokens.access.toLatin1(); }

    Tokens tokens;
};

TEST_F(Notices, HelloThenChangedAfterARecordIsCreatedThroughTheApi) {
    createLogin(tokens.access, QStringLiteral("before"));
    const qint64 before = databaseSequence(db);
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    ASSERT_TRUE(notices.waitForMessages(1)) << "no hello";
    const QJsonObject hello = notices.messages.first();
    EXPECT_EQ(hello.value(QStringLiteral("type")).toString(), QStringLiteral("hello"));
    EXPECT_EQ(hello.value(QStringLiteral("database")).toInteger(), db);
    EXPECT_EQ(hello.value(QStringLiteral("sequence")).toInteger(), before);
    EXPECT_EQ(server.notices->clientCount(), 1);

    const qint64 id = createLogin(tokens.access, QStringLiteral("new"));
    ASSERT_NE(id, 0);
    ASSERT_TRUE(notices.waitForMessages(2)) << "no changed notice";
    const QJsonObject changed = notices.messages[1];
    EXPECT_EQ(changed.value(QStringLiteral("type")).toString(), QStringLiteral("changed"));
    EXPECT_EQ(changed.value(QStringLiteral("database")).toInteger(), db);
    EXPECT_EQ(changed.value(QStringLiteral("sequence")).toInteger(), before + 1);
    EXPECT_EQ(changed.value(QStringLiteral("sequence")).toInteger(), databaseSequence(db));
    EXPECT_FALSE(notices.closed);
}

TEST_F(Notices, ADeletionThroughTheApiIsNoticed) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("gone"));
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    ASSERT_TRUE(notices.waitForMessages(1)) << "no hello";
    const qint64 before = databaseSequence(db);
    const Reply reply = client.deleteResource(
        QStringLiteral("/api/v1/records/%1?baseRevision=7").arg(id), tokens.access);
    ASSERT_EQ(reply.status, 204) << reply.body.toStdString();
    ASSERT_TRUE(notices.waitForMessages(2)) << "no changed notice";
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("type")).toString(),
              QStringLiteral("changed"));
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("sequence")).toInteger(), before + 1);
}

TEST_F(Notices, ChangesMadeOutsideTheApiAreNoticedToo) {
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    ASSERT_TRUE(notices.waitForMessages(1));
    // As the admin command line would: straight into the store.
    Records records(store(), data().clock);
    NewRecord record;
    record.formId = QStringLiteral("note");
    record.values.insert(QStringLiteral("name"), QStringLiteral("from the admin"));
    records.create({alice, db, {}}, record);
    ASSERT_TRUE(notices.waitForMessages(2)) << "the poll did not notice the change";
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("type")).toString(),
              QStringLiteral("changed"));
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("sequence")).toInteger(),
              databaseSequence(db));
}

TEST_F(Notices, OnlyTheSessionsDatabaseIsReported) {
    const qint64 other = data().addDatabase(QStringLiteral("Other"));
    const Tokens there =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("p2"), other);
    ASSERT_TRUE(there.ok());
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    ASSERT_TRUE(notices.waitForMessages(1));
    createLogin(there.access, QStringLiteral("elsewhere"));
    // Give the hub several poll rounds (50 ms each) to misbehave.
    EXPECT_FALSE(notices.waitForMessages(2, 400)) << "told about another database";
    createLogin(tokens.access, QStringLiteral("here"));
    ASSERT_TRUE(notices.waitForMessages(2));
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("database")).toInteger(), db);
}

// Refused handshakes are answered as problems before any upgrade, and no client is registered.
TEST_F(Notices, RefusedHandshakesAreProblemDocuments) {
    const QByteArray good = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Version: 13\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    const auto handshake = [&](const QByteArray &path, const QByteArray &fields,
                               const QByteArray &authorization, const char *method = "GET") {
        QByteArray request =
            QByteArray(method) + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields;
        if (!authorization.isEmpty())
            request += "Authorization: " + authorization + "\r\n";
        return parseHttp(client.raw(request + "\r\n"));
    };
    const QByteArray path = "/api/v1/notices";
    EXPECT_TRUE(isProblem(handshake(path, good, "Bearer forged-token"), 401, "token-invalid"));
    EXPECT_TRUE(isProblem(handshake(path, good, {}), 401, "auth-required"));
    EXPECT_TRUE(isProblem(handshake("/api/v1/elsewhere", good, bearer()), 404, "not-found"));
    // Malformed handshakes, with a good token.
    const QByteArray noKey = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Version: 13\r\n";
    EXPECT_TRUE(isProblem(handshake(path, noKey, bearer()), 400, "invalid-request"));
    EXPECT_TRUE(isProblem(handshake(path, noKey + "Sec-WebSocket-Key: c2hvcnQ=\r\n", bearer()), 400,
                          "invalid-request"));
    QByteArray oldVersion = good;
    oldVersion.replace("Version: 13", "Version: 8");
    EXPECT_TRUE(isProblem(handshake(path, oldVersion, bearer()), 400, "invalid-request"));
    EXPECT_TRUE(isProblem(handshake(path, good + "Content-Length: 2\r\n\r\n{}", bearer(), "POST"),
                          400, "invalid-request"));
    // No upgrade asked for at all.
    EXPECT_TRUE(isProblem(handshake(path, {}, bearer()), 400, "invalid-request"));
    EXPECT_EQ(server.notices->clientCount(), 0);
    // The same handshake with its token is upgraded.
    const QByteArray accepted = client.raw("GET /api/v1/notices HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                               good + "Authorization: " + bearer() + "\r\n\r\n",
                                           500);
    EXPECT_TRUE(accepted.startsWith("HTTP/1.1 101")) << accepted.left(200).toStdString();
}

TEST_F(Notices, ExpiredTokenIsRefusedBeforeTheUpgrade) {
    data().clock.advanceSeconds(301);
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    EXPECT_TRUE(NoticeClient::waitFor([&] { return notices.closed; })) << "still open";
    EXPECT_TRUE(notices.messages.isEmpty());
    EXPECT_EQ(server.notices->clientCount(), 0);
}

TEST_F(Notices, WebServicesSwitchedOffRefuseTheHandshake) {
    setSetting(setting::kWebServices, QStringLiteral("off"));
    const Reply refused = parseHttp(
        client.raw("GET /api/v1/notices HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: " +
                   bearer() + "\r\n\r\n"));
    EXPECT_TRUE(isProblem(refused, 503, "web-services-disabled"));
}

TEST_F(Notices, TheConnectionEndsWithItsSession) {
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
    ASSERT_TRUE(notices.waitForMessages(1));
    ASSERT_EQ(client.post(QStringLiteral("/api/v1/auth/logout"), {}, tokens.access).status, 204);
    ASSERT_TRUE(notices.waitForMessages(2)) << "not told that the session ended";
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("type")).toString(),
              QStringLiteral("error"));
    EXPECT_EQ(notices.messages[1].value(QStringLiteral("code")).toString(),
              QStringLiteral("token-invalid"));
    EXPECT_TRUE(NoticeClient::waitFor([&] { return notices.closed; }));
    EXPECT_TRUE(NoticeClient::waitFor([&] { return server.notices->clientCount() == 0; }));
}

TEST_F(Notices, LowerCaseBearerSchemeIsAccepted) {
    NoticeClient notices(server, QStringLiteral("/api/v1/notices"),
                         "bearer " + tokens.access.toLatin1());
    ASSERT_TRUE(notices.waitForMessages(1));
    EXPECT_EQ(notices.messages.first().value(QStringLiteral("type")).toString(),
              QStringLiteral("hello"));
}

TEST_F(Notices, ClosingTheSocketUnregistersTheClient) {
    {
        NoticeClient notices(server, QStringLiteral("/api/v1/notices"), bearer());
        ASSERT_TRUE(notices.waitForMessages(1));
        EXPECT_EQ(server.notices->clientCount(), 1);
    }
    EXPECT_TRUE(NoticeClient::waitFor([&] { return server.notices->clientCount() == 0; }));
    // Changes after the client left do not trip the hub.
    EXPECT_NE(createLogin(tokens.access, QStringLiteral("after")), 0);
    EXPECT_EQ(client.get(QStringLiteral("/api/v1/info")).status, 200);
}

} // namespace
