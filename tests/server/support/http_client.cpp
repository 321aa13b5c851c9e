#include "tests/server/support/http_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace vaultlink::server::test {

QJsonObject Reply::json() const {
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QString baseUrl, const QSslCertificate &trusted)
    : m_base(std::move(baseUrl))
    , m_tls(QSslConfiguration::defaultConfiguration()) {
    m_tls.setCaCertificates({trusted});
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

Reply HttpClient::get(const QString &path, const QString &bearer) {
    QHash<QByteArray, QByteArray> headers;
    if (!bearer.isEmpty())
        headers.insert("Authorization", "Bearer " + bearer.toLatin1());
    return send("GET", path, {}, headers);
}

Reply HttpClient::post(const QString &path, const QJsonObject &body, const QString &bearer) {
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.insert("Authorization", "Bearer " + bearer.toLatin1());
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply HttpClient::patch(const QString &path, const QJsonObject &body, const QString &bearer) {
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.insert("Authorization", "Bearer " + bearer.toLatin1());
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply HttpClient::put(const QString &path, const QJsonObject &body, const QString &bearer) {
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.insert("Authorization", "Bearer " + bearer.toLatin1());
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply HttpClient::deleteResource(const QString &path, const QString &bearer) {
    QHash<QByteArray, QByteArray> headers;
    if (!bearer.isEmpty())
        headers.insert("Authorization", "Bearer " + bearer.toLatin1());
    return send("DELETE", path, {}, headers);
}

Reply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QHash<QByteArray, QByteArray> &headers) {
    QNetworkRequest request(QUrl(m_base + path));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    out.error = reply->error();
    out.errorText = reply->errorString();
    reply->deleteLater();
    return out;
}

Reply parseHttp(const QByteArray &raw) {
    Reply out;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || headEnd < 0)
        return out;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    out.status = lines.first().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out.headers.insert(lines[i].left(colon).trimmed().toLower(),
                               lines[i].mid(colon + 1).trimmed());
    }
    out.body = raw.mid(headEnd + 4, out.header("content-length").toLongLong());
    return out;
}

QByteArray HttpClient::raw(const QByteArray &bytes, int timeoutMs) {
    const QUrl url(m_base);
    QSslSocket socket;
    socket.setSslConfiguration(m_tls);
    socket.connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    // Not waitForEncrypted(): it blocks this thread's event loop, where the in-process test
    // server has to answer the handshake.
    {
        QEventLoop handshake;
        QObject::connect(&socket, &QSslSocket::encrypted, &handshake, &QEventLoop::quit);
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &handshake, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &handshake, &QEventLoop::quit);
        if (!socket.isEncrypted())
            handshake.exec();
    }
    if (!socket.isEncrypted())
        return {};
    socket.write(bytes);
    QByteArray response;
    QEventLoop loop;
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] { response += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    // An answer is complete once a full response is in; a closed socket also ends the wait.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = response.toLower().indexOf("content-length:");
        if (lengthAt < 0 || lengthAt > end)
            return loop.quit();
        const qsizetype lineEnd = response.indexOf("\r\n", lengthAt);
        const qint64 length =
            response.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
        if (response.size() >= end + 4 + length)
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return response;
}

} // namespace vaultlink::server::test
