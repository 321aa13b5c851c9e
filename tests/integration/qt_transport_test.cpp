#include "server/crypto/self_signed.h"
#include "server/crypto/spki_pin.h"
#include "server/http/tls.h"
#include "src/net/transport.h"
#include "tests/server/support/test_server.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QProcess>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <type_traits>

using namespace vaultlink;
using vaultlink::server::test::TestServer;

namespace {

// One network access manager per transport, on the thread that made it: a copy or a move would
// share it or leave an empty transport behind, so neither compiles.
static_assert(!std::is_copy_constructible_v<QtTransport> &&
              !std::is_copy_assignable_v<QtTransport>);
static_assert(!std::is_move_constructible_v<QtTransport> &&
              !std::is_move_assignable_v<QtTransport>);

HttpRequest get(const QString &url) {
    HttpRequest request;
    request.url = QUrl(url);
    return request;
}

// How QtTransport tells failures apart, against real sockets.
TEST(QtTransport, ReachesThePinnedServerAndLowerCasesHeaderNames) {
    TestServer server;
    QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(server.baseUrl() + "/api/v1/info"));
    EXPECT_EQ(response.failure, NetFailure::None) << response.message.debugText().toStdString();
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.headers.value("cache-control"), "no-store");
    EXPECT_TRUE(response.headers.value("content-type").startsWith("application/json"));
    EXPECT_FALSE(response.headers.contains("Cache-Control"));
    EXPECT_TRUE(response.body.contains("\"apiVersion\""));
}

TEST(QtTransport, AnErrorStatusIsAnAnswerNotAFailure) {
    TestServer server;
    QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(server.baseUrl() + "/api/v1/no-such-thing"));
    EXPECT_EQ(response.failure, NetFailure::None);
    EXPECT_EQ(response.status, 404);
    EXPECT_TRUE(response.body.contains("not-found"));
}

TEST(QtTransport, ABodyIsSentAsJson) {
    TestServer server;
    QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    HttpRequest request = get(server.baseUrl() + "/api/v1/auth/refresh");
    request.method = "POST";
    request.body = R"({"refreshToken":"not-a-token"})";
    const HttpResponse response = transport.send(request);
    // Without Content-Type: application/json the server would answer 415 before looking.
    EXPECT_EQ(response.status, 401) << response.body.toStdString();
    EXPECT_TRUE(response.body.contains("token-invalid")) << response.body.toStdString();
}

TEST(QtTransport, NoRedirectIsFollowed) {
    TestServer server;
    QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(server.baseUrl() + "/"));
    EXPECT_EQ(response.failure, NetFailure::None);
    EXPECT_EQ(response.status, 303); // "/" redirects to /account (docs/api.md §9)
}

TEST(QtTransport, AClosedPortIsConnectionRefused) {
    quint16 port = 0;
    {
        QTcpServer listener;
        ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, 0));
        port = listener.serverPort();
    }
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const HttpResponse response =
        transport.send(get(QStringLiteral("https://127.0.0.1:%1/api/v1/info").arg(port)));
    EXPECT_EQ(response.failure, NetFailure::ConnectionRefused);
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.status, 0);
    EXPECT_EQ(response.message, Message(QStringLiteral("connection-refused"),
                                        {QStringLiteral("127.0.0.1"), QString::number(port)}));
}

TEST(QtTransport, AnUnknownNameIsHostNotFound) {
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const HttpResponse response =
        transport.send(get(QStringLiteral("https://no-such-host.invalid/api/v1/info")));
    EXPECT_EQ(response.failure, NetFailure::HostNotFound)
        << response.message.debugText().toStdString();
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.message,
              Message(QStringLiteral("host-not-found"), {QStringLiteral("no-such-host.invalid")}));
}

TEST(QtTransport, AServerThatNeverAnswersTimesOut) {
    QTcpServer silent; // accepts, then says nothing, not even the TLS handshake
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.emplace_back(socket);
    });
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::milliseconds(400));
    QElapsedTimer clock;
    clock.start();
    const HttpResponse response = transport.send(
        get(QStringLiteral("https://127.0.0.1:%1/api/v1/info").arg(silent.serverPort())));
    EXPECT_EQ(response.failure, NetFailure::Timeout) << response.message.debugText().toStdString();
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_FALSE(held.empty()); // the connection was made: this was not a refusal
    // The handshake never finished, so the request cannot have been written.
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.message, Message(QStringLiteral("timeout"),
                                        {QStringLiteral("127.0.0.1"), QStringLiteral("0.4")}));
}

TEST(QtTransport, AnotherKeyIsATlsPinMismatch) {
    TestServer server;
    TestServer impostor;
    QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(impostor.baseUrl() + "/api/v1/info"));
    EXPECT_EQ(response.failure, NetFailure::Tls);
    EXPECT_EQ(response.tls, TlsFailure::PinMismatch);
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.status, 0);
    EXPECT_EQ(response.message, Message(QStringLiteral("pin-mismatch")));
}

TEST(QtTransport, WithoutThePinASelfSignedServerIsUntrusted) {
    TestServer server;
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(server.baseUrl() + "/api/v1/info"));
    EXPECT_EQ(response.failure, NetFailure::Tls);
    EXPECT_EQ(response.tls, TlsFailure::Untrusted);
}

TEST(QtTransport, PlainHttpIsNeverSent) {
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const HttpResponse response = transport.send(get(QStringLiteral("http://127.0.0.1:9/x")));
    EXPECT_NE(response.failure, NetFailure::None);
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.message,
              Message(QStringLiteral("plain-http-refused"), {QStringLiteral("127.0.0.1")}));
}

