#pragma once

#include "src/api/api_client.h"
#include "src/crypto/random.h"
#include "src/sync/session.h"
#include "src/sync/syncer.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/fake_web_app.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace vaultlink::testing {

// Keeps the token in memory and notes what the server had seen when it was saved.
class MemoryTokenStore final : public TokenStore {
public:
    explicit MemoryTokenStore(FakeWebApp &server)
        : m_server(server) {}
    QString refreshToken() override { return token; }
    void storeGrant(const TokenGrant &grant) override {
        token = grant.refreshToken;
        requestsSeenAtStore.append(m_server.paths.size());
    }
    void forgetTokens() override { token.clear(); }
    QString token;
    QList<qsizetype> requestsSeenAtStore;

private:
    FakeWebApp &m_server;
};

class SyncFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        files = {dir.filePath(QStringLiteral("m.db")), dir.filePath(QStringLiteral("m.resync.db")),
                 [this](const QString &path) { return Mirror::open(path, key); }};
        mirror = files.open(files.path);
    }

    void login() {
        const LoginOutcome outcome =
            api.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(server.password),
                      {QStringLiteral("dev"), QStringLiteral("dev")});
        ASSERT_TRUE(outcome.grant.has_value());
        session.adopt(*outcome.grant);
    }

    void addRecords(int count) {
        for (int i = 0; i < count; ++i)
            server.addRecord(QStringLiteral("Record %1").arg(i));
    }

    qsizetype changeRequests() const {
        return server.paths.count(QStringLiteral("GET /api/v1/changes"));
    }

    QTemporaryDir dir;
    SecureBuffer key = SecureBuffer::copyOf(QByteArray(32, 'k'));
    FakeWebApp server;
    SystemRandom random;
    QList<std::chrono::milliseconds> sleeps;
    ApiClient api{QUrl(QStringLiteral("https://vault.example")), server, random,
                  [this](std::chrono::milliseconds wait) { sleeps.append(wait); },
                  Backoff::Limits{std::chrono::milliseconds(10), std::chrono::milliseconds(40), 2}};
    MemoryTokenStore store{server};
    TestClock clock;
    ServerSession session{api, store, clock};
    Syncer syncer{session, api, 10};
    MirrorFiles files;
    std::unique_ptr<Mirror> mirror;
};

} // namespace vaultlink::testing
