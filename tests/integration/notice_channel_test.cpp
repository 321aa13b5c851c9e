#include "server/directory/databases.h"
#include "server/seed/demo.h"
#include "server/store/settings.h"
#include "src/api/api_client.h"
#include "src/crypto/random.h"
#include "src/crypto/secure_buffer.h"
#include "src/live/socket_notice_channel.h"
#include "src/net/transport.h"
#include "tests/server/support/test_server.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QTimer>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>

using namespace vaultlink;
using namespace std::chrono_literals;
using vaultlink::server::test::TestServer;
namespace vls = vaultlink::server;

namespace {

// Runs the event loop until `done` holds or `limit` has passed; whether it holds.
bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds limit) {
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= limit.count())
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// Runs the event loop for `period`, whatever happens.
void runFor(std::chrono::milliseconds period) {
    QEventLoop loop;
    QTimer::singleShot(period, &loop, &QEventLoop::quit);
    loop.exec();
}

// What one channel told its handlers.
struct Heard {
    QList<Notice> notices;
    QList<ChannelEnd> ends;

    NoticeChannel::Handlers handlers() {
        return {[this](const Notice &notice) { notices.append(notice); },
                [this](const ChannelEnd &end) { ends.append(end); }};
    }
    bool ended() const { return !ends.isEmpty(); }
};

const char *kindName(ChannelEnd::Kind kind) {
    switch (kind) {
    case ChannelEnd::Kind::Dropped:
        return "Dropped";
    case ChannelEnd::Kind::Refused:
        return "Refused";
    case ChannelEnd::Kind::SessionEnded:
        return "SessionEnded";
    case ChannelEnd::Kind::Broken:
        return "Broken";
    }
    return "?";
}

std::string describe(const Heard &heard) {
    std::string out = std::to_string(heard.notices.size()) + " notices";
    for (const ChannelEnd &end : heard.ends)
        out += std::string(", ended ") + kindName(end.kind) + " code '" + end.code.toStdString() +
               "' message " + end.message.key().toStdString();
    return out;
}

const QString kAlicePassword = QStringLiteral("alice-demo-2026");

// The client's change-notice channel against the reference server over real TLS on loopback;
// alice's phone holds the channel. The demo data set takes seconds to install (its passwords at
// scrypt's production cost) and ctest runs each test in a process of its own, so only
// NoticeChannelOnTheDemo installs it; the other tests give the server what the channel needs of
// it, a Demo database with alice, her password at the tests' low cost.
class NoticeChannelAgainstServer : public ::testing::Test {
protected:
    explicit NoticeChannelAgainstServer(bool demo = false)
        : transport(TrustPolicy::pinned(server.pin()), std::chrono::seconds(20))
        , client(QUrl(server.baseUrl()), transport, random, [](std::chrono::milliseconds) {}) {
        if (demo) {
            vls::installDemo(*server.data.store, server.data.random, server.data.clock.nowMs());
        } else {
            server.data.addDatabase(QStringLiteral("Demo"));
            server.data.addUser(QStringLiteral("alice"), kAlicePassword);
        }
    }

    qint64 demoId() {
        for (const DatabaseInfo &database : client.databases())
            if (database.name == QLatin1String("Demo"))
                return database.id;
        ADD_FAILURE() << "no Demo database";
        return 0;
    }

    TokenGrant loginAlice(const QString &device = QStringLiteral("phone-1")) {
        const LoginOutcome outcome =
            client.login(demoId(), QStringLiteral("alice"), SecureBuffer::fromUtf8(kAlicePassword),
                         {device, QStringLiteral("Notice phone")});
        if (!outcome.grant) {
            ADD_FAILURE() << "alice got no grant";
            return {};
        }
        return *outcome.grant;
    }

    qint64 databaseSequence(qint64 database) {
        return vls::requireDatabase(*server.data.store, database).seq;
    }