TEST(QtTransport, WorksOnAThreadWithoutAnEventLoop) {
    TestServer server; // answers from this thread's event loop, run below while waiting
    HttpResponse response;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QtTransport transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20));
        response = transport.send(get(server.baseUrl() + "/api/v1/info"));
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    EXPECT_EQ(response.failure, NetFailure::None) << response.message.debugText().toStdString();
    EXPECT_EQ(response.status, 200);
}

// A TLS server that answers nothing until it holds `expected` requests, then answers each with
// its own path: requests sent one after the other would never be answered.
class GatheringServer : public QTcpServer {
public:
    explicit GatheringServer(int expected)
        : m_expected(expected) {
        const server::PemPair pem = server::makeSelfSignedCertificate(
            {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        pin = server::spkiPin(pem.certificate);
        m_tls = server::serverTlsConfiguration(pem.certificate, pem.privateKey);
        listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(serverPort()); }

    QString pin;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(m_tls);
        ++connections;
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            qsizetype end = 0;
            while ((end = m_buffers[socket].indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = m_buffers[socket].left(end);
                m_buffers[socket].remove(0, end + 4);
                m_held.append({socket, head.split(' ').value(1)});
            }
            if (m_held.size() < m_expected)
                return;
            for (const auto &[to, path] : std::as_const(m_held))
                to->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(path.size()) + "\r\n\r\n" + path);
            m_held.clear();
        });
        socket->startServerEncryption();
    }

private:
    int m_expected;
    QSslConfiguration m_tls;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QList<QPair<QSslSocket *, QByteArray>> m_held;
};

TEST(QtTransport, RequestsSentTogetherAreOnTheWireAtOnceAndAnsweredInTheirOrder) {
    GatheringServer server(4);
    ASSERT_TRUE(server.isListening());
    QtTransport transport(TrustPolicy::pinned(server.pin), std::chrono::seconds(10));
    QList<HttpRequest> requests;
    for (int i = 0; i < 4; ++i)
        requests.append(get(server.baseUrl() + QStringLiteral("/r/%1").arg(i)));
    requests.insert(2, get(QStringLiteral("http://127.0.0.1:9/plain"))); // refused, not sent
    const QList<HttpResponse> responses = transport.sendAll(requests);
    ASSERT_EQ(responses.size(), 5);
    for (const int i : {0, 1, 3, 4}) {
        EXPECT_EQ(responses[i].failure, NetFailure::None)
            << responses[i].message.debugText().toStdString();
        EXPECT_EQ(responses[i].status, 200);
        EXPECT_EQ(responses[i].body, requests[i].url.path().toUtf8());
    }
    EXPECT_EQ(responses[2].message,
              Message(QStringLiteral("plain-http-refused"), {QStringLiteral("127.0.0.1")}));
    EXPECT_EQ(server.connections, 4); // one each: Qt sends no request behind another's answer
    EXPECT_TRUE(transport.sendAll({}).isEmpty());
}

// A peer that is not a modern TLS server: `openssl s_server` speaking only TLS 1.1 (it needs the
// old ciphers, below OpenSSL's default security level), or a port that answers plain HTTP. Each
// is told apart with a sentence of its own; OpenSSL's text stays out of the message.
class OldTlsServer {
public:
    OldTlsServer() {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!make.waitForFinished(60000) || make.exitCode() != 0)
            return;
        {
            QTcpServer probe; // a free port, given back at once
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        m_server.start(QStringLiteral("openssl"),
                       {QStringLiteral("s_server"), QStringLiteral("-accept"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_1"),
                        QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0"),
                        QStringLiteral("-cert"), cert, QStringLiteral("-key"), key,
                        QStringLiteral("-www"), QStringLiteral("-quiet")});
        for (int i = 0; i < 100 && !listening(); ++i)
            QThread::msleep(50);
    }
    ~OldTlsServer() {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
    bool listening() const {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }
    quint16 port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};

TEST(QtTransport, AServerSpeakingOnlyTls11IsTooOld) {
    OldTlsServer server;
    ASSERT_TRUE(server.listening()) << "openssl s_server -tls1_1 did not start";
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const HttpResponse response =
        transport.send(get(QStringLiteral("https://127.0.0.1:%1/").arg(server.port)));
    EXPECT_EQ(response.failure, NetFailure::Tls);
    EXPECT_EQ(response.tls, TlsFailure::ProtocolTooOld);
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.message,
              Message(QStringLiteral("tls-protocol-too-old"), {QStringLiteral("127.0.0.1")}))
        << response.message.debugText().toStdString();
    EXPECT_TRUE(response.detail.contains(QLatin1String("protocol version")))
        << response.detail.toStdString(); // for the log
}

TEST(QtTransport, APortAnsweringPlainHttpIsNotHttps) {
    QTcpServer plain; // reads whatever comes and answers as an HTTP server would
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    QObject::connect(&plain, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            held.emplace_back(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                              "Content-Length: 11\r\nConnection: close\r\n\r\nBad Request");
                socket->disconnectFromHost();
            });
        }
    });
    QtTransport transport(TrustPolicy::systemStore(), std::chrono::seconds(20));
    const QString port = QString::number(plain.serverPort());
    const HttpResponse response =
        transport.send(get(QStringLiteral("https://127.0.0.1:%1/api/v1/info").arg(port)));
    EXPECT_EQ(response.failure, NetFailure::Tls);
    EXPECT_EQ(response.tls, TlsFailure::NotTls);
    EXPECT_FALSE(response.maybeDelivered);
    EXPECT_EQ(response.message,
              Message(QStringLiteral("tls-not-https"), {QStringLiteral("127.0.0.1"), port}))
        << response.message.debugText().toStdString();
}

} // namespace
