#include "tests/server/support/test_server.h"

#include "server/crypto/self_signed.h"
#include "server/crypto/spki_pin.h"
#include "server/http/tls.h"
#include "server/store/settings.h"

#include <QHostAddress>

#include <stdexcept>

namespace vaultlink::server::test {

TestServer::TestServer(const QStringList &dnsNames, const QStringList &ipAddresses) {
    const PemPair pem = makeSelfSignedCertificate(dnsNames, ipAddresses);
    m_certificate = QSslCertificate(pem.certificate, QSsl::Pem);
    context = std::make_unique<ServerContext>(*data.store, data.clock, data.random,
                                              spkiPin(pem.certificate));
    server = std::make_unique<ApiServer>(*context);
    notices = std::make_unique<NoticeHub>(server->webSockets(), *context, 50);
    server->acceptWebSockets(QLatin1String(NoticeHub::kPath), [this](const HttpRequest &request) {
        notices->admit(request.header("authorization"));
    });
    m_port = server->listen(serverTlsConfiguration(pem.certificate, pem.privateKey),
                            QHostAddress::LocalHost, 0);
    if (m_port == 0)
        throw std::runtime_error("the test server could not listen on loopback");
    saveSetting(*data.store, QString::fromLatin1(setting::kPublicUrl), baseUrl());
}

TestServer::~TestServer() {
    notices.reset();
    server.reset();
}

QString TestServer::baseUrl() const {
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

} // namespace vaultlink::server::test