    void createRecord(const QString &accessToken, const QString &name) {
        NewRecordRequest record;
        record.form = QStringLiteral("login");
        record.clientRef = QStringLiteral("ref-") + name;
        record.fields = QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("username"), QStringLiteral("alice")}};
        client.createRecord(accessToken, record);
    }

    // Opens `channel` to the test server (or `address`) and waits for it to be told something.
    void open(SocketNoticeChannel &channel, Heard &heard, const QString &accessToken,
              const TrustPolicy &trust, const QUrl &address = {}) {
        channel.open(address.isEmpty() ? QUrl(server.baseUrl()) : address, trust, accessToken,
                     heard.handlers());
        EXPECT_TRUE(channel.isOpen());
        EXPECT_TRUE(waitFor([&] { return !heard.notices.isEmpty() || heard.ended(); }, 5s))
            << "the channel heard nothing";
    }

    // Alice's phone with its channel open and greeted.
    TokenGrant openGreeted(SocketNoticeChannel &channel, Heard &heard) {
        const TokenGrant grant = loginAlice();
        open(channel, heard, grant.accessToken, TrustPolicy::pinned(server.pin()));
        EXPECT_EQ(heard.notices.size(), 1) << describe(heard);
        EXPECT_FALSE(heard.ended()) << describe(heard);
        EXPECT_EQ(server.notices->clientCount(), 1);
        return grant;
    }

    // After an ending, nothing more is heard: `ended` comes once.
    static void expectEndedOnce(const Heard &heard, const SocketNoticeChannel &channel) {
        runFor(50ms);
        EXPECT_EQ(heard.ends.size(), 1) << describe(heard);
        EXPECT_FALSE(channel.isOpen());
    }

    TestServer server;
    QtTransport transport;
    SystemRandom random;
    ApiClient client;
};

class NoticeChannelOnTheDemo : public NoticeChannelAgainstServer {
protected:
    NoticeChannelOnTheDemo()
        : NoticeChannelAgainstServer(true) {}
};

TEST_F(NoticeChannelOnTheDemo, HelloCarriesTheDatabasesSequence) {
    SocketNoticeChannel channel(random);
    Heard heard;
    const TokenGrant grant = openGreeted(channel, heard);
    ASSERT_EQ(heard.notices.size(), 1);
    const Notice &hello = heard.notices.first();
    EXPECT_EQ(hello.type, Notice::Type::Hello);
    EXPECT_EQ(hello.database, grant.session.databaseId);
    EXPECT_EQ(hello.sequence, databaseSequence(grant.session.databaseId));
    EXPECT_GT(hello.sequence, 0) << "the demo data set has records";
    EXPECT_TRUE(channel.isOpen());
    EXPECT_GT(channel.traffic().bytesSent, 0);
    EXPECT_GT(channel.traffic().bytesReceived, 0);
}

TEST_F(NoticeChannelAgainstServer, ARecordChangedByAnotherDeviceIsNoticedWithinTwoSeconds) {
    SocketNoticeChannel channel(random);
    Heard heard;
    const TokenGrant grant = openGreeted(channel, heard);
    ASSERT_EQ(heard.notices.size(), 1);
    const qint64 before = heard.notices.first().sequence;
    EXPECT_EQ(before, databaseSequence(grant.session.databaseId));

    const TokenGrant tablet = loginAlice(QStringLiteral("tablet-1"));
    createRecord(tablet.accessToken, QStringLiteral("From the tablet"));
    ASSERT_TRUE(waitFor([&] { return heard.notices.size() >= 2 || heard.ended(); }, 2s))
        << "no changed notice within 2 s: " << describe(heard);
    ASSERT_FALSE(heard.ended()) << describe(heard);
    const Notice &changed = heard.notices.last();
    EXPECT_EQ(changed.type, Notice::Type::Changed);
    EXPECT_EQ(changed.database, grant.session.databaseId);
    EXPECT_GT(changed.sequence, before);
    EXPECT_EQ(changed.sequence, databaseSequence(grant.session.databaseId));

    // The phone's own write is noticed too.
    createRecord(grant.accessToken, QStringLiteral("From the phone"));
    ASSERT_TRUE(waitFor([&] { return heard.notices.size() >= 3 || heard.ended(); }, 2s))
        << describe(heard);
    EXPECT_EQ(heard.notices.last().type, Notice::Type::Changed);
    EXPECT_GT(heard.notices.last().sequence, changed.sequence);
    EXPECT_TRUE(channel.isOpen());
}

// A pin that does not match: the handshake is refused before anything is written, the token
// included, so the server sees no upgrade.
TEST_F(NoticeChannelAgainstServer, AWrongPinIsBrokenBeforeTheTokenIsSent) {
    const TestServer other; // the pin the profile holds is another key's
    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, QStringLiteral("never-sent"), TrustPolicy::pinned(other.pin()));
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Broken) << describe(heard);
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("pin-mismatch"));
    EXPECT_TRUE(heard.notices.isEmpty());
    EXPECT_EQ(channel.traffic().bytesSent, 0) << "the opening request went out";
    expectEndedOnce(heard, channel);
    EXPECT_EQ(server.notices->clientCount(), 0);
}

