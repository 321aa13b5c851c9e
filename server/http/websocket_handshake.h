#pragma once

namespace vaultlink::server {

struct HttpRequest;

// Checks an upgrade request against RFC 6455 §4.2.1 before any socket is handed over, so that a
// malformed handshake is answered as a problem like every other refusal: GET, no body,
// Sec-WebSocket-Version 13 and a Sec-WebSocket-Key of 16 bytes in base64. Throws Refusal
// (invalid-request) naming the fault.
void checkWebSocketHandshake(const HttpRequest &request);

} // namespace vaultlink::server
