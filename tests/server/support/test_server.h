#pragma once

#include "server/http/api_server.h"
#include "server/http/notice_hub.h"
#include "server/http/server_context.h"
#include "tests/server/support/http_client.h"
#include "tests/server/support/temp_store.h"

#include <QSslCertificate>
#include <QStringList>

#include <memory>

namespace vaultlink::server::test {

// The reference server in-process on a random loopback port, over real TLS with a fresh
// self-signed certificate, on a temporary store with a fake clock. Requests from a test run
// through the same event loop, so the test can move time between them.
class TestServer {
public:
    // The certificate covers these names; the default is localhost and 127.0.0.1.
    explicit TestServer(const QStringList &dnsNames = {QStringLiteral("localhost")},
                        const QStringList &ipAddresses = {QStringLiteral("127.0.0.1")});
    ~TestServer();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    const QSslCertificate &certificate() const { return m_certificate; }
    QString pin() const { return context->pin; }

    TempStore data;
    std::unique_ptr<ServerContext> context;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<NoticeHub> notices;

private:
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};

} // namespace vaultlink::server::test