// Restores the process's default TLS configuration when the test ends, however it ends.
class DefaultTlsConfiguration {
public:
    DefaultTlsConfiguration()
        : m_saved(QSslConfiguration::defaultConfiguration()) {}
    ~DefaultTlsConfiguration() { QSslConfiguration::setDefaultConfiguration(m_saved); }
    DefaultTlsConfiguration(const DefaultTlsConfiguration &) = delete;
    DefaultTlsConfiguration &operator=(const DefaultTlsConfiguration &) = delete;

    void trust(const QSslCertificate &certificate) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(config);
    }

private:
    QSslConfiguration m_saved;
};

// A certificate the system trusts raises no TLS error, so the pin is checked once encrypted:
// still refused before the token goes out.
TEST_F(NoticeChannelAgainstServer, AWrongPinIsBrokenEvenWhenTheSystemTrustsTheServer) {
    const TokenGrant grant = loginAlice();
    const TestServer other; // the pin the profile holds
    DefaultTlsConfiguration defaults;
    defaults.trust(server.certificate());

    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, grant.accessToken, TrustPolicy::pinned(other.pin()));
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Broken) << describe(heard);
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("pin-mismatch"));
    EXPECT_EQ(channel.traffic().bytesSent, 0) << "the opening request went out";
    expectEndedOnce(heard, channel);
    EXPECT_EQ(server.notices->clientCount(), 0);

    // The system does trust it: without a pin the same server is reached and greets.
    SocketNoticeChannel trusting(random);
    Heard greeted;
    open(trusting, greeted, grant.accessToken, TrustPolicy::systemStore());
    EXPECT_EQ(greeted.notices.size(), 1) << describe(greeted);
    EXPECT_FALSE(greeted.ended()) << describe(greeted);
}

TEST_F(NoticeChannelAgainstServer, WithoutTheSystemsTrustOrAPinTheServerIsBroken) {
    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, QStringLiteral("never-sent"), TrustPolicy::systemStore());
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Broken) << describe(heard);
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("tls-untrusted"));
    EXPECT_EQ(channel.traffic().bytesSent, 0);
    EXPECT_EQ(server.notices->clientCount(), 0);
}

TEST_F(NoticeChannelAgainstServer, ABadTokenIsRefusedWithTheServersCode) {
    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, QStringLiteral("not-a-token"), TrustPolicy::pinned(server.pin()));
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Refused) << describe(heard);
    EXPECT_EQ(heard.ends[0].code, QStringLiteral("token-invalid"));
    EXPECT_TRUE(heard.notices.isEmpty());
    EXPECT_GT(channel.traffic().bytesSent, 0);
    expectEndedOnce(heard, channel);
    EXPECT_EQ(server.notices->clientCount(), 0);
}

TEST_F(NoticeChannelAgainstServer, AnEmptyTokenIsRefusedAsAuthRequired) {
    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, QString(), TrustPolicy::pinned(server.pin()));
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Refused) << describe(heard);
    EXPECT_EQ(heard.ends[0].code, QStringLiteral("auth-required"));
}

// A server whose notices live elsewhere (or an older one without them) answers not-found.
TEST_F(NoticeChannelAgainstServer, AnotherPathIsRefusedAsNotFound) {
    const TokenGrant grant = loginAlice();
    SocketNoticeChannel channel(random);
    Heard heard;
    open(channel, heard, grant.accessToken, TrustPolicy::pinned(server.pin()),
         QUrl(server.baseUrl() + QStringLiteral("/vault/")));
    ASSERT_EQ(heard.ends.size(), 1) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Refused) << describe(heard);
    EXPECT_EQ(heard.ends[0].code, QStringLiteral("not-found"));
    expectEndedOnce(heard, channel);
    EXPECT_EQ(server.notices->clientCount(), 0);
}

TEST_F(NoticeChannelAgainstServer, LogoutEndsTheChannelWithTheServersCode) {
    SocketNoticeChannel channel(random);
    Heard heard;
    const TokenGrant grant = openGreeted(channel, heard);
    client.logout(grant.accessToken);
    ASSERT_TRUE(waitFor([&] { return heard.ended(); }, 2s)) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::SessionEnded) << describe(heard);
    EXPECT_EQ(heard.ends[0].code, QStringLiteral("token-invalid"));
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("token-invalid"));
    expectEndedOnce(heard, channel);
    EXPECT_TRUE(waitFor([&] { return server.notices->clientCount() == 0; }, 2s));
}

