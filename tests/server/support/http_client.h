#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>

namespace vaultlink::server::test {

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;

    QJsonObject json() const;
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// The first answer in raw bytes from the server: status, lower-case headers and body (as long as
// Content-Length says); status 0 when the bytes hold no complete status line and head.
Reply parseHttp(const QByteArray &raw);

// A blocking HTTPS client for tests that trusts exactly the given certificate, with full
// verification (chain and host name) left on, as a phone would with a pinned server.
class HttpClient {
public:
    HttpClient(QString baseUrl, const QSslCertificate &trusted);

    Reply get(const QString &path, const QString &bearer = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &bearer = {});
    Reply patch(const QString &path, const QJsonObject &body, const QString &bearer = {});
    Reply put(const QString &path, const QJsonObject &body, const QString &bearer = {});
    Reply deleteResource(const QString &path, const QString &bearer = {});
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
               const QHash<QByteArray, QByteArray> &headers = {});

    // Raw bytes over a verified TLS connection, for requests no HTTP library would send.
    QByteArray raw(const QByteArray &bytes, int timeoutMs = 10000);

    const QString &baseUrl() const { return m_base; }

private:
    QString m_base;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

} // namespace vaultlink::server::test
