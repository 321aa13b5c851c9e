#include "tests/server/support/test_server.h"

#include <gtest/gtest.h>

using namespace vaultlink::server::test;

TEST(HttpSmoke, InfoAnswersOverVerifiedTls) {
    TestServer server;
    HttpClient client(server.baseUrl(), server.certificate());
    const Reply reply = client.get(QStringLiteral("/api/v1/info"));
    ASSERT_EQ(reply.error, QNetworkReply::NoError) << reply.errorText.toStdString();
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().value(QStringLiteral("apiVersion")).toInt(), 1);
}