// The access token's own expiry leaves the channel open (docs/api.md §10); the session timing
// out ends it. Time is the server's fake clock.
TEST_F(NoticeChannelAgainstServer, TheSessionTimingOutEndsItButTheTokensExpiryDoesNot) {
    SocketNoticeChannel channel(random);
    Heard heard;
    openGreeted(channel, heard);
    server.data.clock.advanceSeconds(301); // past the access token's 300 s
    runFor(200ms);                         // several of the hub's checks (every 50 ms)
    EXPECT_FALSE(heard.ended()) << describe(heard);
    EXPECT_TRUE(channel.isOpen());

    const qint64 idle =
        vls::Settings::load(*server.data.store).number(vls::setting::kSessionTimeoutSeconds);
    server.data.clock.advanceSeconds(idle + 1);
    ASSERT_TRUE(waitFor([&] { return heard.ended(); }, 2s)) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::SessionEnded) << describe(heard);
    EXPECT_EQ(heard.ends[0].code, QStringLiteral("session-expired"));
    expectEndedOnce(heard, channel);
}

// While nothing changes, pings keep the connection known to be alive; the server's pongs keep
// the channel open.
TEST_F(NoticeChannelAgainstServer, KeepAlivePingsAreAnsweredAndKeepItOpen) {
    SocketNoticeChannel::Timing timing;
    timing.keepAlive = 200ms;
    timing.pongWait = 300ms;
    SocketNoticeChannel channel(random, timing);
    Heard heard;
    openGreeted(channel, heard);
    const SocketNoticeChannel::Traffic greeted = channel.traffic();

    runFor(1100ms);
    EXPECT_FALSE(heard.ended()) << describe(heard);
    EXPECT_TRUE(channel.isOpen());
    EXPECT_EQ(heard.notices.size(), 1) << "nothing changed";
    // Each ping is 16 bytes: two of header, four of mask, "keep-alive".
    const qint64 sent = channel.traffic().bytesSent - greeted.bytesSent;
    EXPECT_GE(sent, 3 * 16) << "about one ping per 200 ms";
    EXPECT_EQ(sent % 16, 0) << "nothing but pings";
    // Each pong is 12 bytes: the ping's payload, unmasked.
    const qint64 received = channel.traffic().bytesReceived - greeted.bytesReceived;
    EXPECT_GE(received, 3 * 12);
    EXPECT_GT(channel.traffic().wakeUps, greeted.wakeUps);
}

TEST_F(NoticeChannelAgainstServer, TheServerGoingAwayDropsIt) {
    SocketNoticeChannel channel(random);
    Heard heard;
    openGreeted(channel, heard);
    server.notices.reset(); // closes every notice connection
    ASSERT_TRUE(waitFor([&] { return heard.ended(); }, 2s)) << describe(heard);
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Dropped) << describe(heard);
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("connection-lost"));
    expectEndedOnce(heard, channel);
}

TEST_F(NoticeChannelAgainstServer, CloseIsQuietAndTheServerLetsGo) {
    SocketNoticeChannel channel(random);
    Heard heard;
    openGreeted(channel, heard);
    channel.close();
    EXPECT_FALSE(channel.isOpen());
    EXPECT_TRUE(waitFor([&] { return server.notices->clientCount() == 0; }, 2s));
    runFor(100ms);
    EXPECT_FALSE(heard.ended()) << describe(heard);
}

TEST(NoticeChannelUnreachable, NothingListeningIsDropped) {
    SystemRandom random;
    quint16 port = 0;
    {
        const TestServer gone; // a port that was just free
        port = gone.port();
    }
    SocketNoticeChannel channel(random);
    Heard heard;
    channel.open(
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)),
        TrustPolicy::pinned(QStringLiteral("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
        QStringLiteral("token"), heard.handlers());
    ASSERT_TRUE(waitFor([&] { return heard.ended(); }, 5s));
    EXPECT_EQ(heard.ends[0].kind, ChannelEnd::Kind::Dropped) << describe(heard);
    EXPECT_EQ(heard.ends[0].message.key(), QStringLiteral("connection-refused"));
    EXPECT_FALSE(channel.isOpen());
}

} // namespace
