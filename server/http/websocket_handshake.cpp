#include "server/http/websocket_handshake.h"

#include "server/common/refusal.h"
#include "server/http/http_types.h"

namespace vaultlink::server {

namespace {
[[noreturn]] void refuse(const QString &why) {
    throw Refusal(Error::InvalidRequest, QStringLiteral("WebSocket handshake: %1").arg(why));
}
} // namespace

void checkWebSocketHandshake(const HttpRequest &request) {
    if (request.method != "GET")
        refuse(QStringLiteral("the upgrade must be a GET request"));
    if (!request.body.isEmpty())
        refuse(QStringLiteral("the upgrade request may not have a body"));
    if (request.header("sec-websocket-version") != "13")
        refuse(QStringLiteral("only Sec-WebSocket-Version 13 is spoken here"));
    const QByteArray key = request.header("sec-websocket-key");
    const auto decoded =
        QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 24 || !decoded || decoded.decoded.size() != 16)
        refuse(QStringLiteral("Sec-WebSocket-Key must be 16 bytes in base64"));
}

} // namespace vaultlink::server
