#include "src/net/tls_trust.h"
#include "tests/server/support/test_server.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <gtest/gtest.h>

using namespace vaultlink;
using vaultlink::server::test::TestServer;

namespace {
struct Outcome {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    TlsFailure refused = TlsFailure::None;
};

// One GET /api/v1/info as the client core would make it, under the given trust policy.
Outcome fetchInfo(const QString &host, quint16 port, const TrustPolicy &policy) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://%1:%2/api/v1/info").arg(host).arg(port)));
    request.setSslConfiguration(policy.configuration());
    QNetworkReply *reply = network.get(request);
    Outcome outcome;
    policy.attach(reply, [&](const TrustPolicy::Verdict &v) { outcome.refused = v.failure; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.error = reply->error();
    delete reply;
    return outcome;
}
} // namespace

TEST(TlsTrust, APinnedSelfSignedServerIsReached) {
    TestServer server;
    const Outcome outcome =
        fetchInfo(QStringLiteral("127.0.0.1"), server.port(), TrustPolicy::pinned(server.pin()));
    EXPECT_EQ(outcome.refused, TlsFailure::None);
    EXPECT_EQ(outcome.status, 200);
}

TEST(TlsTrust, AnotherKeyIsRefusedAsPinMismatch) {
    TestServer server;
    TestServer impostor; // same names, different key
    const Outcome outcome =
        fetchInfo(QStringLiteral("127.0.0.1"), impostor.port(), TrustPolicy::pinned(server.pin()));
    EXPECT_EQ(outcome.refused, TlsFailure::PinMismatch);
    EXPECT_EQ(outcome.status, 0); // no HTTP exchange took place
    EXPECT_NE(outcome.error, QNetworkReply::NoError);
}

TEST(TlsTrust, WithoutAPinASelfSignedServerIsUntrusted) {
    TestServer server;
    const Outcome outcome =
        fetchInfo(QStringLiteral("127.0.0.1"), server.port(), TrustPolicy::systemStore());
    EXPECT_EQ(outcome.refused, TlsFailure::Untrusted);
    EXPECT_EQ(outcome.status, 0);
}

TEST(TlsTrust, APinDoesNotExcuseAWrongHostName) {
    TestServer server({QStringLiteral("vault.example")}, {}); // not valid for 127.0.0.1
    const Outcome outcome =
        fetchInfo(QStringLiteral("127.0.0.1"), server.port(), TrustPolicy::pinned(server.pin()));
    EXPECT_EQ(outcome.refused, TlsFailure::HostNameMismatch);
    EXPECT_EQ(outcome.status, 0);
}
